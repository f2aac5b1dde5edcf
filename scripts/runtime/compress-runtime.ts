// Brotli copies (`file.br`) of the runtime files worth compressing, for app/runtime to send to
// browsers (lib/runtime-files/serve.ts).
//
// Quality 11 with a 16 MB window: the smallest brotli that every browser decodes, and it is paid
// once per build, not per request. It is slow (about 1 MB/s per core), so the files compress in
// parallel on libuv's thread pool, and files whose content was compressed before (Pyodide's and
// PostgreSQL's wasm, which change only with their packages) come from a cache keyed by content.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);

/** Already compressed or too small to matter: sent as they are. (Zips are included: the lab's
 *  archives are stored uncompressed for this; a deflated one fails MIN_SAVING and is skipped.) */
const SKIP = /(\.gz|\.br|python-full\.zip)$/; // python-full.zip: deflated, Node-only (lab python)
const MIN_BYTES = 4096;
/** A copy must save at least this share of the file to be worth a second form. */
const MIN_SAVING = 0.1;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

async function compressOne(file: string, cacheDir: string, used: Set<string>): Promise<{ plain: number; packed: number } | null> {
  const plain = fs.readFileSync(file);
  const key = crypto.createHash('sha256').update(plain).digest('hex');
  const cached = path.join(cacheDir, `${key}.br`);
  used.add(`${key}.br`);
  let packed: Buffer;
  if (fs.existsSync(cached)) {
    packed = fs.readFileSync(cached);
  } else {
    packed = await brotli(plain, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength,
      },
    });
    fs.writeFileSync(`${cached}.tmp`, packed);
    fs.renameSync(`${cached}.tmp`, cached);
  }
  if (packed.byteLength > plain.byteLength * (1 - MIN_SAVING)) return null;
  fs.writeFileSync(`${file}.br`, packed);
  return { plain: plain.byteLength, packed: packed.byteLength };
}

export async function compressRuntime(dir: string, { cacheDir, log }: { cacheDir: string; log: (msg: string) => void }): Promise<void> {
  const started = performance.now();
  fs.mkdirSync(cacheDir, { recursive: true });
  const files = filesUnder(dir).filter((f) => !SKIP.test(f) && fs.statSync(f).size >= MIN_BYTES);
  const used = new Set<string>();
  const results = await Promise.all(files.map((f) => compressOne(f, cacheDir, used)));
  // Entries this build did not use belong to older builds (a dataset dump differs every time).
  for (const entry of fs.readdirSync(cacheDir)) if (!used.has(entry)) fs.rmSync(path.join(cacheDir, entry), { force: true });
  const done = results.filter((r) => r !== null);
  const plain = done.reduce((n, r) => n + r.plain, 0);
  const packed = done.reduce((n, r) => n + r.packed, 0);
  log(`brotli: ${done.length} files, ${(plain / 1e6).toFixed(1)} MB -> ${(packed / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
