// Files put into an Emscripten file system (Pyodide's, PGlite's) as views into bytes already in
// memory: MEMFS keeps the view (`canOwn`) instead of copying, and moves a file to storage of its
// own only if it grows. Used for archives the lab reads whole at boot (data-dir-fs.ts, and the
// time-zone files in engine.ts).

/** The part of Emscripten's FS this needs. */
export interface EmscriptenFS {
  mkdirTree(path: string): void;
  writeFile(path: string, data: Uint8Array, options: { canOwn: boolean }): void;
}

/** A file (its bytes) or a folder (no bytes), by its path under the root. */
export interface FileView {
  path: string;
  bytes?: Uint8Array;
}

/** Writes `entries` under `root`, making each folder once. */
export function writeFileViews(fs: EmscriptenFS, root: string, entries: Iterable<FileView>): void {
  const made = new Set<string>();
  const folder = (path: string) => {
    if (made.has(path)) return;
    fs.mkdirTree(path);
    made.add(path);
  };
  folder(root);
  for (const { path: relative, bytes } of entries) {
    const path = `${root}/${relative}`;
    if (!bytes) folder(path);
    else {
      folder(path.slice(0, path.lastIndexOf('/')));
      fs.writeFile(path, bytes, { canOwn: true });
    }
  }
}
