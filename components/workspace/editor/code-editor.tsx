'use client';
// One Monaco editor. Until Monaco has loaded, the code shows as plain text in the same box (so
// nothing shifts when the editor appears). The parent drives markers, line badges and reveals
// through the handle; Ctrl/Cmd+Enter calls onRun.
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { useTheme } from '@/components/ui/theme';
import { loadMonaco, MONACO_THEMES, type MonacoApi } from './monaco-loader';

export interface LineBadge {
  line: number;
  text: string;
  /** Hover text (markdown). */
  hover: string;
  tone: 'info' | 'warn';
}

export interface LineMarker {
  line: number;
  message: string;
}

export interface CodeEditorHandle {
  getValue(): string;
  setValue(value: string): void;
  revealLine(line: number): void;
  focus(): void;
  setBadges(badges: LineBadge[]): void;
  setError(marker: LineMarker | null): void;
}

export interface CodeEditorProps {
  language: 'python' | 'sql';
  /** Initial text (later changes go through the handle). */
  initialValue: string;
  label: string;
  onChange?: (value: string) => void;
  onRun?: () => void;
  /** Called once Monaco is up (for completion providers and the like). */
  onMonaco?: (monaco: MonacoApi, editor: Monaco.editor.IStandaloneCodeEditor) => void;
  readOnly?: boolean;
  ref?: Ref<CodeEditorHandle>;
  testId?: string;
}

let widgetIds = 0;

/** The "×51" after a line: a content widget at the end of the line `lineOf()` says (the glyph
 *  decoration's current line, so the badge follows its line when lines are added above it). */
function badgeWidget(monaco: MonacoApi, model: Monaco.editor.ITextModel, badge: LineBadge, lineOf: () => number): Monaco.editor.IContentWidget {
  const id = `ormlab.badge.${++widgetIds}`;
  const node = document.createElement('span');
  node.className = `ormlab-line-badge ormlab-line-badge-${badge.tone}`;
  node.textContent = badge.text;
  node.title = badge.hover.replace(/[*`]/g, '');
  return {
    getId: () => id,
    getDomNode: () => node,
    getPosition: () => {
      const line = Math.min(Math.max(1, lineOf()), model.getLineCount());
      return { position: { lineNumber: line, column: model.getLineMaxColumn(line) }, preference: [monaco.editor.ContentWidgetPositionPreference.EXACT] };
    },
  };
}

export function CodeEditor({ language, initialValue, label, onChange, onRun, onMonaco, readOnly, ref, testId }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<MonacoApi | null>(null);
  const badges = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null);
  const errorLine = useRef<Monaco.editor.IEditorDecorationsCollection | null>(null);
  const badgeWidgets = useRef<Monaco.editor.IContentWidget[]>([]);
  const callbacks = useRef({ onChange, onRun, onMonaco });
  useLayoutEffect(() => {
    callbacks.current = { onChange, onRun, onMonaco };
  });
  const initial = useRef(initialValue);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const { resolved } = useTheme();
  const themeRef = useRef(resolved);
  useLayoutEffect(() => {
    themeRef.current = resolved;
  });

  useEffect(() => {
    let disposed = false;
    loadMonaco().then(
      (monaco) => {
        if (disposed || !host.current) return;
        monacoRef.current = monaco;
        const editor = monaco.editor.create(host.current, {
          value: initial.current,
          language,
          theme: MONACO_THEMES[themeRef.current],
          ariaLabel: label,
          readOnly: readOnly ?? false,
          automaticLayout: true,
          minimap: { enabled: false },
          glyphMargin: language === 'python',
          lineNumbersMinChars: 3,
          fontSize: 13,
          tabSize: 4,
          scrollBeyondLastLine: false,
          fixedOverflowWidgets: true,
          renderLineHighlightOnlyWhenFocus: true,
          padding: { top: 8 },
        });
        editor.onDidChangeModelContent(() => {
          callbacks.current.onChange?.(editor.getValue());
          for (const widget of badgeWidgets.current) editor.layoutContentWidget(widget); // follow their lines
        });
        editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun?.());
        editorRef.current = editor;
        badges.current = editor.createDecorationsCollection();
        errorLine.current = editor.createDecorationsCollection();
        callbacks.current.onMonaco?.(monaco, editor);
        setReady(true);
      },
      (e: Error) => setFailed(e.message),
    );
    return () => {
      disposed = true;
      editorRef.current?.getModel()?.dispose();
      editorRef.current?.dispose();
      editorRef.current = null;
    };
  }, [language, label, readOnly]);

  useEffect(() => {
    monacoRef.current?.editor.setTheme(MONACO_THEMES[resolved]);
  }, [resolved, ready]);

  useImperativeHandle(
    ref,
    () => ({
      getValue: () => editorRef.current?.getValue() ?? initial.current,
      setValue: (value) => {
        initial.current = value;
        const editor = editorRef.current;
        // pushEditOperations keeps Undo able to bring back what the learner had.
        const model = editor?.getModel();
        if (editor && model && model.getValue() !== value) {
          editor.pushUndoStop();
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
          editor.pushUndoStop();
        }
      },
      revealLine: (line) => {
        const editor = editorRef.current;
        if (!editor) return;
        editor.revealLineInCenterIfOutsideViewport(line);
        editor.setPosition({ lineNumber: line, column: 1 });
        editor.focus();
      },
      focus: () => editorRef.current?.focus(),
      setBadges: (list) => {
        const editor = editorRef.current;
        const model = editor?.getModel();
        const monaco = monacoRef.current;
        if (!editor || !model || !monaco) return;
        for (const widget of badgeWidgets.current) editor.removeContentWidget(widget);
        const lines = model.getLineCount();
        const shown = list.filter((b) => b.line >= 1 && b.line <= lines);
        // A dot in the glyph margin (with the hover text) ...
        badges.current?.set(
          shown.map((b) => ({
            range: { startLineNumber: b.line, startColumn: 1, endLineNumber: b.line, endColumn: 1 },
            options: { glyphMarginClassName: `ormlab-glyph ormlab-glyph-${b.tone}`, glyphMarginHoverMessage: { value: b.hover } },
          })),
        );
        // ... and the count after the line's last character, as a content widget: Monaco's own
        // injected text (`after`) does not render in this build.
        const collection = badges.current;
        badgeWidgets.current = shown.map((b, i) => badgeWidget(monaco, model, b, () => collection?.getRange(i)?.startLineNumber ?? b.line));
        for (const widget of badgeWidgets.current) editor.addContentWidget(widget);
      },
      setError: (marker) => {
        const monaco = monacoRef.current;
        const model = editorRef.current?.getModel();
        if (!monaco || !model) return;
        if (!marker || marker.line < 1 || marker.line > model.getLineCount()) {
          monaco.editor.setModelMarkers(model, 'ormlab', []);
          errorLine.current?.clear();
          return;
        }
        const end = model.getLineMaxColumn(marker.line);
        monaco.editor.setModelMarkers(model, 'ormlab', [
          { severity: monaco.MarkerSeverity.Error, message: marker.message, startLineNumber: marker.line, startColumn: 1, endLineNumber: marker.line, endColumn: end },
        ]);
        errorLine.current?.set([
          {
            range: { startLineNumber: marker.line, startColumn: 1, endLineNumber: marker.line, endColumn: end },
            options: { isWholeLine: true, className: 'ormlab-error-line', glyphMarginClassName: 'ormlab-glyph ormlab-glyph-error', linesDecorationsClassName: 'ormlab-error-gutter' },
          },
        ]);
        editorRef.current?.revealLineInCenterIfOutsideViewport(marker.line);
      },
    }),
    [],
  );

  return (
    <div className="relative h-full min-h-0 w-full" data-testid={testId} data-editor-ready={ready ? 'true' : 'false'}>
      <div ref={host} className="absolute inset-0" />
      {!ready && (
        // Same box, same font: the text is readable while Monaco loads, and nothing moves after.
        <pre aria-label={label} className="absolute inset-0 overflow-auto whitespace-pre p-2 pl-12 font-mono text-[13px] leading-[19px] text-zinc-700 dark:text-zinc-300">
          {failed ? `The editor failed to load: ${failed}\n\n` : ''}
          {initialValue}
        </pre>
      )}
    </div>
  );
}
