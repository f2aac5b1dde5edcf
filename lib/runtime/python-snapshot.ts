// Pyodide memory snapshots: Python's whole heap saved after Django is set up, restored at boot.
//
// Booting Python, importing Django and configuring it costs seconds on every start; restoring a
// heap saved at build time costs a fraction of that. Pyodide's snapshot API is private
// (`_makeSnapshot`, `_loadSnapshot`, `_snapshotDeserializer`), so everything that depends on it
// lives here. Three rules follow from how it works:
//   - JS objects Python holds are not in the heap. Each is written by a serializer and mapped
//     back by a deserializer; ours is only the database bridge, restored as `SnapshotBridge`
//     whose target is attached once the databases are started.
//   - Files are not in the heap either: whatever Python reads later (the python.zip it imports
//     from, the time-zone files, the app's migrations) must be put back after a restore.
//   - The wasm memory must be at least as big as the saved heap before it is restored. Pyodide
//     sizes it from the snapshot, but the memory is created inside the wasm module and ignores
//     that, so the module factory is wrapped to grow the heap first.
// python.snap stores the start of the heap as a difference from the module's static data
// (heap-delta.ts): the wrapper decodes it against the data segments of pyodide.asm.wasm before
// Pyodide copies it in.
import type { PyodideAPI } from 'pyodide';
import { readHeapDelta, wasmStaticData } from './heap-delta';

/** What the engine asks of `RuntimeAssets.loadPyodide` besides plain booting. */
export interface PyodideBootOptions {
  /** Boot so that `makeMemorySnapshot` works later (the build step that writes snapshots). */
  makeSnapshot?: boolean;
  /** Restore this snapshot instead of starting Python from scratch. */
  snapshot?: Uint8Array;
  /** Maps the serialized JS objects of a snapshot back to live ones. */
  deserializer?: (serialized: unknown) => unknown;
  /** Marks the end of a boot step (StepClock.lap): Pyodide's JavaScript, its wasm module. */
  lap?: (step: string) => void;
  /** With `snapshot`: the runtime file of the standard library archive to read (the dataset's
   *  copy, without the sources the snapshot holds compiled); Pyodide's full one otherwise. */
  stdlib?: string;
}

/** Pyodide's module factory (`pyodide.asm.mjs`'s default export). */
export type PyodideModuleFactory = (settings: object) => Promise<{ HEAP8: Int8Array; _emscripten_resize_heap(size: number): number }>;

/**
 * The loadPyodide options that restore or prepare a snapshot. `wasmBytes` fetches
 * pyodide.asm.wasm: a snapshot stored as a heap delta is decoded against it.
 */
export function snapshotLoadOptions(options: PyodideBootOptions, factory: () => Promise<PyodideModuleFactory>, wasmBytes: () => Promise<Uint8Array>): Record<string, unknown> {
  // Pyodide would import pyodide.asm.mjs itself from indexURL; the factory lets the caller
  // decide how it is loaded (in the browser: fetched, so the page's cache serves it).
  const lap = options.lap ?? (() => undefined);
  const createPyodideModule = async (settings: object) => {
    const create = await factory();
    lap('Pyodide JavaScript');
    const emscripten = await create(settings);
    lap('Python wasm');
    return emscripten;
  };
  if (options.makeSnapshot) return { _makeSnapshot: true, createPyodideModule };
  if (!options.snapshot) return { createPyodideModule };
  const delta = readHeapDelta(options.snapshot);
  const snapshot = delta?.pyodideSnapshot ?? options.snapshot;
  const heapSize = savedHeapSize(snapshot);
  const wasm = delta ? wasmBytes() : null;
  wasm?.catch(() => undefined); // awaited below
  return {
    _loadSnapshot: snapshot,
    _snapshotDeserializer: options.deserializer,
    createPyodideModule: async (settings: object) => {
      if (delta && wasm) delta.decode(wasmStaticData(await wasm));
      const emscripten = await createPyodideModule(settings);
      if (emscripten.HEAP8.length < heapSize) emscripten._emscripten_resize_heap(heapSize);
      return emscripten;
    },
  };
}

/** Size of the wasm heap saved in a snapshot (header: magic, heap offset, JSON length, ...). */
function savedHeapSize(snapshot: Uint8Array): number {
  const header = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 4);
  return snapshot.byteLength - header[1];
}

/** The name the bridge is written under in a snapshot. */
const BRIDGE_KEY = 'ormlab:bridge';

export interface Bridge {
  open(name: string): boolean;
  exec(name: string, sql: string): Uint8Array;
}

/**
 * The one JS object Python keeps (`import _ormlab_bridge`). Stable across a snapshot: the engine
 * registers this forwarding object, and the databases behind it are attached later.
 */
export class SnapshotBridge implements Bridge {
  target: Bridge | null = null;
  open(name: string): boolean {
    return this.#require().open(name);
  }
  exec(name: string, sql: string): Uint8Array {
    return this.#require().exec(name, sql);
  }
  #require(): Bridge {
    if (!this.target) throw new Error('the lab databases are not started');
    return this.target;
  }
}

/** Save Python's heap. `bridge` must be the only JS object Python still holds. */
export function makeSnapshot(py: PyodideAPI, bridge: SnapshotBridge): Uint8Array {
  const api = py as unknown as { makeMemorySnapshot(o: { serializer: (obj: unknown) => unknown }): Uint8Array };
  return api.makeMemorySnapshot({
    serializer: (obj) => {
      if (obj === bridge) return BRIDGE_KEY;
      throw new Error(`Python holds a JS object the snapshot cannot save: ${String(obj)}`);
    },
  });
}

/** The deserializer for `PyodideBootOptions`: hands `bridge` back where it was saved. */
export function bridgeDeserializer(bridge: SnapshotBridge): (serialized: unknown) => unknown {
  return (serialized) => {
    if (serialized === BRIDGE_KEY) return bridge;
    throw new Error(`unknown object in the Python snapshot: ${JSON.stringify(serialized)}`);
  };
}
