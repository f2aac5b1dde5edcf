// Completion for the learner's ORM code, from the lesson's models (describe()): model names,
// `.objects`, QuerySet methods, and field lookups step by step (`author__` -> Author's fields,
// `name__` -> lookups such as `icontains`), in keyword arguments of filter()/exclude()/get()
// and in the strings of select_related()/order_by()/values()/... Pure: text in, items out.
import type { FieldInfo, ModelInfo } from '@/lib/runtime/protocol';

export type SuggestionKind = 'model' | 'manager' | 'method' | 'field' | 'relation' | 'lookup' | 'name';

export interface Suggestion {
  label: string;
  kind: SuggestionKind;
  detail: string;
  insertText: string;
  /** Open the list again after inserting (a relation continues with `__`). */
  retrigger?: boolean;
}

export interface Completion {
  /** The partial word the suggestions replace. */
  prefix: string;
  items: Suggestion[];
}

const KWARG_CALLS = new Set(['filter', 'exclude', 'get', 'get_or_create', 'update_or_create', 'Q', 'aggregate', 'annotate', 'update', 'create']);
const LOOKUP_KWARG_CALLS = new Set(['filter', 'exclude', 'get', 'get_or_create', 'update_or_create', 'Q']);
const PATH_STRING_CALLS = new Set(['select_related', 'prefetch_related', 'order_by', 'values', 'values_list', 'only', 'defer', 'F', 'Count', 'Sum', 'Avg', 'Min', 'Max', 'Prefetch', 'distinct']);

const QUERYSET_METHODS: [string, string][] = [
  ['all', 'every row'], ['filter', 'rows matching lookups'], ['exclude', 'rows not matching'], ['get', 'exactly one object'],
  ['select_related', 'JOIN forward foreign keys / one-to-one'], ['prefetch_related', 'one extra query per reverse / many-to-many relation'],
  ['annotate', 'add computed columns'], ['aggregate', 'reduce to a dict'], ['values', 'dicts instead of objects'], ['values_list', 'tuples instead of objects'],
  ['order_by', 'sort'], ['distinct', 'DISTINCT'], ['only', 'load only these columns'], ['defer', 'skip these columns'],
  ['count', 'SELECT COUNT(*)'], ['exists', 'SELECT 1 ... LIMIT 1'], ['first', 'first by ordering'], ['last', 'last by ordering'],
  ['in_bulk', 'dict by primary key'], ['iterator', 'stream rows'], ['create', 'INSERT one object'], ['bulk_create', 'INSERT many objects'],
  ['update', 'UPDATE matching rows'], ['delete', 'DELETE matching rows'], ['get_or_create', 'get, or INSERT'], ['update_or_create', 'UPDATE, or INSERT'],
  ['bulk_update', 'UPDATE many objects'], ['union', 'UNION'], ['intersection', 'INTERSECT'], ['difference', 'EXCEPT'], ['select_for_update', 'FOR UPDATE'],
  ['explain', 'the plan, as text'], ['reverse', 'reverse the ordering'], ['none', 'no rows, no query'], ['latest', 'latest by a field'], ['earliest', 'earliest by a field'],
  ['alias', 'named expression (not selected)'], ['using', 'another database'], ['raw', 'raw SQL to model instances'],
];

const TEXT_TYPES = new Set(['CharField', 'TextField', 'EmailField', 'SlugField', 'URLField', 'UUIDField', 'GenericIPAddressField']);
const DATE_TYPES = new Set(['DateField', 'DateTimeField']);
const TIME_PARTS = ['hour', 'minute', 'second'];
const DATE_PARTS = ['year', 'iso_year', 'month', 'day', 'week', 'week_day', 'iso_week_day', 'quarter'];
const COMMON_LOOKUPS = ['exact', 'in', 'isnull', 'gt', 'gte', 'lt', 'lte', 'range'];
const TEXT_LOOKUPS = ['iexact', 'contains', 'icontains', 'startswith', 'istartswith', 'endswith', 'iendswith', 'regex', 'iregex'];
const NAMES = ['Q', 'F', 'Count', 'Sum', 'Avg', 'Min', 'Max', 'Prefetch', 'Exists', 'OuterRef', 'Subquery', 'Value', 'Case', 'When', 'transaction', 'connection', 'result', 'print'];

/** Lookups and transforms that may follow a (non-relation) field. */
export function lookupsFor(field: FieldInfo | null): string[] {
  if (!field) return [...COMMON_LOOKUPS];
  const out = [...COMMON_LOOKUPS];
  if (TEXT_TYPES.has(field.type)) out.push(...TEXT_LOOKUPS);
  if (DATE_TYPES.has(field.type)) out.push(...DATE_PARTS, ...(field.type === 'DateTimeField' ? ['date', 'time', ...TIME_PARTS] : []));
  if (field.type === 'TimeField') out.push(...TIME_PARTS);
  if (field.type === 'JSONField') out.push('contains', 'contained_by', 'has_key', 'has_keys', 'has_any_keys');
  return out;
}

/** Where a lookup path (`author__name`) ends: on a model (after a relation) or on a field. */
type PathEnd = { model: ModelInfo; field: null } | { model: ModelInfo; field: FieldInfo } | { transform: true };

function walk(models: ModelInfo[], start: ModelInfo, parts: string[]): PathEnd | null {
  let end: PathEnd = { model: start, field: null };
  for (const part of parts) {
    if ('transform' in end) return end; // after a date part (`published__year__`) only lookups follow
    if (end.field) {
      if (DATE_PARTS.includes(part) || TIME_PARTS.includes(part) || part === 'date') end = { transform: true };
      else return null;
      continue;
    }
    const field: FieldInfo | undefined = end.model.fields.find((f) => f.name === part) ?? (part === 'pk' ? end.model.fields.find((f) => f.primaryKey) : undefined);
    if (!field) return null;
    if (field.relation) {
      const target: string = field.relation.model;
      const next: ModelInfo | undefined = models.find((m): boolean => m.name === target);
      if (!next) return null;
      end = { model: next, field: null };
    } else {
      end = { model: end.model, field };
    }
  }
  return end;
}

function fieldItems(model: ModelInfo): Suggestion[] {
  return model.fields.map(
    (f): Suggestion =>
      f.relation
        ? { label: f.name, kind: 'relation', detail: `${relationWord(f.relation.kind)} → ${f.relation.model}`, insertText: `${f.name}__`, retrigger: true }
        : { label: f.name, kind: 'field', detail: `${f.type}${f.nullable ? ' (null)' : ''} · ${model.name}`, insertText: f.name },
  );
}

function relationWord(kind: string): string {
  return { fk: 'ForeignKey', o2o: 'OneToOne', m2m: 'ManyToMany', 'reverse-fk': 'reverse FK', 'reverse-o2o': 'reverse one-to-one', 'reverse-m2m': 'reverse M2M' }[kind] ?? kind;
}

/** Items for a partial lookup path typed from `start`. */
export function completePath(models: ModelInfo[], start: ModelInfo, typed: string, withLookups: boolean): Completion {
  const parts = typed.split('__');
  const prefix = parts.pop() ?? '';
  const end = walk(models, start, parts);
  if (!end) return { prefix, items: [] };
  const lookups = (field: FieldInfo | null): Suggestion[] =>
    withLookups ? lookupsFor(field).map((l) => ({ label: l, kind: 'lookup', detail: 'lookup', insertText: l })) : [];
  if ('transform' in end) return { prefix, items: lookups(null).filter((s) => s.label !== 'isnull') };
  if (end.field) {
    if (!withLookups && !DATE_TYPES.has(end.field.type)) return { prefix, items: [] };
    return { prefix, items: lookups(end.field) };
  }
  // On a model: its fields, and (after a relation) the relation's own lookups (`author__in`).
  return { prefix, items: [...fieldItems(end.model), ...(parts.length ? lookups(null) : [])] };
}

/** The model the current QuerySet chain starts from: the last `Model.objects` before the cursor. */
export function chainModel(text: string, models: ModelInfo[]): ModelInfo | null {
  const statement = text.slice(Math.max(0, text.lastIndexOf('\n\n')));
  const matches = [...statement.matchAll(/\b([A-Z]\w*)\.objects\b/g), ...(statement === text ? [] : [...text.matchAll(/\b([A-Z]\w*)\.objects\b/g)])];
  for (const match of matches.reverse()) {
    const model = models.find((m) => m.name === match[1]);
    if (model) return model;
  }
  return null;
}

/** The innermost call still open at the end of `text`: its name and what was typed inside. */
function openCall(text: string): { name: string; inside: string } | null {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const c = text[i];
    if (c === ')' || c === ']') depth += 1;
    else if (c === '(' || c === '[') {
      if (depth === 0) {
        if (c === '[') return null;
        const name = /(\w+)\s*$/.exec(text.slice(0, i))?.[1];
        return name ? { name, inside: text.slice(i + 1) } : null;
      }
      depth -= 1;
    } else if (c === '\n' && depth === 0 && !/[(,\\]\s*$/.test(text.slice(0, i))) {
      return null;
    }
  }
  return null;
}

export function completePython(text: string, models: ModelInfo[]): Completion {
  const line = text.slice(text.lastIndexOf('\n') + 1);
  // Inside a string argument: select_related("author__…"), order_by("-price"), ...
  const inString = /(["'])(-?)([\w]*)$/.exec(line);
  if (inString && (line.split(inString[1]).length - 1) % 2 === 1) {
    const call = openCall(text.slice(0, text.length - inString[0].length));
    const start = chainModel(text, models);
    if (call && start && PATH_STRING_CALLS.has(call.name)) {
      const completion = completePath(models, start, inString[3], false);
      // select_related follows forward relations only; listing every field would only mislead.
      if (call.name === 'select_related') completion.items = completion.items.filter((s) => s.kind === 'relation');
      return completion;
    }
    return { prefix: '', items: [] };
  }
  // Keyword argument: filter(author__name__ic…
  const kwarg = /(?:^|[(,]\s*)([A-Za-z_]\w*)$/.exec(line.length ? line : text);
  const call = openCall(text.slice(0, text.length - (kwarg?.[1].length ?? 0)));
  if (kwarg && call && KWARG_CALLS.has(call.name) && /(?:^|[(,])\s*$/.test(call.inside.slice(0, call.inside.length - kwarg[1].length))) {
    const start = chainModel(text, models);
    if (start) return completePath(models, start, kwarg[1], LOOKUP_KWARG_CALLS.has(call.name));
  }
  // Model.obj…
  const attr = /\b([A-Z]\w*)\.(\w*)$/.exec(line);
  if (attr && models.some((m) => m.name === attr[1])) {
    return { prefix: attr[2], items: [{ label: 'objects', kind: 'manager', detail: `${attr[1]}'s manager`, insertText: 'objects' }] };
  }
  // A QuerySet chain: .objects.fil…, ).order…
  const method = /(?:\.objects|\))\s*\.(\w*)$/.exec(line) ?? /^\s*\.(\w*)$/.exec(line);
  if (method) {
    return { prefix: method[1], items: QUERYSET_METHODS.map(([name, detail]) => ({ label: name, kind: 'method', detail, insertText: name })) };
  }
  // A name: models and the names every snippet sees.
  const word = /(?:^|[^\w.])([A-Za-z_]\w*)$/.exec(line);
  if (word) {
    return {
      prefix: word[1],
      items: [
        ...models.map((m): Suggestion => ({ label: m.name, kind: 'model', detail: `model · ${m.table}`, insertText: m.name })),
        ...NAMES.map((n): Suggestion => ({ label: n, kind: 'name', detail: 'in scope', insertText: n })),
      ],
    };
  }
  return { prefix: '', items: [] };
}
