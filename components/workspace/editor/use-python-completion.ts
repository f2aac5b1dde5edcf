'use client';
// Registers the Python completion provider (lookup-completion.ts) once per page, completing from
// the models the workspace last gave it.
import { useEffect } from 'react';
import type { ModelInfo } from '@/lib/runtime/protocol';
import { completePython, type SuggestionKind } from './lookup-completion';
import { loadMonaco } from './monaco-loader';

let current: ModelInfo[] = [];
let registered = false;

export function usePythonCompletion(models: ModelInfo[]): void {
  useEffect(() => {
    current = models;
  }, [models]);

  useEffect(() => {
    if (registered) return;
    registered = true;
    void loadMonaco().then((monaco) => {
      const kinds: Record<SuggestionKind, number> = {
        model: monaco.languages.CompletionItemKind.Class,
        manager: monaco.languages.CompletionItemKind.Property,
        method: monaco.languages.CompletionItemKind.Method,
        field: monaco.languages.CompletionItemKind.Field,
        relation: monaco.languages.CompletionItemKind.Reference,
        lookup: monaco.languages.CompletionItemKind.Operator,
        name: monaco.languages.CompletionItemKind.Variable,
      };
      monaco.languages.registerCompletionItemProvider('python', {
        triggerCharacters: ['.', '_', '"', "'", '(', ','],
        provideCompletionItems(model, position) {
          const text = model.getValueInRange({ startLineNumber: 1, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
          const { prefix, items } = completePython(text, current);
          const range = { startLineNumber: position.lineNumber, startColumn: position.column - prefix.length, endLineNumber: position.lineNumber, endColumn: position.column };
          return {
            suggestions: items.map((item, i) => ({
              label: item.label,
              kind: kinds[item.kind],
              detail: item.detail,
              insertText: item.insertText,
              range,
              sortText: String(i).padStart(4, '0'),
              command: item.retrigger ? { id: 'editor.action.triggerSuggest', title: 'more' } : undefined,
            })),
          };
        },
      });
    });
  }, []);
}
