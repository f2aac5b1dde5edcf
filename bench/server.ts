// npm run bench:server [-- --json]
// 200 concurrent learners saving progress (PUT /api/progress/{lessonId}) against a real
// `next start`, on loopback, for the embedded database and for PostgreSQL. Prints figures;
// never fails on time (targets: zero errors, p99 <= 250 ms embedded, <= 100 ms PostgreSQL).
//
// Load model: each learner saves progress once every SAVE_INTERVAL_S seconds (default 5), at
// its own random phase (bench/lib/paced-load.ts). A save is what one Run of an exercise sends;
// a learner who reads, edits and runs does that every 20-60 s, so one save every 5 s per
// learner is a deliberately heavy class. BENCH_SAVE_INTERVAL_S changes it. Beside it the bench
// prints a stress run at one save per second per learner and a closed-loop "as fast as possible"
// run (autocannon) as the saturation throughput.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import autocannon from 'autocannon';
import { pacedLoad, type PacedFigures, type PacedRequest } from './lib/paced-load';
import { buildAppCopy } from '../scripts/server-tests/build-copy';
import { freePort, startApp } from '../scripts/server-tests/lib/app-process';
import { startCluster } from '../scripts/server-tests/lib/postgres-cluster';
import { Learner, lesson } from '../scripts/server-tests/lib/http-client';

const LEARNERS = 200;
const DURATION_S = 20;
const SAVE_INTERVAL_S = Math.max(0.1, Number(process.env.BENCH_SAVE_INTERVAL_S ?? 5));
const STRESS_INTERVAL_S = 1;
const json = process.argv.includes('--json');
const log = (...args: unknown[]) => {
  if (!json) console.log(...args);
};

interface Figures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function registerLearners(url: string): Promise<Learner[]> {
  const learners: Learner[] = [];
  // Ten at a time: sign-up hashes passwords (scrypt), which is CPU-bound.
  for (let i = 0; i < LEARNERS; i += 10) {
    const batch = Array.from({ length: Math.min(10, LEARNERS - i) }, (_, j) =>
      new Learner(url).register(`bench-${i + j}@example.com`, 'bench password long enough'),
    );
    learners.push(...(await Promise.all(batch)));
  }
  return learners;
}

function saveBody(n: number): string {
  return JSON.stringify({
    status: n % 3 === 0 ? 'completed' : 'started',
    attempts: n,
    bestQueryCount: 1 + (n % 7),
    code: { 'query.py': `Book.objects.select_related("author").filter(price__lt=${n})` },
    lastAttemptAt: new Date().toISOString(),
  });
}

function saveRequest(url: string, learner: Learner, n: number): PacedRequest {
  return {
    method: 'PUT',
    path: `/api/progress/${lesson(1 + (n % 90))}`,
    headers: {
      'content-type': 'application/json',
      origin: url,
      cookie: [...learner.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    body: saveBody(n),
  };
}

async function paced(url: string, learners: Learner[], intervalS: number): Promise<PacedFigures> {
  const figures = await pacedLoad(url, learners.length, intervalS * 1000, DURATION_S, (i, n) =>
    saveRequest(url, learners[i], n * learners.length + i),
  );
  const answered = Object.entries(figures.statuses).map(([code, count]) => `${code} x${count}`);
  log(`  sent ${figures.sent}; answered: ${answered.join(', ')}`);
  return figures;
}

/** Closed loop: every learner sends its next save as soon as the last one is answered. */
async function saturation(url: string, learners: Learner[]): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: learners.length,
    duration: DURATION_S,
    // No `requests` option: autocannon would cycle through it after the first request and
    // drop each connection's own cookie. setRequests gives every connection its one request.
    setupClient(client) {
      const n = next++;
      const learner = learners[n % learners.length];
      (client as unknown as { setRequests(r: PacedRequest[]): void }).setRequests([saveRequest(url, learner, n)]);
    },
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function measure(label: string, env: Record<string, string>) {
  const app = await startApp({ env });
  try {
    log(`[${label}] registering ${LEARNERS} learners`);
    const learners = await registerLearners(app.url);
    await saturation(app.url, learners.slice(0, 20)); // warm-up: JIT, pools, first queries
    log(`[${label}] ${LEARNERS} learners, one save every ${SAVE_INTERVAL_S} s each, for ${DURATION_S} s`);
    const normal = await paced(app.url, learners, SAVE_INTERVAL_S);
    log(`[${label}] stress: one save every ${STRESS_INTERVAL_S} s each`);
    const stress = await paced(app.url, learners, STRESS_INTERVAL_S);
    log(`[${label}] closed loop (saturation)`);
    const closed = await saturation(app.url, learners);
    return { normal, stress, closed };
  } finally {
    await app.kill();
  }
}

async function main() {
  if (!process.env.SKIP_BUILD) buildAppCopy({ log });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-bench-'));
  const embedded = await measure('embedded', { ORMLAB_DATA_DIR: dataDir });
  const cluster = startCluster(await freePort(), { log, durable: true });
  let postgres: Awaited<ReturnType<typeof measure>>;
  try {
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE ormlab_bench');
    await admin.end();
    postgres = await measure('postgres', {
      DATABASE_URL: cluster.url('ormlab_bench'),
      BETTER_AUTH_SECRET: 'benchmark-secret-0123456789abcdef0123456789',
      DB_POOL_MAX: '20',
    });
  } finally {
    cluster.stop();
  }
  fs.rmSync(dataDir, { recursive: true, force: true });

  const pick = ({ rps, p50Ms, p99Ms, errors }: Figures) => ({ rps, p50Ms, p99Ms, errors });
  if (json) {
    console.log(JSON.stringify({ embedded: pick(embedded.normal), postgres: pick(postgres.normal) }));
    return;
  }
  const cell = (f: Figures) => `${f.rps} req/s, p50 ${f.p50Ms}, p99 ${f.p99Ms}, ${f.errors} errors`;
  console.log(`\n${LEARNERS} learners, ${DURATION_S} s per run, loopback, ${os.cpus().length} cores (ms)`);
  console.log(`database           | one save / ${SAVE_INTERVAL_S} s each (target p99) | stress: one save / s each | closed loop (saturation)`);
  for (const [name, r, target] of [
    ['embedded (PGlite)', embedded, 250],
    ['postgres', postgres, 100],
  ] as const) {
    console.log(`${name.padEnd(18)} | ${cell(r.normal)} (<= ${target}) | ${cell(r.stress)} | ${cell(r.closed)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
