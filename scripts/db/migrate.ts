// Offline stand-in for `prisma migrate dev|deploy|status`, driving the WASM schema engine.
// The migrations it writes and the _prisma_migrations rows it keeps are the standard ones,
// so the native `prisma migrate deploy` takes over on a networked machine.
//
//   npm run db:migrate -- dev <name>   create a migration from schema changes, then apply it
//   npm run db:migrate -- deploy       apply pending migrations
//   npm run db:migrate -- status       show applied / pending migrations
import path from 'node:path';
import fs from 'node:fs';
import { openSchemaEngine, type SchemaEngine } from './schema-engine';
import { readMigrationList, writeMigration } from './migration-files';
import { openMigrationTarget } from './migration-adapter';

const schemaPath = path.resolve('prisma/schema.prisma');
const migrationsDir = path.resolve('prisma/migrations');
const filters = { externalTables: [], externalEnums: [] };

async function deploy(engine: SchemaEngine): Promise<void> {
  const out = await engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters });
  const names = out.appliedMigrationNames;
  console.log(names.length ? `applied: ${names.join(', ')}` : 'no pending migrations');
}

async function dev(engine: SchemaEngine, name: string): Promise<void> {
  // devDiagnostic replays the history on a shadow database and caches the result, which
  // createMigration needs (alone it fails asking for an external shadow database factory).
  const diagnostic = await engine.devDiagnostic({ migrationsList: readMigrationList(migrationsDir), filters });
  if (diagnostic.action.tag === 'reset') {
    throw new Error(`the database needs a reset: ${diagnostic.action.reason}`);
  }
  await deploy(engine);
  const created = await engine.createMigration({
    draft: false,
    migrationName: name,
    migrationsList: readMigrationList(migrationsDir),
    schema: { files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }] },
    filters,
  });
  if (!created.migrationScript) {
    console.log('schema unchanged: no migration created');
    return;
  }
  const dir = writeMigration(
    migrationsDir,
    created.generatedMigrationName,
    created.extension,
    created.migrationScript,
    created.connectorType,
  );
  console.log(`created ${path.relative(process.cwd(), dir)}`);
  await deploy(engine);
}

async function status(engine: SchemaEngine): Promise<boolean> {
  const out = await engine.diagnoseMigrationHistory({
    migrationsList: readMigrationList(migrationsDir),
    optInToShadowDatabase: false,
    filters,
  });
  const history = out.history;
  if (!history && out.failedMigrationNames.length === 0 && out.editedMigrationNames.length === 0) {
    console.log('database schema is up to date');
    return true;
  }
  console.log(JSON.stringify(out, null, 2));
  return false;
}

async function main(): Promise<number> {
  const [command = 'status', name = 'migration'] = process.argv.slice(2);
  if (!['dev', 'deploy', 'status'].includes(command)) {
    console.error(`usage: migrate.ts dev <name> | deploy | status (got "${command}")`);
    return 2;
  }
  const target = await openMigrationTarget();
  console.log(`[migrate ${command}] ${target.label}`);
  const engine = await openSchemaEngine(schemaPath, target.factory);
  try {
    if (command === 'deploy') await deploy(engine);
    else if (command === 'dev') await dev(engine, name.replace(/[^a-z0-9_]/gi, '_'));
    else return (await status(engine)) ? 0 : 1;
    return 0;
  } finally {
    engine.free();
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('migrate failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
