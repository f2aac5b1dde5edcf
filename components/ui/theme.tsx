'use client';
// Light/dark theme: the system's by default, or the learner's choice (kept in localStorage).
// Tailwind's `dark:` variant keys on a `.dark` class (app/globals.css), set on <html> here.
// A store rather than a context, so any component (Monaco editors too) can follow it.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { DARK_QUERY, STORAGE_KEY } from './theme-init';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function snapshot(): string {
  const choice = readChoice();
  const systemDark = typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
  return `${choice}:${choice === 'system' ? (systemDark ? 'dark' : 'light') : choice}`;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = matchMedia(DARK_QUERY);
  const onStorage = (e: StorageEvent) => e.key === STORAGE_KEY && listener();
  media.addEventListener('change', listener);
  addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
    removeEventListener('storage', onStorage);
  };
}

export function applyTheme(resolved: ResolvedTheme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', resolved === 'dark');
  root.style.colorScheme = resolved;
}

export function useTheme(): { choice: ThemeChoice; resolved: ResolvedTheme; setChoice: (choice: ThemeChoice) => void } {
  const value = useSyncExternalStore(subscribe, snapshot, () => 'system:light');
  const [choice, resolved] = value.split(':') as [ThemeChoice, ResolvedTheme];
  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
    for (const listener of listeners) listener();
  }, []);
  useEffect(() => applyTheme(resolved), [resolved]);
  return { choice, resolved, setChoice };
}

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Cycles system -> light -> dark. */
export function ThemeToggle({ className = '' }: { className?: string }) {
  const { choice, resolved, setChoice } = useTheme();
  return (
    <button
      type="button"
      onClick={() => setChoice(NEXT[choice])}
      aria-label={`Theme: ${LABEL[choice]}${choice === 'system' ? ` (${resolved})` : ''}. Switch to ${LABEL[NEXT[choice]]}`}
      title={`Theme: ${LABEL[choice]}`}
      className={`inline-flex h-8 items-center gap-1.5 rounded-md border border-zinc-300 px-2 text-xs text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800 ${className}`}
    >
      <span aria-hidden="true">{resolved === 'dark' ? '☾' : '☀'}</span>
      {LABEL[choice]}
    </button>
  );
}

