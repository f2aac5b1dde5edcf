// Loads Monaco once per page, from our own origin: Next bundles the ESM build and its editor
// worker (no CDN, no AMD loader). Only the editor worker exists: Python and SQL are Monarch
// grammars, and completion runs in the page (python-completion.ts).
import type * as Monaco from 'monaco-editor/editor/editor.api';

export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | null = null;

export function loadMonaco(): Promise<MonacoApi> {
  loading ??= (async () => {
    (self as unknown as { MonacoEnvironment: { getWorker(workerId: string, label: string): Worker } }).MonacoEnvironment = {
      getWorker: () => new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module', name: 'monaco-editor' }),
    };
    const [monaco] = await Promise.all([import('monaco-editor/editor/editor.api'), import('./monaco-features')]);
    defineThemes(monaco);
    return monaco;
  })();
  loading.catch(() => {
    loading = null; // a failed chunk load may succeed on the next try
  });
  return loading;
}

export const MONACO_THEMES = { light: 'ormlab-light', dark: 'ormlab-dark' } as const;

function defineThemes(monaco: MonacoApi): void {
  monaco.editor.defineTheme(MONACO_THEMES.light, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorGutter.background': '#fafafa' },
  });
  monaco.editor.defineTheme(MONACO_THEMES.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#09090b', 'editorGutter.background': '#0c0c0f' },
  });
}
