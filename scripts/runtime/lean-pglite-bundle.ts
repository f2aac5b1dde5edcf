// The browser's copy of pglite.data (PGlite's file-system bundle: PostgreSQL's share/ and lib/
// folders), with the files a server started from a data directory never reads blanked.
//
// A lab never runs initdb (its databases start from a dataset's dump), so initdb's inputs
// (postgres.bki, the catalog SQL scripts, the sample configs) are dead weight, and so are PGXS's
// makefiles, the replication receiver and the logical-replication output plugin.
//
// The encoding conversions go too (utf8_and_sjis.so and the like). PGlite 0.5.16 cannot use them:
// the first convert_to(..., 'SJIS') or SET client_encoding that loads one answers with no rows
// and the backend never answers again (the lab hangs until its time limit; reported upstream as
// PGlite issue 1076, against 0.5.4, and still so in 0.5.16). Blanked, loading one
// fails at once with PostgreSQL's own error (`could not load library ...`) and the server goes
// on. The lab's driver speaks UTF-8 only, as Django does.
//
// Together 3.8 of the bundle's 6.2 MB, and 0.64 of its 1.07 MB brotli'd. Blanked (zeros), not
// removed: PGlite's JavaScript carries the bundle's table of contents (each file's start and
// end), so every file must stay where it is. What a learner can use stays whole: time zones,
// full-text search dictionaries, ICU collations, PL/pgSQL.
//
// Node keeps the full bundle for instances that run initdb (building a dataset, bare labs).

/** Files PostgreSQL reads only in initdb, in builds, or for replication; and the conversions. */
const LEFT_OUT = [
  /^\/pglite\/share\/postgresql\/postgres\.bki$/,
  /^\/pglite\/share\/postgresql\/(information_schema|system_views|system_functions|system_constraints|snowball_create)\.sql$/,
  /^\/pglite\/share\/postgresql\/(sql_features|errcodes)\.txt$/,
  /^\/pglite\/share\/postgresql\/[a-z_]+(\.conf)?\.sample$/,
  /^\/pglite\/lib\/postgresql\/pgxs\//,
  /^\/pglite\/lib\/postgresql\/(libpqwalreceiver|pgoutput)\.so$/,
  /^\/pglite\/lib\/postgresql\/[a-z0-9_]+_and_[a-z0-9_]+\.so$/,
  /^\/pglite\/lib\/postgresql\/euc2004_sjis2004\.so$/,
];

export interface BundleFile {
  name: string;
  start: number;
  end: number;
}

/** The bundle's table of contents, as PGlite's pglite.js declares it to Emscripten's loader. */
export function bundleFiles(pgliteJs: string): BundleFile[] {
  return [...pgliteJs.matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)\}/g)].map((m) => ({ name: m[1], start: Number(m[2]), end: Number(m[3]) }));
}

/**
 * A copy of `bundle` with the files in LEFT_OUT zeroed. Throws when the table of contents does not
 * describe this bundle (a PGlite upgrade that changed either), rather than blanking blindly.
 */
export function leanPgliteBundle(bundle: Uint8Array, pgliteJs: string): { bytes: Uint8Array; blanked: string[] } {
  const files = bundleFiles(pgliteJs);
  const end = Math.max(0, ...files.map((f) => f.end));
  if (!files.some((f) => f.name === '/pglite/share/postgresql/postgres.bki') || end !== bundle.byteLength) {
    throw new Error(`pglite.js's file table (${files.length} files, ${end} bytes) does not describe pglite.data (${bundle.byteLength} bytes)`);
  }
  const bytes = bundle.slice();
  const blanked = files.filter((f) => LEFT_OUT.some((re) => re.test(f.name)));
  for (const f of blanked) bytes.fill(0, f.start, f.end);
  return { bytes, blanked: blanked.map((f) => f.name) };
}
