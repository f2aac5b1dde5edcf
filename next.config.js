// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The lab runtime (Pyodide, PGlite, our Python bundle, dataset snapshots) lives in
  // public/runtime/ and is built by scripts/runtime/build-runtime.mjs, not by Next.
  // Node-only engine dependencies stay out of the server bundle.
  serverExternalPackages: ['pyodide', '@electric-sql/pglite'],
};

export default nextConfig;
