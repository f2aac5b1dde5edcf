// Learners' labs restore Python from a memory snapshot taken at build time (python.snap). A
// restored lab must behave exactly like one whose Python started from scratch: same SQL (down to
// savepoint names), same results, and the files Python reads after boot (modules imported for
// the first time, time zones, the app's migrations) still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import { py } from './boot';

let restored: LabEngine;
let fresh: LabEngine;
beforeAll(async () => {
  restored = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore' });
  // `makeSnapshot` boots Python from scratch (the build step's mode): the reference behaviour.
  fresh = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore', makeSnapshot: true });
});
afterAll(async () => {
  await restored?.close();
  await fresh?.close();
});

const SNIPPETS = {
  'savepoints and writes': py`
    with transaction.atomic():
        Tag.objects.create(name="kept", slug="kept")
        with transaction.atomic():
            Tag.objects.filter(slug="kept").update(name="renamed")
    list(Tag.objects.filter(slug="kept").values_list("name", flat=True))
  `,
  'a module no lesson imported before': py`
    import difflib
    difflib.SequenceMatcher(None, "select_related", "prefetch_related").ratio() > 0.5
  `,
  'a Django module no lesson imported before (read from the dataset\'s python.zip)': py`
    from django.utils.feedgenerator import rfc2822_date
    import datetime
    rfc2822_date(datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.timezone.utc))
  `,
  'time zones from the zone files': py`
    import zoneinfo, datetime
    str(datetime.datetime(2025, 6, 1, 12, tzinfo=datetime.timezone.utc).astimezone(zoneinfo.ZoneInfo("Europe/Paris")))
  `,
  "the app's migrations on disk": py`
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    sorted(name for app, name in MigrationLoader(connection).disk_migrations if app == "bookstore")
  `,
};

describe('a lab restored from the Python snapshot', () => {
  for (const [name, code] of Object.entries(SNIPPETS)) {
    it(`matches a lab started from scratch: ${name}`, async () => {
      const a = await restored.run(code);
      const b = await fresh.run(code);
      expect(a.error).toBeNull();
      expect(a.result).toEqual(b.result);
      expect(a.queries.map((q) => q.sql)).toEqual(b.queries.map((q) => q.sql));
    });
  }

  it('holds the modules whose sources its archives leave out: importing one again says why', async () => {
    const run = await restored.run('import importlib, django.db.models.query as q\nimportlib.reload(q)');
    expect(run.error?.message).toMatch(/loaded at start-up; its source is not shipped/);
  });

  it('numbers savepoints from _x1 in every run, as a new Django process does', async () => {
    for (let i = 0; i < 2; i++) {
      const run = await restored.run('with transaction.atomic():\n    with transaction.atomic():\n        Tag.objects.count()');
      expect(run.queries.find((q) => q.sql.startsWith('SAVEPOINT'))?.sql).toMatch(/^SAVEPOINT "s\d+_x1"$/);
    }
  });
});
