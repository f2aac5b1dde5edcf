// From "a query on table T filtered by column C" to the Django relation that lazily loaded it,
// using the models engine.describe() reports. Several relations can write the same SQL (three
// models point at Book); the caller picks among the candidates by the query that came before.
import type { FieldInfo, ModelInfo } from '../runtime/protocol';
import type { ColumnRef } from './statement';

export interface RelationCandidate {
  /** The model whose instances the loop walks (the one declaring or owning the accessor). */
  owner: ModelInfo;
  /** The accessor on `owner`: `author`, `books`, `tags`. */
  field: FieldInfo;
}

export type KeyLookup =
  /** The column is not a key: not the shape of a relation load. */
  | { kind: 'not-a-key' }
  /** A key column, but no model describes the table (no models given, or a table outside them). */
  | { kind: 'unknown-table'; primaryKey: boolean }
  | { kind: 'relation'; primaryKey: boolean; candidates: RelationCandidate[] };

const FORWARD = new Set(['fk', 'o2o']);
const MANY = new Set(['m2m', 'reverse-m2m']);

function byTable(models: ModelInfo[], table: string): ModelInfo | undefined {
  return models.find((m) => m.table === table);
}

function fieldsWhere(models: ModelInfo[], test: (f: FieldInfo, m: ModelInfo) => boolean): RelationCandidate[] {
  return models.flatMap((owner) => owner.fields.filter((f) => test(f, owner)).map((field) => ({ owner, field })));
}

/**
 * Which relations load rows of `from` filtered by `key`:
 * - a pk lookup on T: every fk/o2o pointing at T (forward access, `book.author`);
 * - an fk column of T pointing at P: P's reverse accessor for it (`author.books`), or, when T is
 *   the through table of one of P's m2m fields, that m2m (`store.books.count()` counts rows of
 *   the through table directly);
 * - a column of a joined through table: the m2m whose far side is T (`book.tags.all()`).
 */
export function relationsFor(models: ModelInfo[], from: string, joins: string[], key: ColumnRef): KeyLookup {
  const table = key.table ?? from;
  // Without a model for the table, go by Django's column names: `id` and `<field>_id`.
  const unknown: KeyLookup = /^id$|_id$/.test(key.column) ? { kind: 'unknown-table', primaryKey: key.column === 'id' } : { kind: 'not-a-key' };
  if (table !== from && joins.includes(table)) {
    const candidates = fieldsWhere(models, (f) => !!f.relation && MANY.has(f.relation.kind) && f.relation.through === table && f.relation.table === from);
    return candidates.length ? { kind: 'relation', primaryKey: false, candidates } : unknown;
  }
  if (table !== from) return { kind: 'not-a-key' };
  const model = byTable(models, from);
  if (!model) return unknown;
  const column = model.fields.find((f) => f.column === key.column);
  if (!column) return { kind: 'not-a-key' };
  if (column.primaryKey) {
    const candidates = fieldsWhere(models, (f) => !!f.relation && FORWARD.has(f.relation.kind) && f.relation.table === from);
    return { kind: 'relation', primaryKey: true, candidates };
  }
  if (!column.relation || !FORWARD.has(column.relation.kind)) return { kind: 'not-a-key' };
  const parentTable = column.relation.table;
  const throughM2m = fieldsWhere(models, (f, m) => m.table === parentTable && f.relation?.kind === 'm2m' && f.relation.through === from);
  if (throughM2m.length) return { kind: 'relation', primaryKey: false, candidates: throughM2m };
  const reverse = column.relation.kind === 'o2o' ? 'reverse-o2o' : 'reverse-fk';
  const candidates = fieldsWhere(models, (f, m) => m.table === parentTable && f.relation?.kind === reverse && f.relation.table === from);
  return { kind: 'relation', primaryKey: false, candidates };
}

/** select_related path from `start` to `target` over forward fk/o2o fields (breadth first, up to
 *  three hops): `["book"]` from Review to Book. Null when there is none. */
export function forwardPath(models: ModelInfo[], start: ModelInfo, target: ModelInfo): string[] | null {
  const queue: { model: ModelInfo; path: string[] }[] = [{ model: start, path: [] }];
  const seen = new Set([start.table]);
  while (queue.length) {
    const { model, path } = queue.shift()!;
    if (model.table === target.table) return path;
    if (path.length >= 3) continue;
    for (const f of model.fields) {
      if (!f.relation || !FORWARD.has(f.relation.kind) || seen.has(f.relation.table)) continue;
      const next = byTable(models, f.relation.table);
      if (!next) continue;
      seen.add(next.table);
      queue.push({ model: next, path: [...path, f.name] });
    }
  }
  return null;
}

export { byTable as modelForTable };
