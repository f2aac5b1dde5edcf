import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

// YAML frontmatter, validated by a zod schema, with errors that name the file and the line:
// "lessons/01-foundations/02-lazy/index.mdx:7: checks[1].max: expected a number".

export interface Problem {
  /** Path as given to the loader (relative to the repository when it can be). */
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

export interface SplitSource {
  /** The YAML between the --- fences, or null when there is none. */
  yaml: string | null;
  /** 1-based line of the first YAML line in the file. */
  yamlLine: number;
  /** The MDX after the frontmatter, with the frontmatter lines blanked (line numbers still match). */
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitSource {
  const match = FENCE.exec(source);
  if (!match) return { yaml: null, yamlLine: 1, body: source };
  const lines = match[0].split('\n').length - 1;
  return { yaml: match[1], yamlLine: 2, body: '\n'.repeat(lines) + source.slice(match[0].length) };
}

export type Parsed<T> = { ok: true; data: T; raw: Record<string, unknown> } | { ok: false; raw: Record<string, unknown> | null; problems: Problem[] };

/** Parses and validates the frontmatter of `source` (the text of `file`). */
export function parseFrontmatter<S extends z.ZodType>(source: string, file: string, schema: S): Parsed<z.output<S>> {
  const { yaml, yamlLine } = splitFrontmatter(source);
  if (yaml === null) {
    return { ok: false, raw: null, problems: [{ file, line: 1, message: 'no frontmatter: the file must start with a --- block' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + yamlLine - 1;
  if (doc.errors.length) {
    const problems = doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` }));
    return { ok: false, raw: null, problems };
  }
  const value: unknown = doc.toJS() ?? {};
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    return { ok: false, raw: null, problems: [{ file, line: yamlLine, message: 'frontmatter must be a set of `key: value` lines' }] };
  }
  const raw = value as Record<string, unknown>;
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data, raw };
  const problems = result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    return keys.map((key) => {
      const path = key === null ? issue.path : [...issue.path, key];
      const offset = offsetOf(doc, path.map((p) => (typeof p === 'symbol' ? String(p) : p)), key !== null);
      const where = formatPath(issue.path);
      const message = key === null ? issue.message : `unknown key "${key}"${suggest(String(key), schema)}`;
      return { file, line: offset === null ? yamlLine : lineAt(offset), message: where ? `${where}: ${message}` : message };
    });
  });
  return { ok: false, raw, problems };
}

/** Offset of the YAML node at `path`, or of its nearest existing ancestor. */
function offsetOf(doc: Document, path: (string | number)[], wantKey: boolean): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    if (wantKey && depth === path.length) {
      const parent = depth > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[path.length - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
      }
      continue;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return null;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** " (did you mean "summary"?)" for a misspelt top-level key. */
function suggest(key: string, schema: z.ZodType): string {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return '';
  const near = Object.keys(shape).find((k) => distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return near ? ` (did you mean "${near}"?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
