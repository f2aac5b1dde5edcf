// pyodide.asm.mjs (Pyodide's emscripten module factory) ships without types; the engine only
// wraps it to grow the heap before a snapshot restore (python-snapshot.ts).
declare module 'pyodide/pyodide.asm.mjs' {
  const createPyodideModule: unknown;
  export default createPyodideModule;
}
