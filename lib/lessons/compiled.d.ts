import type { ComponentType } from 'react';

/** One compiled MDX file, as fumadocs-mdx's server runtime hands it out. */
export interface CompiledDoc {
  info: { path: string; fullPath: string };
  /** The MDX content; `components` maps the names used in it to React components. */
  body: ComponentType<{ components?: Record<string, unknown> }>;
}

export declare const lessons: CompiledDoc[];
export declare const modules: CompiledDoc[];
