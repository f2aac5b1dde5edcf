// Shared by the engine tests: one engine per test file, booted from the bookstore snapshot.
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import type { RunResult } from '../../lib/runtime/protocol';

export async function bootBookstore(): Promise<LabEngine> {
  return LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore' });
}

/** Fails with the learner-facing traceback when the run did not succeed. */
export function expectOk(run: RunResult): RunResult {
  if (!run.ok) throw new Error(`run failed: ${run.error?.traceback}`);
  return run;
}

export function value(run: RunResult): unknown {
  expectOk(run);
  if (run.result?.kind !== 'json') throw new Error(`expected a JSON value, got ${JSON.stringify(run.result)}`);
  return run.result.value;
}

export function table(run: RunResult) {
  expectOk(run);
  if (run.result?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(run.result)}`);
  return run.result;
}

/** Python source from an indented template literal (common indentation removed). */
export function py(lines: TemplateStringsArray, ...args: unknown[]): string {
  const text = String.raw({ raw: lines }, ...args).replace(/^\n/, '').replace(/\s+$/, '');
  const indents = text.split('\n').filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length);
  const strip = Math.min(...indents);
  return text.split('\n').map((l) => l.slice(strip)).join('\n') + '\n';
}
