// The PostgreSQL side of the lab: one PGlite instance per database name, and the synchronous
// bridge Python's driver calls (python/psycopg2/_wire.py).
//
// PGlite is one backend session bound to one database, so `connect(dbname=X)` for another
// database needs another instance. Creating one is asynchronous but Python calls `connect()`
// synchronously, so blank instances are prepared ahead (`prepareSpares`) and bound on demand to
// any name that exists in the main instance's pg_database (created with CREATE DATABASE, as
// Django's test runner does). A name that does not exist fails as on a real server.
import type { PGlite } from '@electric-sql/pglite';
import { queryMessage, readReply } from './pg-wire';

export const MAIN_DATABASE = 'postgres';

/** shared_buffers of a dataset snapshot (see `dump`). */
const SNAPSHOT_SHARED_BUFFERS = '32MB';
/** PostgreSQL's WAL page size (XLOG_BLCKSZ). */
const WAL_PAGE_BYTES = 8192;

export type CreateInstance = (dataDir: Blob | null) => Promise<PGlite>;

/** Statements that cannot change data, schema or session state (see `noteStatement`). */
const READ_ONLY = /^\s*(SELECT|SHOW|BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE|FETCH|CLOSE|DECLARE|EXPLAIN(?![^;]*\bANALYZE\b)|SET TIME ZONE 'UTC')\b/i;
const WRITES_IN_DISGUISE = /\b(nextval|setval|set_config|pg_advisory|lo_\w+|dblink)\s*\(|\bFOR\s+(UPDATE|SHARE|NO KEY UPDATE|KEY SHARE)\b|\bINTO\b/i;

export class DatabaseSet {
  #create: CreateInstance;
  #snapshot: Blob | null;
  #instances = new Map<string, PGlite>();
  #spares: PGlite[] = [];
  #pristine: PGlite | null = null;
  /** Names bound to a blank instance without a pg_database row (`declare`). */
  #declared = new Set<string>();
  #preparingPristine: Promise<void> | null = null;
  /** Whether the main database may differ from the snapshot (see `noteStatement`). */
  dirty = false;
  statements = 0;

  constructor(create: CreateInstance, snapshot: Blob | null) {
    this.#create = create;
    this.#snapshot = snapshot;
  }

  async start(): Promise<void> {
    this.#instances.set(MAIN_DATABASE, await this.#create(this.#snapshot));
  }

  get main(): PGlite {
    const pg = this.#instances.get(MAIN_DATABASE);
    if (!pg) throw new Error('the lab database is not started');
    return pg;
  }

  /** Blank instances for databases created later (test databases, extra aliases). */
  async prepareSpares(count: number): Promise<void> {
    while (this.#spares.length < count) this.#spares.push(await this.#create(null));
  }

  /**
   * Let `connect(dbname=name)` bind a blank instance although the main instance has no such
   * database: extra aliases of a dataset lab, whose snapshot has no template to create one from.
   */
  declare(name: string): void {
    this.#declared.add(name);
  }

  /** The module Python imports as `_ormlab_bridge`. Must stay one stable object. */
  readonly bridge = {
    open: (name: string): boolean => this.#open(name),
    exec: (name: string, sql: string): Uint8Array => {
      const pg = this.#instances.get(name);
      if (!pg) throw new Error(`database "${name}" is not open`);
      this.statements++;
      if (name === MAIN_DATABASE) this.noteStatement(sql);
      return pg.execProtocolRawSync(queryMessage(sql));
    },
  };

  /** Conservative: anything that is not plainly read-only marks the main database dirty. */
  noteStatement(sql: string): void {
    if (!this.dirty && (!READ_ONLY.test(sql) || WRITES_IN_DISGUISE.test(sql))) this.dirty = true;
  }

  #open(name: string): boolean {
    const bound = this.#instances.get(name);
    if (name === MAIN_DATABASE) return true;
    if (this.#declared.has(name)) return bound ? true : this.#bindSpare(name);
    if (bound && this.#existsInMain(name)) return true;
    if (bound) { // dropped since: forget it, as the server would
      this.#instances.delete(name);
      void bound.close();
    }
    if (!this.#existsInMain(name)) return false;
    return this.#bindSpare(name);
  }

  #bindSpare(name: string): boolean {
    const spare = this.#spares.pop();
    if (!spare) throw new Error(`no blank PostgreSQL instance ready for database "${name}" (prepareSpares)`);
    this.#instances.set(name, spare);
    return true;
  }

  #existsInMain(name: string): boolean {
    const literal = `'${name.replace(/'/g, "''")}'`;
    const reply = readReply(this.main.execProtocolRawSync(queryMessage(`SELECT 1 FROM pg_database WHERE datname = ${literal}`)));
    return reply.rows.length > 0;
  }

  /** Build the next pristine main instance now, so a later `reset()` is a swap. */
  preparePristine(): Promise<void> {
    if (this.#pristine || !this.#snapshot) return Promise.resolve();
    this.#preparingPristine ??= this.#create(this.#snapshot).then((pg) => {
      this.#pristine = pg;
      this.#preparingPristine = null;
    });
    return this.#preparingPristine;
  }

  /**
   * Back to the snapshot. Nothing to do when no statement could have changed anything;
   * otherwise swap in the pristine instance (built now if `preparePristine` was not awaited).
   * Databases other than the main one are dropped. Returns whether anything was replaced.
   */
  async reset(): Promise<boolean> {
    const extra = [...this.#instances.keys()].filter((n) => n !== MAIN_DATABASE);
    if (!this.dirty && extra.length === 0) return false;
    for (const name of extra) {
      void this.#instances.get(name)!.close();
      this.#instances.delete(name);
    }
    if (this.dirty) {
      if (!this.#snapshot) throw new Error('this lab has no snapshot to reset to');
      await this.preparePristine();
      const old = this.main;
      this.#instances.set(MAIN_DATABASE, this.#pristine!);
      this.#pristine = null;
      this.dirty = false;
      void old.close();
    }
    return true;
  }

  /**
   * Make the main database as it is now the state resets return to (a lab whose work app was
   * migrated at boot: its tables belong to every run's starting point).
   */
  async rebase(): Promise<void> {
    await this.#preparingPristine?.catch(() => undefined);
    if (this.#pristine) void this.#pristine.close();
    this.#pristine = null;
    this.#preparingPristine = null;
    await this.main.exec('CHECKPOINT');
    this.#snapshot = await this.main.dumpDataDir('none');
    this.dirty = false;
  }

  async dump(): Promise<Blob> {
    // VACUUM sets the visibility map (without it the planner avoids index-only scans, which
    // lessons about covering indexes need) and ANALYZE gives the planner real statistics.
    await this.main.exec('VACUUM (ANALYZE)');
    // A snapshot is one database. The template databases are 15 MB of catalogs nobody connects
    // to, loaded into memory at every start; extra aliases are declared, not created from them.
    for (const template of ['template0', 'template1']) {
      await this.main.exec(`ALTER DATABASE ${template} IS_TEMPLATE false`);
      await this.main.exec(`DROP DATABASE ${template}`); // alone: DROP DATABASE refuses a transaction
    }
    // PostgreSQL's default 128 MB of shared buffers is sized for a server, not for a tab that
    // holds two instances (the lab's and the pristine copy for the next reset); the largest
    // table of a course dataset fits in 32 MB many times over. Travels in the data directory
    // (postgresql.auto.conf), so every start from the snapshot uses it and SHOW tells the truth.
    await this.main.exec(`ALTER SYSTEM SET shared_buffers = '${SNAPSHOT_SHARED_BUFFERS}'`);
    // A checkpoint, so a PGlite started from the dump has no WAL to replay: it halves
    // start-up from the snapshot (measured 10.0 s -> 4.7 s for the bookstore on a loaded machine).
    await this.main.exec('CHECKPOINT');
    await this.#trimWal();
    // Plain tar: the site serves it brotli-compressed (smaller than gzip, decoded by the
    // browser's network stack), and Node reads it with nothing to decompress.
    return this.main.dumpDataDir('none');
  }

  /**
   * After a checkpoint PostgreSQL needs only the WAL segment holding the checkpoint's redo
   * point, and of that only the part written so far. The other segments are spent or
   * pre-allocated for reuse (7 x 16 MB for the bookstore), and the unwritten tail of the current
   * one is zeros that a start-up would copy into memory for nothing. Start-up reads WAL until it
   * finds no valid record, so a segment cut at the page holding the insert position ends there;
   * the server extends the file when it writes on. Within that segment, the pages before the
   * one holding the redo point are spent too: they are zeroed (1.7 MB of records that were 0.13 MB
   * of the brotli'd dump), all but the first, whose long header start-up checks whenever it
   * opens a segment. Done to the live instance just before it is dumped: a running server never
   * reads back its own WAL here.
   */
  async #trimWal(): Promise<void> {
    const { rows } = await this.main.query<{ redo: string; redoOffset: number; current: string; offset: number }>(
      'SELECT c.redo_wal_file AS redo, r.file_offset AS "redoOffset", w.file_name AS current, w.file_offset AS offset ' +
        'FROM pg_control_checkpoint() AS c, pg_walfile_name_offset(c.redo_lsn) AS r, ' +
        'pg_walfile_name_offset(pg_current_wal_insert_lsn()) AS w',
    );
    const { redo: redoFile, redoOffset, current: currentFile, offset } = rows[0];
    const fs = this.main.Module.FS;
    const walDir = `${this.main.dataDir ?? '/pglite/data'}/pg_wal`;
    for (const name of fs.readdir(walDir) as string[]) {
      if (/^[0-9A-F]{24}$/.test(name) && name !== redoFile && name !== currentFile) fs.unlink(`${walDir}/${name}`);
    }
    if (redoFile === currentFile) {
      fs.truncate(`${walDir}/${currentFile}`, Math.ceil(Number(offset) / WAL_PAGE_BYTES) * WAL_PAGE_BYTES);
    }
    const spent = Math.floor(Number(redoOffset) / WAL_PAGE_BYTES) * WAL_PAGE_BYTES - WAL_PAGE_BYTES;
    if (spent > 0) {
      const stream = fs.open(`${walDir}/${redoFile}`, 'r+');
      fs.write(stream, new Uint8Array(spent), 0, spent, WAL_PAGE_BYTES);
      fs.close(stream);
    }
  }


  async close(): Promise<void> {
    await this.#preparingPristine?.catch(() => undefined);
    const all = [...this.#instances.values(), ...this.#spares, ...(this.#pristine ? [this.#pristine] : [])];
    this.#instances.clear();
    this.#spares = [];
    this.#pristine = null;
    await Promise.all(all.map((pg) => pg.close().catch(() => undefined)));
  }
}
