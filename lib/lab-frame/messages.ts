// Messages between the page, the sandboxed lab frame (app/lab-frame) and the shim that starts
// the lab worker inside it. The lab's own messages (ClientRequest / WorkerResponse) travel
// unchanged inside `lab` envelopes; these only set the frame up and carry runtime files.

/** Frame -> page, once its script runs: the page may now hand over the ports. */
export interface FrameReady {
  ormlabFrame: 'ready';
}

/** Page -> frame (with two MessagePorts: [control, assets]). */
export interface FrameStart {
  ormlabFrame: 'start';
  /** Absolute URL of the lab worker's module (runtime build). */
  workerUrl: string;
  /** Absolute URL of the runtime build folder, ending in `/`: the only files the page relays. */
  runtimeBase: string;
}

/** Page -> its relay worker (relay-worker.ts), with the assets port to serve. */
export interface RelayStart {
  ormlabRelay: 'serve';
  runtimeBase: string;
}

/** Frame -> page on the control port. */
export type FrameEvent =
  | { kind: 'message'; data: unknown }
  | { kind: 'error'; message: string };

/** Worker shim -> page on the assets port: "fetch this runtime file for me". */
export interface AssetRequest {
  id: number;
  url: string;
}

/** Page (its relay worker) -> worker shim: the file (its body a Blob, passed as a handle) or why not. */
export type AssetReply =
  | { id: number; ok: true; status: number; statusText: string; headers: [string, string][]; body: Blob }
  | { id: number; ok: false; message: string };

export function isFrameReady(data: unknown): data is FrameReady {
  return typeof data === 'object' && data !== null && (data as FrameReady).ormlabFrame === 'ready';
}
