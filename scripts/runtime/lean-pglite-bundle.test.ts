// The lean bundle keeps every file where PGlite's table of contents says it is, zeroes only what
// a lab's PostgreSQL never reads, and refuses a table of contents that does not fit the bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleFiles, leanPgliteBundle } from './lean-pglite-bundle';

const dist = path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
const js = fs.readFileSync(path.join(dist, 'pglite.js'), 'utf8');
const bundle = new Uint8Array(fs.readFileSync(path.join(dist, 'pglite.data')));
const files = bundleFiles(js);
const bytesOf = (data: Uint8Array, name: string) => {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`${name} is not in the bundle`);
  return data.subarray(f.start, f.end);
};

describe('leanPgliteBundle', () => {
  const { bytes, blanked } = leanPgliteBundle(bundle, js);

  it('zeroes initdb inputs and build files, same size and layout', () => {
    expect(bytes.byteLength).toBe(bundle.byteLength);
    expect(blanked).toContain('/pglite/share/postgresql/postgres.bki');
    expect(blanked).toContain('/pglite/share/postgresql/information_schema.sql');
    expect(blanked.some((n) => n.includes('/pgxs/'))).toBe(true);
    // every encoding conversion (PGlite hangs loading one; blanked, it fails with an error)
    const conversions = files.map((f) => f.name).filter((n) => /\/lib\/postgresql\/[^/]+\.so$/.test(n) && !/\/(dict_snowball|plpgsql|libpqwalreceiver|pgoutput)\.so$/.test(n));
    expect(conversions).toHaveLength(24);
    for (const name of conversions) expect(blanked).toContain(name);
    for (const name of blanked) expect(bytesOf(bytes, name).every((b) => b === 0)).toBe(true);
  });

  it('leaves every file a learner can reach as it was', () => {
    const kept = files.filter((f) => !blanked.includes(f.name));
    for (const name of ['/pglite/lib/postgresql/dict_snowball.so', '/pglite/lib/postgresql/plpgsql.so', '/pglite/share/postgresql/timezone/Europe/Paris', '/pglite/icu/icudt76l/coll/ucadata.icu']) {
      expect(kept.map((f) => f.name)).toContain(name);
    }
    for (const f of kept) expect(Buffer.compare(bytesOf(bytes, f.name), bytesOf(bundle, f.name))).toBe(0);
  });

  it('refuses a bundle its table of contents does not describe', () => {
    expect(() => leanPgliteBundle(bundle.subarray(0, bundle.byteLength - 1), js)).toThrow(/does not describe/);
    expect(() => leanPgliteBundle(bundle, 'export {}')).toThrow(/does not describe/);
  });
});
