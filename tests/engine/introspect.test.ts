// What the engine reports about learner code and models without running them: the calls in the
// code (for `calls` checks) and the app's models (for completion and N+1 messages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabEngine } from '../../lib/runtime/engine';
import { bootBookstore, py } from './boot';

let engine: LabEngine;
beforeAll(async () => { engine = await bootBookstore(); });
afterAll(async () => { await engine?.close(); });

describe('calls', () => {
  it('lists method and function calls with their lines', async () => {
    const run = await engine.run(py`
      books = Book.objects.select_related("publisher").filter(price__lt=10)
      print(len(books))
    `);
    expect(run.ok).toBe(true);
    expect(run.calls).toEqual([
      { name: 'filter', line: 1 },
      { name: 'select_related', line: 1 },
      { name: 'len', line: 2 },
      { name: 'print', line: 2 },
    ]);
  });

  it('is empty when the code does not parse, and the run reports the syntax error', async () => {
    const run = await engine.run('Book.objects.filter(\n');
    expect(run.ok).toBe(false);
    expect(run.error?.type).toBe('SyntaxError');
    expect(run.calls).toEqual([]);
  });
});

describe('describe', () => {
  it('names every bookstore model with its table and relations both ways', () => {
    const models = engine.describe();
    const book = models.find((m) => m.name === 'Book');
    expect(book?.table).toBe('bookstore_book');
    const field = (name: string) => book?.fields.find((f) => f.name === name);
    expect(field('id')).toMatchObject({ primaryKey: true, column: 'id', relation: null });
    expect(field('publisher')).toMatchObject({
      column: 'publisher_id',
      type: 'ForeignKey',
      nullable: true,
      relation: { kind: 'fk', model: 'Publisher', table: 'bookstore_publisher', through: null },
    });
    expect(field('tags')?.relation).toMatchObject({ kind: 'm2m', model: 'Tag', through: 'bookstore_book_tags' });
    expect(field('reviews')?.relation).toMatchObject({ kind: 'reverse-fk', model: 'Review' });
    expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['Author', 'Publisher', 'Order', 'OrderItem', 'Store']));
  });
});

describe('sql', () => {
  it('runs typed SQL on the database the last run left, and the next run starts pristine', async () => {
    await engine.run('Publisher.objects.filter(pk=1).update(name="Renamed")');
    const after = engine.sql('SELECT name FROM bookstore_publisher WHERE id = 1');
    expect(after).toMatchObject({ ok: true, columns: ['name'], rows: [['Renamed']], rowCount: 1 });
    const next = await engine.run('Publisher.objects.get(pk=1).name');
    expect(next.result).toMatchObject({ kind: 'json' });
    expect(next.result?.kind === 'json' && next.result.value).not.toBe('Renamed');
  });

  it('caps the rows it returns but counts them all', () => {
    const r = engine.sql('SELECT id FROM bookstore_book ORDER BY id', 10);
    expect(r.rows).toHaveLength(10);
    expect(r).toMatchObject({ rowCount: 20000, truncated: true });
  });

  it('reports an error with its SQLSTATE and leaves the database usable', () => {
    const bad = engine.sql('BEGIN; SELECT * FROM no_such_table;');
    expect(bad).toMatchObject({ ok: false, error: { sqlstate: '42P01' } });
    expect(bad.error?.message).toContain('no_such_table');
    expect(engine.sql('SELECT 1 AS one')).toMatchObject({ ok: true, rows: [['1']] });
  });
});
