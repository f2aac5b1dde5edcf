// Schema lessons: the learner's own app beside the dataset's, its models.py written by the
// learner, migrated by their code (makemigrations / migrate) or at boot.
import { afterAll, describe, expect, it } from 'vitest';
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import { py, value } from './boot';

const MODELS = py`
  from django.db import models


  class Shelf(models.Model):
      name = models.CharField(max_length=40, unique=True)
      books = models.ManyToManyField("bookstore.Book", related_name="shelves")
`;

const engines: LabEngine[] = [];
const boot = async (migrate: boolean) => {
  const engine = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore', workApp: { label: 'library', models: MODELS, migrate } });
  engines.push(engine);
  return engine;
};
afterAll(async () => { await Promise.all(engines.map((e) => e.close())); });

describe('a work app the learner migrates', () => {
  it('runs makemigrations and migrate from learner code, then uses the new table with the dataset', async () => {
    const engine = await boot(false);
    const code = py`
      from django.core.management import call_command
      call_command("makemigrations", "library")
      call_command("migrate", "library")
      shelf = Shelf.objects.create(name="noir")
      shelf.books.add(*Book.objects.order_by("id")[:3])
      result = [shelf.books.count(), Book.objects.filter(shelves__name="noir").count()]
    `;
    const first = await engine.run(code);
    expect(value(first)).toEqual([3, 3]);
    expect(first.stdout).toContain("Migrations for 'library'");
    expect(first.queries.some((q) => q.sql.startsWith('CREATE TABLE "library_shelf"'))).toBe(true);
    // The next run starts from the pristine dataset again: the table is gone, the migration
    // file stays, so migrate creates the table again.
    const second = await engine.run(code);
    expect(value(second)).toEqual([3, 3]);
    expect(second.stdout).toContain('No changes detected');
  });

  it('lists the work app models in describe()', async () => {
    const [engine] = engines;
    const shelf = engine.describe().find((m) => m.name === 'Shelf');
    expect(shelf).toMatchObject({ app: 'library', table: 'library_shelf' });
    expect(shelf?.fields.find((f) => f.name === 'books')?.relation).toMatchObject({ kind: 'm2m', model: 'Book', through: 'library_shelf_books' });
  });
});

describe('a work app migrated at boot', () => {
  it('starts every run with its empty tables and the whole dataset', async () => {
    const engine = await boot(true);
    const write = await engine.run('Shelf.objects.create(name="x")\nShelf.objects.count()');
    expect(value(write)).toBe(1);
    const next = await engine.run('[Shelf.objects.count(), Book.objects.count()]');
    expect(value(next)).toEqual([0, 20000]);
  });
});

describe("the dataset's own models, edited", () => {
  it('makes a migration against the shipped ones and applies it', async () => {
    const source = (await import('node:fs')).readFileSync(new URL('../../content/datasets/bookstore/models.py', import.meta.url), 'utf8');
    const edited = source.replace('class Tag(models.Model):\n', 'class Tag(models.Model):\n    color = models.CharField(max_length=7, default="#000000")\n');
    expect(edited).not.toBe(source);
    const engine = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore', workApp: { label: 'bookstore', models: edited } });
    engines.push(engine);
    const run = await engine.run(py`
      from django.core.management import call_command
      call_command("makemigrations", "bookstore", name="tag_color")
      call_command("migrate", "bookstore")
      [Tag.objects.filter(color="#000000").count(), Tag.objects.count(), Book.objects.count()]
    `);
    expect(value(run)).toEqual([40, 40, 20000]);
    expect(run.stdout).toMatch(/0002_tag_color\.py/);
    expect(run.queries.some((q) => q.sql.startsWith('ALTER TABLE "bookstore_tag" ADD COLUMN "color" varchar(7)'))).toBe(true);
  });
});

describe('a bad work app', () => {
  it('is refused with a message naming the problem', async () => {
    await expect(LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore', workApp: { label: 'contenttypes', models: MODELS } }))
      .rejects.toThrow('the work app "contenttypes" would replace one of Django\'s apps');
    await expect(LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore', workApp: { label: 'My App', models: MODELS } }))
      .rejects.toThrow('a work app label is a lowercase Python identifier, not "My App"');
  });
});
