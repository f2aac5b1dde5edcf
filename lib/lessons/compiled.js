// The compiled lessons and modules. fumadocs-mdx writes .cache/mdx/server.ts when `next dev` or
// `next build` starts (source.config.ts says what goes in). This is a .js file with a
// hand-written compiled.d.ts on purpose: `tsc` and ESLint then never need the generated folder,
// which a fresh clone does not have until the first build.
export { lessons, modules } from '../../.cache/mdx/server';
