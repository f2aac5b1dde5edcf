// One cold boot, measured in a process of its own (bench/engine.ts runs it several times):
// engine creation from the bookstore snapshot to the first query's result. Prints JSON.
import { LabEngine } from '../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../lib/runtime/node-assets';

const started = performance.now();
const engine = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore' });
const ready = performance.now();
const run = await engine.run('Book.objects.filter(pk=1).first()', { reset: false });
const firstQuery = performance.now();
if (!run.ok) throw new Error(run.error?.traceback);
console.log(JSON.stringify({ bootMs: firstQuery - started, engineCreateMs: ready - started, bootSteps: engine.info.bootSteps, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
await engine.close();
