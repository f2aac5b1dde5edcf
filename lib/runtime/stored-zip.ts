// Reading the runtime's zip archives from JavaScript. They are stored, not deflated (the site
// sends them brotli-compressed: scripts/runtime/zip-folder.py), so an entry's bytes are a slice
// of the archive and nothing needs inflating.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;

export interface ZipEntry {
  name: string;
  /** 0 when stored. */
  method: number;
  flags: number;
  /** Uncompressed size. */
  size: number;
  /** Bytes in the archive (the same as `size` for a stored entry). */
  compressedSize: number;
  /** Where the entry's central directory record starts. */
  central: number;
  /** Where its local header starts. */
  local: number;
  /** Where its bytes start (after the local header). */
  data: number;
}

/** Every entry of `zip`, in central directory order. */
export function zipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error(`zip: central directory entry ${i} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error(`zip: the local header of ${name} is damaged`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (data + compressedSize > zip.length) throw new Error(`zip: ${name} is cut short`);
    const size = view.getUint32(at + 24, true);
    entries.push({ name, method: view.getUint16(at + 10, true), flags: view.getUint16(at + 8, true), size, compressedSize, central: at, local, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The files of a stored archive, each a view into `zip`; folders are left out. */
export function storedFiles(zip: Uint8Array): { name: string; bytes: Uint8Array }[] {
  return zipEntries(zip)
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => {
      if (e.method !== STORED) throw new Error(`zip: ${e.name} is compressed; this archive must be stored`);
      return { name: e.name, bytes: zip.subarray(e.data, e.data + e.size) };
    });
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new Error('zip: no end of central directory record (not a zip archive?)');
}
