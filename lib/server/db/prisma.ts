import 'server-only';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { serverEnv } from '../env';
import { openDatabase, type OpenDatabase } from './open-database';

interface Handle {
  prisma: PrismaClient;
  kind: OpenDatabase['kind'];
}

// One client (and in embedded mode one PGlite) per process. Kept on globalThis because
// `next dev` re-evaluates modules on every edit and must not open the directory again.
const holder = globalThis as unknown as { __ormlabDb?: Promise<Handle> };

async function connect(): Promise<Handle> {
  const db = await openDatabase(serverEnv());
  const prisma = new PrismaClient({ adapter: db.adapter });
  return { prisma, kind: db.kind };
}

function handle(): Promise<Handle> {
  holder.__ormlabDb ??= connect().catch((error: unknown) => {
    // Forget the failure so the next request tries again (PostgreSQL may come back).
    holder.__ormlabDb = undefined;
    throw error;
  });
  return holder.__ormlabDb;
}

/** The process-wide Prisma client; the database is opened (and migrated) on first use. */
export async function getPrisma(): Promise<PrismaClient> {
  return (await handle()).prisma;
}

export async function databaseKind(): Promise<OpenDatabase['kind']> {
  return (await handle()).kind;
}
