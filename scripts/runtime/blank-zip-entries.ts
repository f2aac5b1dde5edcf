// The archives shipped beside a Python snapshot, without the sources of modules the snapshot
// already holds compiled.
//
// A restored lab never reads those sources again: a module in sys.modules is not imported
// twice. They are over half of each archive (the standard library: 5.1 of 9.7 MB; Django's
// python.zip: 3.7 of 6.3 MB), so the runtime build writes per-dataset copies with them blanked.
// Blanked, not removed: the snapshot remembers where every module sits in each archive
// (zipimport's directory cache lives in the heap), so the layout must stay byte for byte. A
// blanked entry holds a one-line `raise ImportError(...)` padded with newlines, and its CRC is
// updated, so any zip reader accepts the archive and a module someone removes from sys.modules
// and imports again fails with a clear message instead of coming back empty.
import zlib from 'node:zlib';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const HAS_DATA_DESCRIPTOR = 0x8;

/** What a blanked entry says if it is ever imported. */
export const BLANKED_SOURCE = 'raise ImportError("ormlab: this module was loaded at start-up; its source is not shipped")\n';

/**
 * A copy of `zip` (entries stored, not deflated) where each entry named in `names` holds
 * `BLANKED_SOURCE` padded with newlines to its old size. Entries smaller than that message are
 * left as they are (they are tiny). Returns the copy and the names blanked.
 */
export function blankZipEntries(zip: Uint8Array, names: ReadonlySet<string>): { bytes: Uint8Array; blanked: string[] } {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const blanked: string[] = [];
  const decoder = new TextDecoder();
  const message = new TextEncoder().encode(BLANKED_SOURCE);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error(`zip: central directory entry ${i} is damaged`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (names.has(name) && size >= message.length) {
      if (method !== STORED) throw new Error(`zip: ${name} is compressed; only stored entries can be blanked in place`);
      if (flags & HAS_DATA_DESCRIPTOR) throw new Error(`zip: ${name} has a data descriptor; its CRC cannot be updated in place`);
      if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error(`zip: the local header of ${name} is damaged`);
      const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      bytes.fill(0x0a, data, data + size);
      bytes.set(message, data);
      const crc = zlib.crc32(bytes.subarray(data, data + size));
      view.setUint32(at + 16, crc, true);
      view.setUint32(local + 14, crc, true);
      blanked.push(name);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, blanked };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new Error('zip: no end of central directory record (not a zip archive?)');
}
