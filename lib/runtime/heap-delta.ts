// python.snap stores the start of Python's heap as its difference from the wasm module's static
// data: the memory image its data segments write when it is instantiated.
//
// The first 3.8 MB of the heap are that static data, and Python changes little of it. Stored as
// is, it is 1.1 MB of the brotli'd snapshot; XORed with the image it is mostly zeros and 56 kB.
// The image comes from the module's own bytes (pyodide.asm.wasm), which a restore downloads
// anyway, so decoding costs a parse of the data section, an XOR of 3.8 MB and a checksum.
//
// (Not the heap a fresh module has at restore time: start-up writes random numbers and
// environment-dependent pointers into it, so it differs between runs, and between Node and a
// browser.)
//
// Layout, little-endian: magic, delta length, checksum of the decoded region, 0; then Pyodide's
// own snapshot, the first `delta length` bytes of its heap XORed with the static data. A plain
// Pyodide snapshot (no magic) is still accepted as it is.

const MAGIC = 0x444d524f; // "ORMD"
const HEADER_BYTES = 16;

/** Offset of the heap inside a Pyodide snapshot (its header's second word). */
function heapOffset(pyodideSnapshot: Uint8Array): number {
  return new DataView(pyodideSnapshot.buffer, pyodideSnapshot.byteOffset, 8).getUint32(4, true);
}

/**
 * The memory image a wasm module's active data segments write at instantiation, up to the end of
 * the last one. Only segments at constant offsets (a module that is not relocatable).
 */
export function wasmStaticData(wasm: Uint8Array): Uint8Array {
  let at = 8;
  const leb = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
    }
  };
  const segments: [offset: number, start: number, length: number][] = [];
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const next = at + size;
    if (id === 11) {
      for (let n = leb(); n > 0; n--) {
        const flags = leb();
        if (flags === 1) { // passive: not written at instantiation
          const length = leb(); // (read before `at` is: leb() moves it)
          at += length;
          continue;
        }
        if (flags === 2) leb(); // memory index
        if (wasm[at++] !== 0x41) throw new Error('wasm: a data segment at a computed offset (relocatable module)');
        const offset = leb();
        if (wasm[at++] !== 0x0b) throw new Error('wasm: unexpected data segment offset expression');
        const length = leb();
        segments.push([offset, at, length]);
        at += length;
      }
    }
    at = next;
  }
  const end = segments.reduce((max, [offset, , length]) => Math.max(max, offset + length), 0);
  const image = new Uint8Array(Math.ceil(end / 4) * 4);
  for (const [offset, start, length] of segments) image.set(wasm.subarray(start, start + length), offset);
  return image;
}

/** `target[i] ^= source[i]` for the first `length` bytes (a multiple of 4). */
function xorInto(target: Uint8Array, source: Uint8Array, length: number): void {
  if (target.byteOffset % 4 === 0 && source.byteOffset % 4 === 0) {
    const t = new Uint32Array(target.buffer, target.byteOffset, length / 4);
    const s = new Uint32Array(source.buffer, source.byteOffset, length / 4);
    for (let i = 0; i < t.length; i++) t[i] ^= s[i];
  } else {
    for (let i = 0; i < length; i++) target[i] ^= source[i];
  }
}

/** FNV-1a over the bytes. */
function checksum(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** Encode a Pyodide snapshot against the module's static data (`wasmStaticData`). */
export function encodeHeapDelta(pyodideSnapshot: Uint8Array, staticData: Uint8Array): Uint8Array {
  const offset = heapOffset(pyodideSnapshot);
  const length = Math.min(staticData.length, pyodideSnapshot.length - offset) & ~3;
  const out = new Uint8Array(HEADER_BYTES + pyodideSnapshot.length);
  out.set(pyodideSnapshot, HEADER_BYTES);
  const heap = out.subarray(HEADER_BYTES + offset);
  const view = new DataView(out.buffer, 0, HEADER_BYTES);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, length, true);
  view.setUint32(8, checksum(heap.subarray(0, length)), true);
  xorInto(heap, staticData, length);
  return out;
}

export interface HeapDelta {
  /** Pyodide's snapshot, to hand to `_loadSnapshot`; its heap is still encoded until `decode`. */
  pyodideSnapshot: Uint8Array;
  /** Decode in place; throws if `staticData` is not the image the snapshot was encoded against. */
  decode(staticData: Uint8Array): void;
}

/** The delta inside `snapshot`, or null for a plain Pyodide snapshot. */
export function readHeapDelta(snapshot: Uint8Array): HeapDelta | null {
  if (snapshot.length < HEADER_BYTES) return null;
  const view = new DataView(snapshot.buffer, snapshot.byteOffset, HEADER_BYTES);
  if (view.getUint32(0, true) !== MAGIC) return null;
  const length = view.getUint32(4, true);
  const expected = view.getUint32(8, true);
  const pyodideSnapshot = snapshot.subarray(HEADER_BYTES);
  return {
    pyodideSnapshot,
    decode(staticData) {
      const heap = pyodideSnapshot.subarray(heapOffset(pyodideSnapshot));
      if (staticData.length < length) throw new Error('python.snap was made for another Pyodide build (its static data is larger): rebuild the runtime with `npm run build:runtime`');
      xorInto(heap, staticData, length);
      if (checksum(heap.subarray(0, length)) !== expected) {
        throw new Error('python.snap was made for another Pyodide build (it does not decode): rebuild the runtime with `npm run build:runtime`');
      }
    },
  };
}
