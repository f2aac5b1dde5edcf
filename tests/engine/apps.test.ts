// The engine beyond the bookstore: any app folder (`--app`), migrations on edited models,
// scripts run like `python` (two databases with a router), and the CLI's JSON contract.
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import { py, value } from './boot';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOP = path.join(ROOT, 'tests/fixtures/apps/shop');
const exec = promisify(execFile);
const lab = (...args: string[]) =>
  exec(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/lab.ts'), ...args], { cwd: ROOT, maxBuffer: 1 << 24 })
    .then((r) => ({ ...r, code: 0 }), (e: { stdout: string; stderr: string; code: number }) => e);

describe('an app folder', () => {
  let engine: LabEngine;
  beforeAll(async () => {
    engine = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), appDirs: [SHOP] });
  });
  afterAll(async () => { await engine?.close(); });

  it('is migrated fresh and seeded, with its models in scope by name', async () => {
    expect(engine.info.labels).toEqual(['shop']);
    expect(engine.info.models).toEqual(['Author', 'Book']);
    const run = await engine.run('[Author.objects.count(), Book.objects.count()]', { reset: false });
    expect(value(run)).toEqual([10, 50]);
  });

  it('makes, shows and applies a migration for an edited model', async () => {
    const run = await engine.run(py`
      import io
      from django.core.management import call_command
      Book.add_to_class("isbn", models.CharField(max_length=13, default=""))
      out = io.StringIO()
      call_command("makemigrations", "shop", name="book_isbn", stdout=out)
      sql = io.StringIO()
      call_command("sqlmigrate", "shop", "0002", stdout=sql)
      call_command("migrate", "shop", verbosity=0)
      Book.objects.filter(pk=1).update(isbn="9780000000001")
      result = [out.getvalue().strip().splitlines()[0], sql.getvalue(), Book.objects.get(pk=1).isbn]
    `, { reset: false });
    const [made, sql, isbn] = value(run) as string[];
    expect(made).toMatch(/Migrations for 'shop':/);
    expect(sql).toContain('ALTER TABLE "shop_book" ADD COLUMN "isbn" varchar(13) DEFAULT \'\' NOT NULL;');
    expect(isbn).toBe('9780000000001');
  });
});

describe('the lab CLI', () => {
  it('runs a snippet against an app folder and prints the JSON contract', async () => {
    const { stdout, code } = await lab('run', path.join(ROOT, 'tests/fixtures/snippets/shop-n-plus-one.py'), '--app', SHOP, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual(['error', 'ok', 'queries', 'queryCount', 'result', 'stdout']);
    expect(out.queryCount).toBe(11);
    expect(out.queries[1]).toMatchObject({ line: 2, rowCount: 1, params: [2] });
    expect(out.queries[1].sql).toBe('SELECT "shop_author"."id", "shop_author"."name", "shop_author"."born" FROM "shop_author" WHERE "shop_author"."id" = 2 LIMIT 21');
    expect(Object.keys(out.queries[0]).sort()).toEqual(expect.arrayContaining(['durationMs', 'line', 'params', 'rawSql', 'rowCount', 'sql']));
  });

  it('prints all of a JSON result bigger than a pipe holds, even to a reader that is slow to start', async () => {
    // Like `lab run --json | jq`: nothing reads the pipe while the reader starts up.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/lab.ts'), 'run',
      path.join(ROOT, 'tests/fixtures/snippets/shop-many-queries.py'), '--app', SHOP, '--json'], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => child.stdout.once('readable', resolve)); // the CLI has started writing
    await new Promise((resolve) => setTimeout(resolve, 2000));
    let stdout = '';
    for await (const chunk of child.stdout.setEncoding('utf8')) stdout += chunk;
    const code = await exited;
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(4 * 65536);
    const out = JSON.parse(stdout);
    expect(out.queryCount).toBe(1001);
    expect(out.result).toEqual({ kind: 'json', value: 50 });
  });

  it('explains what is wrong with bad arguments', async () => {
    const missing = await lab('run', 'no-such-file.py');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file: no-such-file.py');
    const both = await lab('run', path.join(ROOT, 'tests/fixtures/snippets/shop-n-plus-one.py'), '--app', SHOP, '--dataset', 'bookstore');
    expect(both.stderr).toContain('give --dataset or --app, not both');
  });

  it('runs a script like python: two databases with a router, argv and exit status', async () => {
    const { stdout, code } = await lab('python', path.join(ROOT, 'tests/fixtures/scripts/two_databases.py'));
    expect(code).toBe(3);
    expect(stdout).toContain('before CREATE DATABASE: connection to server failed: FATAL:  database "archive" does not exist');
    expect(stdout).toContain('archive queries: 1 INSERT INTO "library_author"');
    expect(stdout).toContain('default queries: 1 INSERT INTO "library_book"');
    expect(stdout).toContain('authors in archive: 1');
    expect(stdout).toContain('no author table in default: True');
  });
});

describe("Django's test runner under lab python", () => {
  const runtests = path.join(ROOT, 'tests/fixtures/django-project/runtests.py');

  it('creates the test database, migrates it, runs TestCase and TransactionTestCase, drops it', async () => {
    // unittest reports on stderr, Django's runner on stdout: read them together, as a terminal does.
    const { stdout: out, stderr, code } = await lab('python', runtests);
    const stdout = out + stderr;
    expect(code).toBe(0);
    expect(stdout).toContain("Creating test database for alias 'default' ('test_postgres')...");
    expect(stdout).toContain('Applying shelf.0001_initial... OK');
    expect(stdout).toMatch(/test_select_related_is_one_query .* ok/);
    expect(stdout).toMatch(/test_the_loop_is_n_plus_one .* ok/);
    expect(stdout).toMatch(/test_starts_empty_every_time .* ok/);
    expect(stdout).toMatch(/Ran 5 tests in/);
    expect(stdout).toContain("Destroying test database for alias 'default' ('test_postgres')...");
  });

  it('exits with status 1 when a test fails', async () => {
    const { stdout: out, stderr, code } = await lab('python', runtests, 'shelf.tests.DeliberateFailure');
    const stdout = out + stderr;
    expect(code).toBe(1);
    expect(stdout).toContain('AssertionError: 2 != 3');
    expect(stdout).toContain('FAILED (failures=1)');
  });
});

describe('a work app from the CLI', () => {
  it('runs a snippet with --models beside the bookstore, migrated at boot with --migrate', async () => {
    const dir = path.join(ROOT, 'tests/fixtures/work-app');
    const { stdout, code } = await lab('run', path.join(dir, 'snippet.py'), '--models', path.join(dir, 'models.py'), '--migrate', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.result).toEqual({ kind: 'json', value: [1, 20000] });
    expect(out.queries[0].sql).toMatch(/^INSERT INTO "lab_shelf" \("name"\) VALUES \('x'\) RETURNING "lab_shelf"."id"$/);
  });

  it('refuses --label without --models', async () => {
    const { stderr, code } = await lab('run', path.join(ROOT, 'tests/fixtures/work-app/snippet.py'), '--label', 'x');
    expect(code).toBe(2);
    expect(stderr).toContain('--label and --migrate go with --models');
  });
});

describe('the bookstore from the CLI', () => {
  it('prints the queries and the result for a dataset snippet', async () => {
    const { stdout, code } = await lab('run', path.join(ROOT, 'tests/fixtures/snippets/bookstore-count.py'));
    expect(code).toBe(0);
    expect(stdout).toContain('1 query:');
    expect(stdout).toContain('SELECT COUNT(*) AS "__count" FROM "bookstore_book" WHERE "bookstore_book"."price" < 10;');
    expect(stdout).toMatch(/-- result\n\d+/);
  });
});
