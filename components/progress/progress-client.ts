'use client';
import { ProgressStore, retryDelayMs } from '@/lib/progress/progress-store';

// One store per tab, and one sync loop for it: sync now, again when the browser comes back
// online or the tab becomes visible, and with backoff while the server is unreachable.

let store: ProgressStore | null = null;
let started = false;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export function progressStore(): ProgressStore {
  store ??= new ProgressStore({ storage: window.localStorage, fetch: window.fetch.bind(window) });
  return store;
}

/** Syncs now; on failure schedules a retry. Safe to call often (calls share one run). */
export async function syncProgress(): Promise<void> {
  clearTimeout(timer);
  const status = await progressStore().sync();
  if (status === 'offline') {
    failures += 1;
    timer = setTimeout(() => void syncProgress(), retryDelayMs(failures));
  } else {
    failures = 0;
  }
}

export function startProgressSync(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void syncProgress());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void syncProgress();
  });
  // Another tab wrote progress: pick it up instead of overwriting it later.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('ormlab.progress')) progressStore().reload();
  });
  void syncProgress();
}
