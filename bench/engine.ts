// `npm run bench`: the lab engine in Node, on the bookstore snapshot. Prints a table, or one JSON
// object with `-- --json`. Figures are medians; the ORM/raw ratio is measured in paired blocks in
// one run, so machine load affects both sides alike. Never fails on time.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describeSteps, type BootSteps } from '../lib/runtime/boot-steps';
import { LabEngine } from '../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../lib/runtime/node-assets';
import { queryMessage } from '../lib/runtime/pg-wire';

const json = process.argv.includes('--json');
const BOOTS = 3;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x: number) => Math.round(x * 100) / 100;
const log = (msg: string) => { if (!json) console.error(msg); };

function coldBoots() {
  const results: { bootMs: number; engineCreateMs: number; peakRssMb: number; bootSteps: BootSteps }[] = [];
  for (let i = 0; i < BOOTS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'engine-boot.ts')], { encoding: 'utf8' });
    results.push(JSON.parse(out.trim().split('\n').at(-1)!));
    log(`  cold boot ${i + 1}/${BOOTS}: ${results.at(-1)!.bootMs.toFixed(0)} ms (${describeSteps(results.at(-1)!.bootSteps)})`);
  }
  return results;
}

/** Python-side timings of `stmt`, n times, in ms (measured around the ORM call only). */
async function pythonTimings(engine: LabEngine, setup: string, stmt: string, n: number): Promise<number[]> {
  const run = await engine.run(`import time\n${setup}\nresult = []\nfor _ in range(${n}):\n    t = time.perf_counter()\n    ${stmt}\n    result.append((time.perf_counter() - t) * 1000)\n`, { reset: false });
  if (!run.ok || run.result?.kind !== 'json') throw new Error(run.error?.traceback ?? 'no timings');
  return run.result.value as number[];
}

async function main() {
  log('bench: cold process boots');
  const boots = coldBoots();
  const engine = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore' });

  log('bench: ORM query vs the same SQL raw, paired blocks');
  const probe = await engine.run('Book.objects.filter(pk=1).first()', { reset: false });
  const sql = probe.queries[0].sql;
  const msg = queryMessage(sql);
  const orm: number[] = [];
  const raw: number[] = [];
  for (let block = 0; block < 10; block++) {
    orm.push(...await pythonTimings(engine, '', 'Book.objects.filter(pk=1).first()', 50));
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      engine.databases.main.execProtocolRawSync(msg);
      raw.push(performance.now() - t);
    }
  }

  log('bench: select_related over 1,000 rows');
  const sr = await pythonTimings(engine, '', 'list(Book.objects.select_related("author")[:1000])', 10);

  log('bench: reset after a write');
  const resets: number[] = [];
  const coldResets: number[] = [];
  for (let i = 0; i < 5; i++) {
    await engine.run('Tag.objects.create(name="x", slug="x")', { reset: false });
    await engine.prepareReset(); // idle time after a run, as the worker does
    let t = performance.now();
    await engine.reset();
    resets.push(performance.now() - t);
    await engine.run('Tag.objects.create(name="y", slug="y")', { reset: false });
    t = performance.now();
    await engine.reset(); // nothing prepared: builds the pristine database now
    coldResets.push(performance.now() - t);
  }
  const readOnly: number[] = [];
  for (let i = 0; i < 5; i++) {
    await engine.run('Book.objects.count()', { reset: false });
    const t = performance.now();
    await engine.reset();
    readOnly.push(performance.now() - t);
  }
  const inProcessRss = process.resourceUsage().maxRSS / 1024;
  await engine.close();

  const figures = {
    bootMs: round(median(boots.map((b) => b.bootMs))),
    queryMedianMs: round(median(orm)),
    rawQueryMedianMs: round(median(raw)),
    overheadRatio: round(median(orm) / median(raw)),
    selectRelated1000Ms: round(median(sr)),
    resetMs: round(median(resets)),
    resetUnpreparedMs: round(median(coldResets)),
    resetAfterReadOnlyMs: round(median(readOnly)),
    peakRssMb: Math.round(Math.max(...boots.map((b) => b.peakRssMb))),
    peakRssBenchProcessMb: Math.round(inProcessRss),
  };
  if (json) {
    console.log(JSON.stringify(figures));
  } else {
    const targets: Record<string, string> = { bootMs: '<= 2500', overheadRatio: '<= 4', resetMs: '<= 100', peakRssMb: '<= 600' };
    console.table(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, { value: v, target: targets[k] ?? '' }])));
  }
}

await main();
