// The production shape: two stateless `next start` instances in front of one PostgreSQL.
// Sessions, progress and rate-limit counts live in the database, so either instance serves
// any learner.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { freePort, startApp, type AppProcess } from './lib/app-process';
import { startCluster, type Cluster } from './lib/postgres-cluster';
import { Learner, lesson } from './lib/http-client';

let cluster: Cluster;
let a: AppProcess;
let b: AppProcess;

before(async () => {
  cluster = startCluster(await freePort());
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE ormlab');
  await admin.end();
  const env = { DATABASE_URL: cluster.url('ormlab'), BETTER_AUTH_SECRET: 'two-instance-test-secret-0123456789abcdef' };
  // Started together: both race to migrate, and the advisory lock makes them take turns.
  [a, b] = await Promise.all([startApp({ env }), startApp({ env })]);
});

after(async () => {
  await Promise.all([a?.kill(), b?.kill()]);
  cluster?.stop();
});

describe('two instances, one PostgreSQL', () => {
  it('migrates once even when both instances start together', async () => {
    // Concurrent first requests make both instances open the database and migrate.
    const [ra, rb] = await Promise.all([new Learner(a.url).progress(), new Learner(b.url).progress()]);
    assert.equal(ra.status, 401);
    assert.equal(rb.status, 401);
    const client = new pg.Client({ connectionString: cluster.url('ormlab') });
    await client.connect();
    const { rows } = await client.query('SELECT migration_name, finished_at FROM "_prisma_migrations"');
    await client.end();
    assert.ok(rows.length >= 1);
    assert.equal(new Set(rows.map((r) => r.migration_name)).size, rows.length);
    assert.ok(rows.every((r) => r.finished_at !== null));
  });

  it('accepts on one instance a session made on the other', async () => {
    const onA = await new Learner(a.url).register('shared@example.com');
    const onB = onA.on(b.url);
    const res = await onB.request('GET', '/api/auth/get-session');
    assert.equal(res.status, 200);
    assert.equal(res.json.user.email, 'shared@example.com');
  });

  it('reads on one instance the progress written on the other', async () => {
    const onA = await new Learner(a.url).register('progress@example.com');
    const onB = onA.on(b.url);
    assert.equal((await onA.save(lesson(1), { status: 'completed', attempts: 2, code: { 'query.py': 'from a' } })).status, 200);
    assert.equal((await onB.save(lesson(2), { status: 'started', attempts: 1 })).status, 200);
    const fromB = await onB.progress();
    assert.deepEqual(fromB.json.lessons.map((l: { lessonId: string; status: string }) => [l.lessonId, l.status]), [[lesson(1), 'completed'], [lesson(2), 'started']]);
    assert.equal(fromB.json.lessons[0].code['query.py'], 'from a');
    const fromA = await onA.progress();
    assert.deepEqual(fromA.json.lessons, fromB.json.lessons);
  });

  it('signs out everywhere: a session ended on one instance is gone on the other', async () => {
    const onA = await new Learner(a.url).register('signout@example.com');
    // A copy of the cookie as it was before signing out, replayed against B afterwards.
    const stolen = onA.on(b.url);
    stolen.cookies = new Map(onA.cookies);
    assert.equal((await stolen.progress()).status, 200);
    assert.equal((await onA.request('POST', '/api/auth/sign-out', { body: {} })).status, 200);
    assert.equal((await stolen.progress()).status, 401);
  });

  it('shares rate-limit counts across instances', async () => {
    const attacker = new Learner(a.url);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await attacker.signIn('shared@example.com', `guess ${i} on a`)).status);
    for (let i = 0; i < 6; i++) statuses.push((await attacker.on(b.url).signIn('shared@example.com', `guess ${i} on b`)).status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
    assert.equal(statuses[11], 429);
  });

  it('answers 401/403 the same way on both instances', async () => {
    const learner = await new Learner(a.url).register('learner@example.com');
    for (const url of [a.url, b.url]) {
      assert.equal((await new Learner(url).progress()).status, 401);
      assert.equal((await learner.on(url).request('GET', '/api/instructor/stats')).status, 403);
    }
  });
});
