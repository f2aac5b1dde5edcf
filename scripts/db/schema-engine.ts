// Loads Prisma's schema engine compiled to WebAssembly. Prisma 7's CLI only drives the native
// engine, which cannot be downloaded offline; the WASM build runs the same migration logic
// through a driver adapter.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

const require = createRequire(import.meta.url);
let loaded = false;

// The package's entry imports the .wasm as an ES module, which Node cannot do; instantiate it
// by hand against the generated JS bindings instead.
function loadWasm(): void {
  if (loaded) return;
  const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = fs.readFileSync(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
    './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
  (bindings as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();
  loaded = true;
}

export type SchemaEngine = bindings.SchemaEngine;

export async function openSchemaEngine(
  schemaPath: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  loadWasm();
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error('[schema-engine]', message);
  };
  return bindings.SchemaEngine.new(
    { datamodels: [[schemaPath, fs.readFileSync(schemaPath, 'utf8')]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}
