// Writes the inspector's fixtures from the real engine on the bookstore dataset:
//   tests/fixtures/inspector/models.json           engine.describe()
//   tests/fixtures/inspector/plans/NN-name.plan.json   engine.explain(sql) (PostgreSQL 18 JSON)
//   tests/fixtures/inspector/runs/NN-name.run.json     engine.run(code)
// The hand-written NN-name.expect.json beside them say what the inspector must make of each.
//
//   node --import tsx scripts/inspector/make-fixtures.ts [--only NAME]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import type { ExplainPlan } from '../../lib/runtime/protocol';
import { PLAN_CASES } from './plan-cases';
import { RUN_CASES } from './run-cases';

const OUT = path.resolve(import.meta.dirname, '../../tests/fixtures/inspector');

const numbered = (i: number, name: string) => `${String(i + 1).padStart(2, '0')}-${name}`;

function write(file: string, value: unknown) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

function nodeTypes(node: ExplainPlan, into: Set<string> = new Set()): Set<string> {
  into.add(String(node['Node Type']));
  for (const child of (node.Plans as ExplainPlan[] | undefined) ?? []) nodeTypes(child, into);
  return into;
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const wanted = (name: string) => !values.only || values.only === name;
  const engine = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore' });
  try {
    if (!values.only) write(path.join(OUT, 'models.json'), engine.describe());

    for (const [i, c] of PLAN_CASES.entries()) {
      if (!wanted(c.name)) continue;
      const analyze = !c.estimatesOnly;
      // Once unmeasured, so the measured run finds the pages in PGlite's buffers like a
      // learner's second Run would (the first touch after boot is not what lessons discuss).
      if (analyze) await engine.explain(c.sql);
      const plan = await engine.explain(c.sql, { analyze });
      const found = nodeTypes(plan[0].Plan as ExplainPlan);
      const missing = c.shows.filter((t) => !found.has(t));
      if (missing.length) throw new Error(`${c.name}: the plan has no ${missing.join(', ')} (it has ${[...found].join(', ')})`);
      write(path.join(OUT, 'plans', `${numbered(i, c.name)}.plan.json`), { name: c.name, about: c.about, sql: c.sql, analyze, plan });
    }

    for (const [i, c] of RUN_CASES.entries()) {
      if (!wanted(c.name)) continue;
      const run = await engine.run(c.code);
      write(path.join(OUT, 'runs', `${numbered(i, c.name)}.run.json`), { name: c.name, about: c.about, code: c.code, run });
    }
  } finally {
    await engine.close();
  }
}

await main();
