// Configuration for the Prisma CLI only (the app builds its client from lib/server/db).
// Offline, `prisma generate` runs through scripts/db/generate.mjs and migrations through
// scripts/db/migrate.ts; on a networked machine `prisma migrate deploy` reads DATABASE_URL here.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
