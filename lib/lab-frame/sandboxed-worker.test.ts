// @vitest-environment happy-dom
// The lesson page starts the lab's frame before it knows the runtime build (prepareLabSandbox);
// the lab then takes that frame instead of loading a second one, and connects at once when the
// frame said it was ready before the lab existed.
import { afterEach, describe, expect, it } from 'vitest';
import type { FrameReady, FrameStart } from './messages';
import { prepareLabSandbox, SandboxedWorker } from './sandboxed-worker';

const frames = () => [...document.querySelectorAll('iframe')];

afterEach(() => {
  for (const frame of frames()) frame.remove();
});

/** What the frame document does once its script runs. */
function sayReady(frame: HTMLIFrameElement) {
  const ready: FrameReady = { ormlabFrame: 'ready' };
  const event = new MessageEvent('message', { data: ready });
  Object.defineProperty(event, 'source', { value: frame.contentWindow });
  window.dispatchEvent(event);
}

describe('prepareLabSandbox', () => {
  it('loads one hidden, sandboxed frame however often it is called', () => {
    prepareLabSandbox('/lab-frame-a');
    prepareLabSandbox('/lab-frame-a');
    expect(frames()).toHaveLength(1);
    expect(frames()[0].getAttribute('sandbox')).toBe('allow-scripts');
    expect(frames()[0].getAttribute('aria-hidden')).toBe('true');
    new SandboxedWorker({ runtimeBase: 'http://localhost/runtime/x/', frameUrl: '/lab-frame-a' }).terminate();
    expect(frames()).toHaveLength(0);
  });

  it('gives its frame to the next lab, and later labs load their own', () => {
    prepareLabSandbox('/lab-frame-b');
    const first = new SandboxedWorker({ runtimeBase: 'http://localhost/runtime/x/', frameUrl: '/lab-frame-b' });
    expect(frames()).toHaveLength(1);
    const second = new SandboxedWorker({ runtimeBase: 'http://localhost/runtime/x/', frameUrl: '/lab-frame-b' });
    expect(frames()).toHaveLength(2);
    first.terminate();
    second.terminate();
    expect(frames()).toHaveLength(0);
  });

  it('hands the ports over at once when the frame was ready before the lab asked for it', async () => {
    prepareLabSandbox('/lab-frame-c');
    const frame = frames()[0];
    const started: FrameStart[] = [];
    // (happy-dom gives a sandboxed frame no window: a stand-in plays the frame's document.)
    const frameWindow = { postMessage: (message: FrameStart) => void started.push(message) };
    Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
    sayReady(frame);
    const lab = new SandboxedWorker({ runtimeBase: 'http://localhost/runtime/x/', frameUrl: '/lab-frame-c' });
    await Promise.resolve();
    expect(started).toEqual([{ ormlabFrame: 'start', workerUrl: 'http://localhost/runtime/x/worker.js', runtimeBase: 'http://localhost/runtime/x/' }]);
    lab.terminate();
  });
});
