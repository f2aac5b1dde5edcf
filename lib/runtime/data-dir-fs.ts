// A dataset's data directory, put into a browser PGlite's in-memory file system without copying
// its files. PGlite's own `loadDataDir` parses the tar with checksums, copies every file out of
// it, then copies each again into the file system, walking every parent folder per file: three
// copies of the bookstore's 54 MB on the lab's one thread while it starts. Here the tar's bytes
// are read once and each file of the file system is a view into them (MEMFS's `canOwn`); a file
// PostgreSQL extends later is moved to storage of its own by MEMFS, as any growing file is.
// Each instance must get bytes of its own: PostgreSQL writes into these views.
import { MemoryFS, PGlite } from '@electric-sql/pglite';
import { writeFileViews, type EmscriptenFS } from './file-views';

export interface TarEntry {
  /** Path inside the archive, without a leading `/` (`base/5/16515`). */
  path: string;
  type: 'file' | 'dir';
  /** Where the file's bytes start in the archive. */
  offset: number;
  size: number;
}

const BLOCK = 512;

/** The entries of a ustar archive (what PGlite's dumpDataDir('none') writes). */
export function readTar(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let at = 0;
  while (at + BLOCK <= tar.length) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return entries; // the end-of-archive blocks
    if (text(header, 257, 5) !== 'ustar') throw new Error(`the data directory archive is damaged: no ustar header at byte ${at}`);
    const prefix = text(header, 345, 155);
    const name = text(header, 0, 100);
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    const flag = String.fromCharCode(header[156]);
    const path = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '').replace(/\/+$/, '');
    if (!Number.isFinite(size) || at + BLOCK + size > tar.length) throw new Error(`the data directory archive is cut short (${path})`);
    if (flag === '5') entries.push({ path, type: 'dir', offset: at + BLOCK, size: 0 });
    else if (flag === '0' || flag === '\0') entries.push({ path, type: 'file', offset: at + BLOCK, size });
    else throw new Error(`the data directory archive holds an entry of an unexpected kind (${path})`);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error('the data directory archive is cut short (no end-of-archive blocks)');
}

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return String.fromCharCode(...(end < 0 ? field : field.subarray(0, end)));
}

/** Writes the archive's folders and files under `root`, each file a view into `tar`. */
export function writeDataDir(fs: EmscriptenFS, root: string, tar: Uint8Array, entries: TarEntry[]): void {
  writeFileViews(fs, root, entries.map((e) => (e.type === 'dir' ? { path: e.path } : { path: e.path, bytes: tar.subarray(e.offset, e.offset + e.size) })));
}

type PreRun = (mod: { FS: EmscriptenFS }) => void;

/**
 * PGlite's in-memory file system, started with a data directory already in it: PGlite finds
 * PG_VERSION and resumes it, as it would a persisted one. Pass as `fs` instead of `loadDataDir`.
 */
export class DataDirMemoryFS extends MemoryFS {
  #tar: Uint8Array;
  #entries: TarEntry[];

  /** `tar`: bytes of this instance's own (PostgreSQL writes into them). */
  constructor(tar: Uint8Array) {
    super();
    this.#tar = tar;
    this.#entries = readTar(tar); // a damaged archive fails here, before PGlite starts
  }

  override async init(pg: PGlite, emscriptenOptions: Parameters<MemoryFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, emscriptenOptions);
    const load: PreRun = (mod) => writeDataDir(mod.FS, PGlite.paths.PGDATA, this.#tar, this.#entries);
    const preRun = [...((emscriptenOpts.preRun as PreRun[] | undefined) ?? []), load];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } as typeof emscriptenOpts };
  }
}
