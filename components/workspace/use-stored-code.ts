'use client';
// The learner's code for one exercise, kept in localStorage under `storageKey` (so a reload or a
// later visit finds it), with the starter as the fallback and as what "Reset code" restores.
// Read through useSyncExternalStore: the server render shows the starter, the client the code.
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

const PREFIX = 'ormlab-code:';
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    // storage full or disabled: the code lives as long as the page
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const noSubscription = () => () => undefined;

export function useStoredCode(storageKey: string, starter: string) {
  const stored = useSyncExternalStore(subscribe, () => read(storageKey), () => null);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const save = useCallback(
    (next: string) => {
      if (timer.current) clearTimeout(timer.current);
      // Typing writes at most a few times a second.
      timer.current = setTimeout(() => write(storageKey, next === starter ? null : next), 300);
    },
    [storageKey, starter],
  );

  const reset = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    write(storageKey, null);
    return starter;
  }, [storageKey, starter]);

  return { code: stored ?? starter, hydrated, save, reset };
}
