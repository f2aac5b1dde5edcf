// The snapshot's heap delta must give back Pyodide's snapshot exactly, whatever start-up
// randomized in the fresh heap, and refuse loudly when the fresh heap is not the one it expects.
import { describe, expect, it } from 'vitest';
import { encodeHeapDelta, readHeapDelta, wasmStaticData } from './heap-delta';

const HEAP = 64 * 1024;
const OFFSET = 32; // where the heap starts inside a Pyodide snapshot (a multiple of 16)
const STATIC_END = 20_000;

/** A wasm module's static data: what its data segments write into a fresh heap. */
function staticData(): Uint8Array {
  const data = new Uint8Array(STATIC_END);
  for (let i = 0; i < STATIC_END; i++) data[i] = (i * 7 + (i >> 5)) & 0xff;
  return data;
}

/** A Pyodide-like snapshot: header (magic, heap offset, ...) then a heap that differs a little
 *  from the static data and has Python objects further on. */
function pyodideSnapshot(): Uint8Array {
  const snap = new Uint8Array(OFFSET + HEAP);
  new DataView(snap.buffer).setUint32(4, OFFSET, true);
  const heap = snap.subarray(OFFSET);
  heap.set(staticData());
  for (let i = 100; i < 200; i++) heap[i] ^= 0x5a; // globals Python changed
  new DataView(heap.buffer, heap.byteOffset).setUint32(5000, 0xdeadbeef, true); // random state start-up wrote
  for (let i = 30_000; i < 40_000; i++) heap[i] = (i * 13) & 0xff; // objects
  return snap;
}

function decodeWith(encoded: Uint8Array, data: Uint8Array): Uint8Array {
  const copy = encoded.slice();
  const delta = readHeapDelta(copy);
  if (!delta) throw new Error('no delta');
  delta.decode(data);
  return delta.pyodideSnapshot;
}

describe('heap delta', () => {
  it('decodes to the exact snapshot', () => {
    const original = pyodideSnapshot();
    expect(decodeWith(encodeHeapDelta(original, staticData()), staticData())).toEqual(original);
  });

  it('is smaller to compress: the static data XORs to zeros', () => {
    const original = pyodideSnapshot();
    const nonZero = (bytes: Uint8Array) => bytes.reduce((n, b) => n + (b ? 1 : 0), 0);
    expect(nonZero(encodeHeapDelta(original, staticData()))).toBeLessThan(nonZero(original) / 2);
  });

  it('refuses static data other than the one it was encoded against (another Pyodide build)', () => {
    const encoded = encodeHeapDelta(pyodideSnapshot(), staticData());
    const other = staticData();
    other[12_345] ^= 1;
    expect(() => decodeWith(encoded, other)).toThrow(/made for another Pyodide build \(it does not decode\)/);
    expect(() => decodeWith(encoded, staticData().subarray(0, 1000))).toThrow(/made for another Pyodide build/);
  });

  it('passes a plain Pyodide snapshot through untouched', () => {
    expect(readHeapDelta(pyodideSnapshot())).toBeNull();
  });

  it("reads a wasm module's active data segments into its initial memory image", () => {
    const segment = (flags: number, offset: number | null, text: string) => [
      flags, ...(offset === null ? [] : [0x41, offset, 0x0b]), text.length, ...new TextEncoder().encode(text),
    ];
    const segments = [...segment(0, 16, 'abc'), ...segment(1, null, 'passive'), ...segment(0, 40, 'xyz!')];
    const data = [3, ...segments];
    const wasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 3, 1, 0, 1, 11, data.length, ...data]);
    const image = wasmStaticData(wasm);
    expect(image.length).toBe(44);
    expect(new TextDecoder().decode(image.subarray(16, 19))).toBe('abc');
    expect(new TextDecoder().decode(image.subarray(40, 44))).toBe('xyz!');
    expect(image.subarray(19, 40).every((b) => b === 0)).toBe(true);
  });
});
