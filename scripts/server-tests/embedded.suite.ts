// The embedded database (PGlite in a data directory), through a real `next start`:
// auth, authorization, validation, injection, rate limits, the one-process lock, kill -9.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type AppProcess } from './lib/app-process';
import { Learner, lesson } from './lib/http-client';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-embedded-'));
const env = { ORMLAB_DATA_DIR: dataDir };
let app: AppProcess;

before(async () => {
  app = await startApp({ env });
});
after(async () => {
  await app?.kill();
});

describe('accounts', () => {
  it('signs up and in with HttpOnly, SameSite=Lax, Secure session cookies', async () => {
    const learner = new Learner(app.url);
    assert.equal((await learner.signUp('cookie@example.com')).status, 200);
    const res = await learner.signIn('cookie@example.com');
    assert.equal(res.status, 200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token')) ?? '';
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    assert.match(cookie, /Secure/i);
  });

  it('does not reveal whether an email has an account', async () => {
    const a = new Learner(app.url);
    await a.register('taken@example.com');
    const again = await new Learner(app.url).signUp('taken@example.com', 'another long password');
    const fresh = await new Learner(app.url).signUp('fresh@example.com', 'another long password');
    assert.equal(again.status, fresh.status);
    assert.deepEqual(Object.keys(again.json).sort(), Object.keys(fresh.json).sort());
    const wrongPassword = await new Learner(app.url).signIn('taken@example.com', 'wrong password here');
    const noSuchUser = await new Learner(app.url).signIn('nobody@example.com', 'wrong password here');
    assert.equal(wrongPassword.status, 401);
    assert.equal(noSuchUser.status, 401);
    assert.equal(wrongPassword.json.message, noSuchUser.json.message);
  });

  it('enforces password length', async () => {
    const res = await new Learner(app.url).signUp('short@example.com', 'short');
    assert.equal(res.status, 400);
    const long = await new Learner(app.url).signUp('long@example.com', 'x'.repeat(200));
    assert.equal(long.status, 400);
  });

  it('changes the password and signs out', async () => {
    const learner = await new Learner(app.url).register('change@example.com');
    const changed = await learner.request('POST', '/api/auth/change-password', {
      body: { currentPassword: 'correct horse battery staple', newPassword: 'a brand new passphrase', revokeOtherSessions: true },
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal((await new Learner(app.url).signIn('change@example.com')).status, 401);
    assert.equal((await new Learner(app.url).signIn('change@example.com', 'a brand new passphrase')).status, 200);
    assert.equal((await learner.progress()).status, 200);
    assert.equal((await learner.request('POST', '/api/auth/sign-out', { body: {} })).status, 200);
    assert.equal((await learner.progress()).status, 401);
  });

  it('refuses auth mutations from another origin', async () => {
    const res = await new Learner(app.url).request('POST', '/api/auth/sign-in/email', {
      body: { email: 'cookie@example.com', password: 'correct horse battery staple' },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(res.status, 403);
  });

  it('rate limits sign-in attempts with 429', async () => {
    const attacker = new Learner(app.url);
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await attacker.signIn('cookie@example.com', `guess number ${i}`)).status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
    assert.equal(statuses[11], 429);
    // Another client address is not affected.
    assert.equal((await new Learner(app.url).signIn('cookie@example.com', 'guess again please')).status, 401);
  });
});

describe('progress API', () => {
  it('answers 401 without a session', async () => {
    const anonymous = new Learner(app.url);
    assert.equal((await anonymous.progress()).status, 401);
    assert.equal((await anonymous.save(lesson(1), { status: 'started', attempts: 1 })).status, 401);
    assert.equal((await anonymous.request('GET', '/api/instructor/stats')).status, 401);
  });

  it('keeps each learner to their own progress; learners get 403 on instructor data', async () => {
    const alice = await new Learner(app.url).register('alice@example.com');
    const bob = await new Learner(app.url).register('bob@example.com');
    assert.equal((await alice.save(lesson(1), { status: 'completed', attempts: 2, code: { 'query.py': 'secret' } })).status, 200);
    const bobs = await bob.progress();
    assert.equal(bobs.status, 200);
    assert.deepEqual(bobs.json.lessons, []);
    assert.doesNotMatch(bobs.text, /secret/);
    assert.equal((await bob.request('GET', '/api/instructor/stats')).status, 403);
    // A cross-site write carrying Bob's cookie is refused.
    const csrf = await bob.request('PUT', `/api/progress/${lesson(2)}`, {
      body: { status: 'started', attempts: 1 },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(csrf.status, 403);
  });

  it('rejects malformed and oversized payloads with 400 and changes nothing', async () => {
    const learner = await new Learner(app.url).register('strict@example.com');
    await learner.save(lesson(1), { status: 'started', attempts: 1, code: { 'query.py': 'ok' } });
    const before = (await learner.progress()).text;
    const bad: Array<[string, Parameters<Learner['request']>[2]]> = [
      ['not json', { raw: '{"status": ' }],
      ['wrong type', { body: { status: 'started', attempts: 'many' } }],
      ['unknown status', { body: { status: 'mastered', attempts: 1 } }],
      ['unknown field', { body: { status: 'started', attempts: 1, userId: 'someone-else' } }],
      ['negative', { body: { status: 'started', attempts: -1 } }],
      ['array', { body: [1, 2, 3] }],
      ['code too long', { body: { status: 'started', attempts: 1, code: { 'query.py': 'x'.repeat(20_001) } } }],
      ['oversized', { raw: JSON.stringify({ status: 'started', attempts: 1, code: { a: 'x'.repeat(19_000), b: 'x'.repeat(19_000), c: 'x'.repeat(19_000), d: 'x'.repeat(19_000) } }) }],
      ['not json content type', { raw: 'status=started', headers: { 'content-type': 'text/plain' } }],
    ];
    for (const [label, options] of bad) {
      const res = await learner.request('PUT', `/api/progress/${lesson(1)}`, options);
      assert.equal(res.status, 400, `${label}: ${res.status} ${res.text}`);
      assert.equal(typeof res.json.message, 'string', label);
    }
    const badIds = ['not-a-lesson', '01-a/02-b/03-c', '01-a%2F..%2F..', "01-a/01-b'%3B--"];
    for (const id of badIds) {
      const res = await learner.request('PUT', `/api/progress/${id}`, { body: { status: 'started', attempts: 1 } });
      assert.equal(res.status, 400, `${id}: ${res.status}`);
    }
    assert.equal((await learner.progress()).text, before);
  });

  it('treats SQL injection attempts as plain data', async () => {
    const evil = `x'); DROP TABLE "LessonProgress"; --`;
    const signUp = await new Learner(app.url).signUp(`a'--@example.com`, evil);
    assert.ok([200, 400].includes(signUp.status));
    assert.equal((await new Learner(app.url).signIn(`' OR '1'='1`, `' OR '1'='1`)).status, 400);
    assert.equal((await new Learner(app.url).signIn(`x@example.com' OR 1=1 --`, evil)).status, 400);
    const learner = await new Learner(app.url).register('inject@example.com');
    const saved = await learner.save(lesson(3), {
      status: 'started',
      attempts: 1,
      code: { 'query.py': evil },
      attempt: { id: crypto.randomUUID(), verdicts: { [evil.slice(0, 60)]: 'fail' }, queryCount: 1, durationMs: 1, at: new Date().toISOString() },
    });
    assert.equal(saved.status, 200, saved.text);
    const read = await learner.progress();
    assert.equal(read.json.lessons[0].code['query.py'], evil);
    // The table is still there for everyone else.
    assert.equal((await (await new Learner(app.url).register('after@example.com')).save(lesson(1), { status: 'started', attempts: 1 })).status, 200);
  });

  it('merges repeated and concurrent writes without duplicates', async () => {
    const learner = await new Learner(app.url).register('merge@example.com');
    const attempt = { id: crypto.randomUUID(), verdicts: { rows: 'pass' }, queryCount: 3, durationMs: 12, at: new Date().toISOString() };
    const body = { status: 'completed', attempts: 4, attempt };
    const results = await Promise.all(Array.from({ length: 8 }, () => learner.save(lesson(5), body)));
    assert.ok(results.every((r) => r.status === 200));
    await learner.save(lesson(5), { status: 'started', attempts: 1 });
    const [row] = (await learner.progress()).json.lessons;
    assert.equal(row.status, 'completed');
    assert.equal(row.attempts, 4);
    assert.equal(row.bestQueryCount, 3);
  });
});

describe('embedded database', () => {
  it('refuses a second process on the same data directory with a clear error', async () => {
    const second = await startApp({ env });
    try {
      const res = await new Learner(second.url).progress();
      assert.equal(res.status, 503);
      assert.match(second.output(), /already open in process \d+/);
      // The first server is unaffected.
      assert.equal((await new Learner(app.url).signUp('still-fine@example.com')).status, 200);
    } finally {
      await second.kill();
    }
  });

  it('keeps committed progress after kill -9 in the middle of writes', async () => {
    const learner = await new Learner(app.url).register('crash@example.com');
    const acknowledged = new Set<string>();
    let stop = false;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const id = lesson(10 + ((w * 1000 + i) % 89));
        const res = await learner.save(id, { status: 'completed', attempts: 1 }).catch(() => null);
        if (res?.status === 200) acknowledged.add(id);
      }
    });
    while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 20));
    await app.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    app = await startApp({ env });
    const after = await learner.on(app.url).progress();
    assert.equal(after.status, 200, after.text);
    const lessons: Array<{ lessonId: string; status: string }> = after.json.lessons;
    const saved = new Set(lessons.filter((l) => l.status === 'completed').map((l) => l.lessonId));
    for (const id of acknowledged) assert.ok(saved.has(id), `lost acknowledged write ${id}`);
  });
});

describe('database unreachable', () => {
  it('shows a clear error where the database is needed, and the static course still works', async () => {
    const down = await startApp({ env: { DATABASE_URL: 'postgresql://nobody@127.0.0.1:9/none', BETTER_AUTH_SECRET: 'x'.repeat(40) } });
    try {
      const visitor = new Learner(down.url);
      assert.equal((await visitor.request('GET', '/')).status, 200);
      assert.equal((await visitor.request('GET', '/progress')).status, 200);
      const api = await visitor.progress();
      assert.equal(api.status, 503);
      assert.match(api.json.message, /unavailable/);
      const account = await visitor.request('GET', '/account');
      assert.equal(account.status, 200);
      assert.match(account.text, /Accounts are unavailable right now/);
    } finally {
      await down.kill();
    }
  });
});
