// @vitest-environment happy-dom
// The inline script a lesson page's HTML runs before React: it asks for the runtime manifest and
// loads the sandboxed frame, and the page's code takes both instead of starting its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyRuntimeBase, LAB_EARLY_START_SCRIPT } from './early-start';
import { prepareLabSandbox } from './sandboxed-worker';

const frames = () => [...document.querySelectorAll('iframe')];

/** Runs the script as the browser would, with the manifest's answer given. */
function runScript(manifest: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(manifest));
  new Function(LAB_EARLY_START_SCRIPT)();
  return window.__ormlabEarlyStart!;
}

afterEach(() => {
  for (const frame of frames()) frame.remove();
  delete window.__ormlabEarlyStart;
  vi.unstubAllGlobals();
});

describe('the early-start script', () => {
  it('asks for the manifest at once and hands its runtime folder over', async () => {
    const state = runScript(async () => Response.json({ dir: 'abc123' }));
    expect(fetch).toHaveBeenCalledWith('/runtime/manifest.json', { cache: 'no-store' });
    // Before the answer: a promise of the folder.
    await expect(earlyRuntimeBase()).resolves.toBe('/runtime/abc123/');
    // After it: the folder itself, so the lab can start in the same task.
    expect(earlyRuntimeBase()).toBe('/runtime/abc123/');
    expect(state.runtimeBase).toBe('/runtime/abc123/');
  });

  it('leaves the manifest to the page when the answer is missing or odd', async () => {
    runScript(async () => new Response('no', { status: 404 }));
    await expect(earlyRuntimeBase()).resolves.toBeNull();
    expect(earlyRuntimeBase()).toBeNull();
    delete window.__ormlabEarlyStart;
    runScript(async () => Response.json({ dir: '../../api' }));
    await expect(earlyRuntimeBase()).resolves.toBeNull();
    delete window.__ormlabEarlyStart;
    runScript(() => Promise.reject(new TypeError('offline')));
    await expect(earlyRuntimeBase()).resolves.toBeNull();
  });

  it('loads one hidden, sandboxed frame, which the page then takes instead of loading another', () => {
    runScript(async () => Response.json({ dir: 'abc123' }));
    expect(frames()).toHaveLength(1);
    const [frame] = frames();
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    expect(frame.getAttribute('src')).toBe('/lab-frame');
    prepareLabSandbox();
    expect(frames()).toEqual([frame]);
  });

  it('does nothing where the page has no script (a page reached client-side)', () => {
    expect(earlyRuntimeBase()).toBeNull();
    prepareLabSandbox('/lab-frame-b');
    expect(frames()).toHaveLength(1);
    expect(frames()[0].getAttribute('src')).toBe('/lab-frame-b');
  });
});
