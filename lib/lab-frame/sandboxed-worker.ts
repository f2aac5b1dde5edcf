// A WorkerLike (lib/runtime/client.ts) whose worker lives in a sandboxed, opaque-origin iframe
// (app/lab-frame): LabClient talks to it exactly as to a Worker. postMessage before the frame
// is up is queued; terminate removes the frame, which ends its worker.
import type { WorkerLike } from '@/lib/runtime/client';
import type { ClientRequest, WorkerResponse } from '@/lib/runtime/protocol';
import { serveRuntimeFiles } from './asset-relay';
import { LAB_FRAME_ATTRIBUTES, LAB_FRAME_URL, takeEarlyFrame } from './early-start';
import { isFrameReady, type FrameEvent, type FrameStart, type RelayStart } from './messages';

export interface SandboxedWorkerOptions {
  /** Absolute runtime build folder URL, ending in `/` (from fetchRuntimeBase). */
  runtimeBase: string;
  /** Path of the frame document. */
  frameUrl?: string;
  /** How long the frame may take to load before the worker counts as failed. */
  frameTimeoutMs?: number;
}

export class SandboxedWorker implements WorkerLike {
  onmessage: ((event: { data: WorkerResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  #frame: HTMLIFrameElement;
  #control: MessagePort | null = null;
  #queue: ClientRequest[] = [];
  #cleanup: (() => void)[] = [];
  #ended = false;

  constructor({ runtimeBase, frameUrl = LAB_FRAME_URL, frameTimeoutMs = 30_000 }: SandboxedWorkerOptions) {
    const frame = takeSpareFrame(frameUrl) ?? createFrame(frameUrl);
    this.#frame = frame;
    if (frame.contentWindow && readyFrames.has(frame.contentWindow)) {
      queueMicrotask(() => this.#connect(runtimeBase));
      return;
    }
    const timer = setTimeout(() => this.#fail('the lab frame did not load'), frameTimeoutMs);
    const onWindowMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !isFrameReady(event.data) || this.#control) return;
      clearTimeout(timer);
      this.#connect(runtimeBase);
    };
    window.addEventListener('message', onWindowMessage);
    this.#cleanup.push(() => {
      clearTimeout(timer);
      window.removeEventListener('message', onWindowMessage);
    });
  }

  postMessage(message: ClientRequest): void {
    if (this.#ended) return;
    if (this.#control) this.#control.postMessage(message);
    else this.#queue.push(message);
  }

  terminate(): void {
    if (this.#ended) return;
    this.#ended = true;
    for (const fn of this.#cleanup.splice(0)) fn();
    this.#control?.close();
    this.#frame.remove(); // ends the frame's worker with it
  }

  #connect(runtimeBase: string): void {
    if (this.#ended || this.#control) return;
    const control = new MessageChannel();
    const assets = new MessageChannel();
    this.#cleanup.push(relayRuntimeFiles(assets.port1, runtimeBase));
    control.port1.onmessage = ({ data }: MessageEvent<FrameEvent>) => {
      if (this.#ended) return;
      if (data.kind === 'message') this.onmessage?.({ data: data.data as WorkerResponse });
      else this.onerror?.({ message: data.message });
    };
    const start: FrameStart = { ormlabFrame: 'start', workerUrl: `${runtimeBase}worker.js`, runtimeBase };
    // The frame's origin is opaque, so no target origin can name it; the ports are all it gets.
    this.#frame.contentWindow?.postMessage(start, '*', [control.port2, assets.port2]);
    this.#control = control.port1;
    for (const message of this.#queue.splice(0)) control.port1.postMessage(message);
  }

  #fail(message: string): void {
    if (this.#ended) return;
    this.onerror?.({ message });
  }
}

/** One relay worker per page, shared by its labs; null where workers cannot start. */
let relayWorker: Worker | null | undefined;

function startRelayWorker(): Worker | null {
  if (relayWorker === undefined) {
    try {
      relayWorker = new Worker(new URL('./relay-worker.ts', import.meta.url), { name: 'ormlab runtime relay' });
    } catch {
      relayWorker = null;
    }
  }
  return relayWorker;
}

/** A hidden, sandboxed frame loading the lab frame document. */
function createFrame(frameUrl: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  // allow-scripts only: no allow-same-origin, so the frame's origin is opaque.
  for (const [name, value] of Object.entries(LAB_FRAME_ATTRIBUTES)) frame.setAttribute(name, value);
  frame.src = frameUrl;
  document.body.appendChild(frame);
  return frame;
}

/** Frames whose document has said it is ready (a spare frame can say so before a lab asks). */
const readyFrames = new WeakSet<MessageEventSource>();
let listeningForReadyFrames = false;
let spareFrame: { frame: HTMLIFrameElement; frameUrl: string } | null = null;

function takeSpareFrame(frameUrl: string): HTMLIFrameElement | null {
  if (spareFrame?.frameUrl !== frameUrl || !spareFrame.frame.isConnected) return null;
  const { frame } = spareFrame;
  spareFrame = null;
  return frame;
}

/**
 * Start what the next lab needs before it knows its runtime build: the page's relay worker
 * (its script loads while the page fetches the runtime manifest) and one frame. Safe to call
 * again; the next SandboxedWorker takes the frame.
 */
export function prepareLabSandbox(frameUrl = LAB_FRAME_URL): void {
  startRelayWorker();
  if (spareFrame?.frame.isConnected) return;
  if (!listeningForReadyFrames) {
    listeningForReadyFrames = true;
    window.addEventListener('message', (event) => {
      if (event.source && isFrameReady(event.data)) readyFrames.add(event.source);
    });
  }
  // The frame the page's early-start script created before React ran, if there is one.
  const early = takeEarlyFrame(frameUrl);
  if (early?.ready && early.frame.contentWindow) readyFrames.add(early.frame.contentWindow);
  spareFrame = { frame: early?.frame ?? createFrame(frameUrl), frameUrl };
}

/** Serves runtime files on `port` from the page's relay worker (the main thread if none). */
function relayRuntimeFiles(port: MessagePort, runtimeBase: string): () => void {
  const relayWorker = startRelayWorker();
  if (!relayWorker) return serveRuntimeFiles(port, runtimeBase, location.origin, { storage: globalThis.caches });
  const start: RelayStart = { ormlabRelay: 'serve', runtimeBase };
  relayWorker.postMessage(start, [port]);
  // The port now belongs to the relay worker, which stops serving it when the lab's end goes
  // away with the frame (the port's close event); the worker stays for the page's next lab.
  return () => undefined;
}
