import type { RunResult } from '@/lib/runtime/protocol';
import type { GradingContext, Outcome } from './types';

// Checks on the code itself (`calls`, from the AST the engine reports) and the author's own
// Python (`python`, a function of check.py run in the lab after the learner's code).

export function calls(run: RunResult, name: string, min: number | undefined, max: number | undefined): Outcome {
  const sites = run.calls.filter((c) => c.name === name);
  const atLeast = min ?? (max === undefined ? 1 : 0);
  const lines = [...new Set(sites.map((s) => s.line))].join(', ');
  if (max !== undefined && sites.length > max) {
    return {
      ok: false,
      detail: max === 0 ? `Your code calls ${name}() (line ${lines}); solve it without it.` : `Your code calls ${name}() ${sites.length} times (lines ${lines}); at most ${max} expected.`,
    };
  }
  if (sites.length < atLeast) {
    return { ok: false, detail: sites.length ? `Your code calls ${name}() ${sites.length} times; at least ${atLeast} expected.` : `Your code never calls ${name}().` };
  }
  return { ok: true, detail: sites.length ? `${name}() is called on line ${lines}.` : `Your code does not call ${name}().` };
}

/**
 * The Python the lab runs (on the database the learner's run left, not reset) to call
 * `check.py`'s function as `fn(result, queries, cursor)`: result is the run's value as the
 * protocol shapes it ({"kind": "table", "columns", "rows", ...}), queries the captured
 * queries (dicts with "sql", "line", ...), cursor a Django cursor on the lab database.
 * None or True passes; False or a string fails (the string is the message).
 */
export function checkScript(checkSource: string, fn: string, run: RunResult): string {
  const payload = JSON.stringify({ result: run.result, queries: run.queries });
  return [
    'import json as _json',
    'from django.db import connection as _connection',
    `_payload = _json.loads(${JSON.stringify(payload)})`,
    '_scope = dict(globals())',
    `exec(compile(${JSON.stringify(checkSource)}, "check.py", "exec"), _scope)`,
    `_check = _scope.get(${JSON.stringify(fn)})`,
    'if not callable(_check):',
    `    raise NameError(${JSON.stringify(`check.py defines no function ${fn}()`)})`,
    'with _connection.cursor() as _cursor:',
    '    _answer = _check(_payload["result"], _payload["queries"], _cursor)',
    '_passed = _answer is None or _answer is True',
    'result = {"pass": _passed, "message": "" if _passed or _answer is False else str(_answer)}',
    '',
  ].join('\n');
}

export async function python(run: RunResult, fn: string, ctx: GradingContext): Promise<Outcome> {
  if (ctx.checkSource === null) return { ok: false, error: true, detail: 'This lesson has no check.py.' };
  const checked = await ctx.runPython(checkScript(ctx.checkSource, fn, run));
  if (!checked.ok || checked.result?.kind !== 'json') {
    const error = checked.error ? `${checked.error.type}: ${checked.error.message}` : 'it returned nothing';
    return { ok: false, error: true, detail: `The check could not run (${error}).` };
  }
  const answer = checked.result.value as { pass: boolean; message: string };
  return answer.pass ? { ok: true, detail: 'Passed.' } : { ok: false, detail: answer.message || 'Not yet.' };
}
