// A migration-aware driver adapter for the schema engine: PGlite in the embedded data
// directory, or PostgreSQL when DATABASE_URL is set (the same switch the app uses).
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { parse } from 'pg-connection-string';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { serverEnv } from '../../lib/server/env';
import { embeddedDataDir } from '../../lib/server/db/locations';
import { lockDataDir } from '../../lib/server/db/data-dir-lock';

export interface MigrationTarget {
  label: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

// The schema describer reads pg_catalog columns of PostgreSQL's internal "char" type (OID 18),
// which adapter-pg cannot map. pg returns them as strings, so call them text (OID 25).
// Migration tooling only; the app never reads these columns.
function relabelCharColumnsAsText(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; __charPatched?: boolean };
  if (proto.__charPatched) return;
  const original = proto.query;
  type Result = { fields?: { dataTypeID: number }[] } | undefined;
  const fix = (res: Result) => {
    for (const field of res?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return res;
  };
  proto.query = function patched(this: unknown, ...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: Result) => (last as (e: unknown, r: Result) => void)(err, fix(res));
    }
    const out = original.apply(this, args);
    return out instanceof Promise ? out.then(fix) : out;
  };
  proto.__charPatched = true;
}

function postgresTarget(url: string): MigrationTarget {
  relabelCharColumnsAsText();
  // Discrete fields, not a connectionString: adapter-pg builds the shadow pool as
  // { ...config, database: shadow }, and a connectionString would silently win over `database`.
  const c = parse(url);
  const config: pg.PoolConfig = {
    host: c.host ?? undefined,
    port: c.port ? Number(c.port) : undefined,
    user: c.user,
    password: c.password,
    database: c.database ?? undefined,
    ssl: c.ssl as pg.PoolConfig['ssl'],
    max: 2,
  };
  const base = new PrismaPg(config);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    // adapter-pg drops the shadow database before closing its pool ("being accessed by other
    // users"), so create and drop it here, in the right order.
    async connectToShadowDb() {
      const admin = await base.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll('-', '')}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name, max: 1 }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
  return { label: `postgres ${c.host ?? ''}:${c.port ?? 5432}/${c.database ?? ''}`, factory, close: async () => {} };
}

async function embeddedTarget(dir: string): Promise<MigrationTarget> {
  const release = lockDataDir(dir);
  const db = await PGlite.create(dir);
  return {
    label: `embedded ${dir}`,
    factory: new PrismaPGlite(db),
    async close() {
      await db.close();
      release();
    },
  };
}

export async function openMigrationTarget(): Promise<MigrationTarget> {
  const env = serverEnv();
  return env.DATABASE_URL ? postgresTarget(env.DATABASE_URL) : embeddedTarget(embeddedDataDir(env));
}
