// npm run bench:server [-- --json]
// 200 concurrent learners saving progress (PUT /api/progress/{lessonId}) against a real
// `next start`, on loopback, for the embedded database and for PostgreSQL. Prints figures;
// never fails on time (targets: zero errors, p99 <= 250 ms embedded, <= 100 ms PostgreSQL).
//
// Load model: each learner is one keep-alive connection saving progress SAVES_PER_SECOND
// times a second (default 1; a learner runs an exercise every few seconds at most, so this is
// already a heavy class). BENCH_SAVES_PER_SECOND changes it. A closed-loop "as fast as
// possible" run is printed beside it as the saturation throughput.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import autocannon from 'autocannon';
import { buildAppCopy } from '../scripts/server-tests/build-copy';
import { freePort, startApp } from '../scripts/server-tests/lib/app-process';
import { startCluster } from '../scripts/server-tests/lib/postgres-cluster';
import { Learner, lesson } from '../scripts/server-tests/lib/http-client';

const LEARNERS = 200;
const DURATION_S = 10;
const SAVES_PER_SECOND = Math.max(1, Number(process.env.BENCH_SAVES_PER_SECOND ?? 1));
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

async function load(url: string, learners: Learner[], paced: boolean): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: LEARNERS,
    duration: DURATION_S,
    ...(paced ? { connectionRate: SAVES_PER_SECOND } : {}),
    requests: [{ method: 'PUT', path: `/api/progress/${lesson(1)}` }],
    setupClient(client) {
      const learner = learners[next++ % learners.length];
      const n = next;
      client.setRequest({
        method: 'PUT',
        path: `/api/progress/${lesson(1 + (n % 90))}`,
        headers: {
          'content-type': 'application/json',
          origin: url,
          cookie: [...learner.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body: saveBody(n),
      });
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
    await load(app.url, learners.slice(0, 20), false); // warm-up: JIT, pools, first queries
    log(`[${label}] ${LEARNERS} learners x ${SAVES_PER_SECOND} saves/s for ${DURATION_S} s`);
    const paced = await load(app.url, learners, true);
    log(`[${label}] closed loop (saturation) for ${DURATION_S} s`);
    const saturation = await load(app.url, learners, false);
    return { paced, saturation };
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

  if (json) {
    console.log(JSON.stringify({ embedded: embedded.paced, postgres: postgres.paced }));
    return;
  }
  const rows = [
    ['embedded (PGlite)', embedded.paced, embedded.saturation, 250],
    ['postgres', postgres.paced, postgres.saturation, 100],
  ] as const;
  console.log(`\n${LEARNERS} learners, ${SAVES_PER_SECOND} saves/s each, ${DURATION_S} s, loopback, ${os.cpus().length} cores`);
  console.log('database           |  req/s | p50 ms | p99 ms | errors | target p99 | saturation req/s (p99 ms)');
  for (const [name, p, s, target] of rows) {
    console.log(
      `${name.padEnd(18)} | ${String(p.rps).padStart(6)} | ${String(p.p50Ms).padStart(6)} | ${String(p.p99Ms).padStart(6)} | ${String(p.errors).padStart(6)} | ${`<= ${target}`.padStart(10)} | ${s.rps} (${s.p99Ms})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
