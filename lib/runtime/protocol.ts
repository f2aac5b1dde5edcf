// The lab's typed contract: what a run returns, and the messages between the UI's client and the
// lab worker. Shared by the engine (Node and browser), the worker shells and the client.
import type { BootSteps } from './boot-steps';

/** One statement Django executed, as `CaptureQueriesContext` counts them. */
export interface QueryRecord {
  /** The final text PostgreSQL received (parameters interpolated as psycopg2 does). */
  sql: string;
  /** Django's SQL template with %s placeholders. */
  rawSql: string;
  params: unknown[] | Record<string, unknown> | null;
  durationMs: number;
  /** Rows returned (SELECT) or affected (INSERT/UPDATE/DELETE); -1 when not applicable. */
  rowCount: number;
  /** Line of learner code that caused it, or null (e.g. Django's own bookkeeping). */
  line: number | null;
  /** Database alias (`default`, or another alias in multi-database lessons). */
  database: string;
  /** Whether it ran inside a transaction (atomic block or autocommit off). */
  inTransaction: boolean;
  many: boolean;
  /** SQLSTATE (or exception name) when the statement failed. */
  error: string | null;
}

export type ResultValue =
  | { kind: 'table'; columns: string[]; rows: unknown[][]; rowCount: number; truncated: boolean }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'none' };

export interface RunError {
  /** Python exception class, e.g. `IntegrityError`, `SyntaxError`, `TimeoutError`. */
  type: string;
  message: string;
  /** Learner line where it happened, if it happened in learner code. */
  line: number | null;
  /** Traceback trimmed to learner frames. */
  traceback: string;
  /** SQLSTATE for database errors (e.g. `23505`). */
  sqlstate: string | null;
}

/** A call in the learner's code, read from its Python AST (for `calls` checks). */
export interface CallSite {
  /** The called name: `select_related` for `qs.select_related(...)`, `print` for `print(...)`. */
  name: string;
  line: number;
}

export interface RunResult {
  ok: boolean;
  result: ResultValue | null;
  stdout: string;
  queries: QueryRecord[];
  /** Equals what Django's `assertNumQueries` would count. */
  queryCount: number;
  error: RunError | null;
  durationMs: number;
  /** Every call in the learner's code (empty when it did not parse). */
  calls: CallSite[];
}

export interface RunOptions {
  /** Start from the pristine dataset first (the default for learner runs). */
  reset?: boolean;
  /** Rows kept in a table result (the row count is always exact). */
  maxRows?: number;
  /** Characters of stdout kept. */
  maxOutput?: number;
}

/** A statement the learner typed into the SQL editor, run as-is on the lab's database. */
export interface SqlResult {
  ok: boolean;
  columns: string[];
  /** Values as PostgreSQL's text output (null for NULL), at most `maxRows` of them. */
  rows: (string | null)[][];
  rowCount: number;
  truncated: boolean;
  durationMs: number;
  error: { sqlstate: string; message: string; detail: string | null } | null;
}

/** How a field relates to another model (null for plain columns). */
export interface RelationInfo {
  /** fk / o2o / m2m are declared on this model; reverse-* are the other side's accessors. */
  kind: 'fk' | 'o2o' | 'm2m' | 'reverse-fk' | 'reverse-o2o' | 'reverse-m2m';
  /** Related model's class name. */
  model: string;
  /** Related model's table. */
  table: string;
  /** For m2m and reverse-m2m: the join table. */
  through: string | null;
}

export interface FieldInfo {
  /** Attribute / lookup name (`author`, `published`, reverse accessors like `book` or `books`). */
  name: string;
  /** Database column (`author_id`), null for reverse relations and m2m. */
  column: string | null;
  /** Django's internal type (`CharField`, `ForeignKey`, ...), or the relation kind for reverse ones. */
  type: string;
  primaryKey: boolean;
  nullable: boolean;
  relation: RelationInfo | null;
}

/** One model of the lesson's app, for completion and for naming relations in N+1 warnings. */
export interface ModelInfo {
  app: string;
  name: string;
  table: string;
  fields: FieldInfo[];
}

/** One node of `EXPLAIN (FORMAT JSON)` output, as PostgreSQL emits it. */
export type ExplainPlan = Record<string, unknown>;

export interface ExplainOptions {
  analyze?: boolean;
  buffers?: boolean;
  database?: string;
}

export type BootPhase = 'download' | 'python' | 'postgres' | 'dataset' | 'django' | 'ready';

export interface BootProgress {
  phase: BootPhase;
  /** Bytes downloaded so far and expected, during `download`. */
  loaded?: number;
  total?: number;
}

// ---- worker messages ---------------------------------------------------------------------

/**
 * A Django app the learner writes, next to the dataset's app: schema lessons let learners edit
 * its models.py and run makemigrations / migrate. Django cannot reload models, so a different
 * models.py means a fresh lab (LabClient restarts its worker when `run` is given new models).
 */
export interface WorkApp {
  /** App label and folder name, e.g. `library`; the dataset's own label means the dataset's app
   *  with this models.py instead of its own (its shipped migrations stay). */
  label: string;
  /** The app's models.py. */
  models: string;
  /** Make and apply its migrations at boot, so runs start with its tables (default false:
   *  the learner runs makemigrations / migrate). */
  migrate?: boolean;
}

export interface WorkerInit {
  /** Base URL (browser) or folder (Node) of the built runtime assets. */
  runtimeBase: string;
  dataset: string;
  workApp?: WorkApp;
}

export type ClientRequest =
  | { id: number; type: 'init'; init: WorkerInit }
  | { id: number; type: 'run'; code: string; options?: RunOptions }
  | { id: number; type: 'explain'; sql: string; options?: ExplainOptions }
  | { id: number; type: 'reset' }
  | { id: number; type: 'describe' }
  | { id: number; type: 'sql'; sql: string; maxRows?: number };

export type WorkerResponse =
  | { type: 'progress'; progress: BootProgress }
  | { id: number; type: 'ready'; bootMs: number; bootSteps: BootSteps }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };
