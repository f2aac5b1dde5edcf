'use client';
// The Plan tab: EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) as an indented tree of steps, the
// slowest one marked, with planning and execution time on top. A WAI-ARIA tree: arrow keys move
// between steps, Left/Right (or Enter) fold and unfold, Home/End jump.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { nodeTitle } from '@/lib/explain/describe';
import { parsePlan, PlanParseError } from '@/lib/explain/plan-tree';
import type { PlanNode, PlanTree as PlanModel } from '@/lib/explain/types';
import type { ExplainPlan } from '@/lib/runtime/protocol';
import { ms, percent } from './format-number';
import { PlanNodeCard } from './plan-node';

export interface PlanTreeProps {
  /** What LabClient.explain / LabEngine.explain returned. */
  plan: ExplainPlan[];
}

function visibleNodes(tree: PlanModel, collapsed: ReadonlySet<number>): PlanNode[] {
  const out: PlanNode[] = [];
  const walk = (n: PlanNode) => {
    out.push(n);
    if (!collapsed.has(n.id)) n.children.forEach(walk);
  };
  walk(tree.root);
  return out;
}

function parentOf(tree: PlanModel, id: number): PlanNode | null {
  return tree.nodes.find((n) => n.children.some((c) => c.id === id)) ?? null;
}

export function PlanTree({ plan }: PlanTreeProps) {
  const parsed = useMemo(() => {
    try {
      return { tree: parsePlan(plan), error: null };
    } catch (e) {
      return { tree: null, error: e instanceof PlanParseError ? e.message : `The plan could not be read: ${String(e)}` };
    }
  }, [plan]);
  if (!parsed.tree) return <p role="alert" className="p-3 text-sm text-red-700 dark:text-red-400">{parsed.error}</p>;
  return <PlanView tree={parsed.tree} />;
}

function PlanView({ tree }: { tree: PlanModel }) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [focused, setFocused] = useState(0);
  // Another plan (the learner picked another query) starts unfolded, at the top.
  const [shown, setShown] = useState(tree);
  if (shown !== tree) {
    setShown(tree);
    setCollapsed(new Set());
    setFocused(0);
  }
  const items = useRef(new Map<number, HTMLLIElement>());
  const totalCost = tree.nodes.reduce((s, n) => s + n.exclusiveCost, 0);
  const share = (n: PlanNode) => (n.actual ? n.actual.percent : totalCost > 0 ? (n.exclusiveCost / totalCost) * 100 : 0);
  const heavy = tree.nodes[tree.mostExpensive];

  const focus = (id: number) => {
    setFocused(id);
    items.current.get(id)?.focus();
  };
  const setOpen = (id: number, open: boolean) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  const reveal = (id: number) => {
    // Unfold every ancestor so the node can take the focus.
    const closed = new Set(collapsed);
    for (let p = parentOf(tree, id); p; p = parentOf(tree, p.id)) closed.delete(p.id);
    setCollapsed(closed);
    setFocused(id);
    requestAnimationFrame(() => items.current.get(id)?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const visible = visibleNodes(tree, collapsed);
    const at = visible.findIndex((n) => n.id === focused);
    const node = visible[at];
    if (!node) return;
    const hasChildren = node.children.length > 0;
    const open = hasChildren && !collapsed.has(node.id);
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    switch (e.key) {
      case 'ArrowDown':
        handled();
        if (at < visible.length - 1) focus(visible[at + 1].id);
        break;
      case 'ArrowUp':
        handled();
        if (at > 0) focus(visible[at - 1].id);
        break;
      case 'Home':
        handled();
        focus(visible[0].id);
        break;
      case 'End':
        handled();
        focus(visible[visible.length - 1].id);
        break;
      case 'ArrowRight':
        handled();
        if (hasChildren && !open) setOpen(node.id, true);
        else if (open) focus(node.children[0].id);
        break;
      case 'ArrowLeft': {
        handled();
        const parent = parentOf(tree, node.id);
        if (open) setOpen(node.id, false);
        else if (parent) focus(parent.id);
        break;
      }
      case 'Enter':
      case ' ':
        if (hasChildren) {
          handled();
          setOpen(node.id, !open);
        }
        break;
    }
  };

  const renderNode = (node: PlanNode) => {
    const hasChildren = node.children.length > 0;
    const open = hasChildren && !collapsed.has(node.id);
    return (
      <li
        key={node.id}
        ref={(el) => {
          if (el) items.current.set(node.id, el);
          else items.current.delete(node.id);
        }}
        role="treeitem"
        aria-level={node.depth + 1}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={focused === node.id}
        aria-label={`${node.subplanName ? `${node.subplanName}: ` : ''}${nodeTitle(node)}${node.actual ? `, ${ms(node.actual.exclusiveMs)}` : ''}`}
        tabIndex={focused === node.id ? 0 : -1}
        onFocus={(e) => {
          if (e.target === e.currentTarget) setFocused(node.id);
        }}
        className="outline-none focus-visible:[&>div>.plan-row]:ring-2 focus-visible:[&>div>.plan-row]:ring-emerald-600"
      >
        <div className="flex items-start gap-1">
          {hasChildren ? (
            <span
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                setOpen(node.id, !open);
                focus(node.id);
              }}
              className={`mt-2 w-4 shrink-0 cursor-pointer text-center text-[0.6rem] text-zinc-400 transition-transform select-none hover:text-zinc-700 dark:hover:text-zinc-200 ${open ? 'rotate-90' : ''}`}
            >
              ▶
            </span>
          ) : (
            <span aria-hidden="true" className="w-4 shrink-0" />
          )}
          <div className="min-w-0 flex-1" onClick={() => focus(node.id)}>
            <PlanNodeCard node={node} share={share(node)} analyzed={tree.analyzed} />
          </div>
        </div>
        {hasChildren && open && (
          <ul role="group" className="mt-1 ml-2 space-y-1 border-l border-zinc-200 pl-3 dark:border-zinc-800">
            {node.children.map(renderNode)}
          </ul>
        )}
        {hasChildren && !open && <p className="mt-0.5 ml-5 text-[0.7rem] text-zinc-400">{node.children.length} folded</p>}
      </li>
    );
  };

  return (
    <div className="space-y-2 p-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 px-1 text-xs text-zinc-600 dark:text-zinc-400">
        {tree.analyzed ? (
          <>
            <span>
              Execution <span className="font-semibold text-zinc-900 tabular-nums dark:text-zinc-100">{ms(tree.executionMs ?? tree.root.actual!.inclusiveMs)}</span>
            </span>
            {tree.planningMs !== null && <span>Planning {ms(tree.planningMs)}</span>}
          </>
        ) : (
          <span className="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">Estimates only: the query was planned, not run</span>
        )}
        {tree.triggers.map((t) => (
          <span key={t.name}>
            trigger {t.name}: {ms(t.ms)}
          </span>
        ))}
        {tree.nodes.length > 1 && (
          <button
            type="button"
            onClick={() => reveal(heavy.id)}
            className="ml-auto rounded px-1.5 py-0.5 text-red-800 underline decoration-dotted underline-offset-2 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950/40"
          >
            {tree.analyzed ? 'Slowest' : 'Costliest'}: {nodeTitle(heavy)} ({percent(share(heavy))})
          </button>
        )}
      </div>
      <ul role="tree" aria-label="Query plan" onKeyDown={onKeyDown} className="space-y-1">
        {renderNode(tree.root)}
      </ul>
    </div>
  );
}
