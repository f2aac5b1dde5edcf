// @ts-check
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { createMDX } from 'fumadocs-mdx/next';

// Lessons are MDX compiled by fumadocs-mdx (source.config.ts); its generated index of the
// compiled files goes to .cache/mdx (gitignored; lib/lessons/compiled.js imports it).
const withLessons = createMDX({ outDir: '.cache/mdx' });

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The end-to-end tests build the site with fixture lessons (playwright.config.ts); they build
  // into their own folder so that `npm start` never serves that build.
  distDir: process.env.ORMLAB_DIST_DIR ?? '.next',
  // The lab runtime (Pyodide, PGlite, our Python bundle, dataset snapshots) lives in
  // public/runtime/ and is built by scripts/runtime/build-runtime.mjs, not by Next.
  // Node-only engine dependencies stay out of the server bundle.
  serverExternalPackages: ['pyodide', '@electric-sql/pglite'],
  // A runtime build folder is named by the hash of its inputs, so its files never change: let
  // browsers keep them, and a warm start of the lab worker asks the server for nothing.
  // (public/ files are otherwise served with max-age=0; manifest.json stays that way.)
  async headers() {
    return [
      {
        source: '/runtime/:dir([0-9a-f]{16})/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      // Brotli copies of the big runtime files (scripts/runtime/compress-runtime.ts), which the
      // page's relay downloads instead of the plain files (lib/lab-frame/asset-relay.ts). The
      // browser decodes them as it downloads; the header also stops `next start` from
      // compressing them a second time.
      ...brotliHeaders(),
      // The lab runs in a sandboxed, opaque-origin frame (app/lab-frame, docs/security.md): to it
      // our runtime files are cross-origin, and its worker imports Pyodide's modules in CORS mode.
      // They are public and carry no credentials, so any origin may read them.
      {
        source: '/runtime/:path*',
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }],
      },
    ];
  },
};

/** Content-Encoding for `*.br` under a runtime build folder, with the type of the file inside
 *  (compileStreaming insists on application/wasm). */
function brotliHeaders() {
  const types = [
    ['wasm', 'application/wasm'],
    ['m?js', 'text/javascript; charset=utf-8'],
    ['json', 'application/json; charset=utf-8'],
    ['(?:tar|snap|data|zip|map)', 'application/octet-stream'],
  ];
  return types.map(([ext, type]) => ({
    source: `/runtime/:dir([0-9a-f]{16})/:file(.*\\.${ext}\\.br)`,
    headers: [
      { key: 'Content-Encoding', value: 'br' },
      { key: 'Content-Type', value: type },
    ],
  }));
}

// `next start` serves what `next build` compiled and needs no MDX step; skipping it there means a
// running server never rewrites .cache/mdx while another build (the e2e course build) reads it.
export default function config(phase) {
  return phase === PHASE_PRODUCTION_SERVER ? nextConfig : withLessons(nextConfig);
}
