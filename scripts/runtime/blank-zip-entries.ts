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
import { zipEntries } from '../../lib/runtime/stored-zip';

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
  const blanked: string[] = [];
  const message = new TextEncoder().encode(BLANKED_SOURCE);
  for (const { name, method, flags, size, central, local, data } of zipEntries(bytes)) {
    if (!names.has(name) || size < message.length) continue;
    if (method !== STORED) throw new Error(`zip: ${name} is compressed; only stored entries can be blanked in place`);
    if (flags & HAS_DATA_DESCRIPTOR) throw new Error(`zip: ${name} has a data descriptor; its CRC cannot be updated in place`);
    bytes.fill(0x0a, data, data + size);
    bytes.set(message, data);
    const crc = zlib.crc32(bytes.subarray(data, data + size));
    view.setUint32(central + 16, crc, true);
    view.setUint32(local + 14, crc, true);
    blanked.push(name);
  }
  return { bytes, blanked };
}
