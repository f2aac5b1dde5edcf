// Bundles the lab worker (lib/runtime/worker.ts: engine + browser assets + PGlite's JS) into
// <runtime dir>/worker.js, an ES module the browser starts with `new Worker(url, {type:'module'})`.
// Not left to Next: Turbopack turns module workers into classic ones, which Pyodide refuses.
// Pyodide itself is not bundled: the worker imports it from <runtime dir>/pyodide/ at run time.
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');

// PGlite's Node-only code (its NodeFS, extension unpacking) imports Node built-ins, some of them
// statically; it never runs in a browser. Left external, a static `import "fs"` would stop the
// worker from loading, so each built-in becomes an empty CommonJS module.
const stubNodeBuiltins: Plugin = {
  name: 'stub-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|fs\/promises|path|zlib|stream|stream\/promises|crypto|url|module|os|child_process|util|worker_threads)$/ }, (args) => ({
      path: args.path,
      namespace: 'node-stub',
    }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

export async function bundleWorker(stage: string): Promise<void> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'lib/runtime/worker.ts')],
    outfile: path.join(stage, 'worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    plugins: [stubNodeBuiltins],
    logLevel: 'warning',
    metafile: true,
  });
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`[runtime] worker.js ${(bytes / 1024).toFixed(0)} KiB`);
}
