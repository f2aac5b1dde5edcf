import { isRunMeta, stripRunMeta } from './examples';

// The remark step of the lesson pipeline (source.config.ts and lessons:check share it):
//   ```python run   ->  <RunExample code="...">highlighted block</RunExample>  ("Run this")
//   ```sql run      ->  <SqlBlock code="...">highlighted block</SqlBlock>
//   <Hint>          ->  <Hint index="0">, "1", ... in document order (revealed one at a time)
// The code block itself stays inside, so shiki still highlights it at build time.

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

interface CodeNode extends Node {
  lang?: string | null;
  meta?: string | null;
  value: string;
}

interface JsxNode extends Node {
  name: string | null;
  attributes: { type: string; name: string; value: unknown }[];
}

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

export function remarkLesson() {
  return (tree: Node) => {
    let hints = 0;
    const walk = (node: Node) => {
      const children = node.children ?? [];
      children.forEach((child, i) => {
        if (child.type === 'code') {
          const code = child as CodeNode;
          if ((code.lang === 'python' || code.lang === 'sql') && isRunMeta(code.meta)) {
            const source = code.value.endsWith('\n') ? code.value : `${code.value}\n`;
            code.meta = stripRunMeta(code.meta) || null;
            const element: JsxNode = {
              type: 'mdxJsxFlowElement',
              name: code.lang === 'python' ? 'RunExample' : 'SqlBlock',
              attributes: [attr('code', source)],
              children: [code],
            };
            children[i] = element;
          }
          return;
        }
        if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && (child as JsxNode).name === 'Hint') {
          (child as JsxNode).attributes.push(attr('index', String(hints++)));
        }
        walk(child);
      });
    };
    walk(tree);
  };
}

/** The components an MDX tree uses, with the line of each use (for lessons:check). */
export function remarkCollectComponents(found: { name: string; line: number }[]) {
  return () => (tree: Node) => {
    const walk = (node: Node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxNode).name) {
        const position = node.position as { start?: { line?: number } } | undefined;
        found.push({ name: (node as JsxNode).name!, line: position?.start?.line ?? 0 });
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
  };
}
