import type { DefaultMDXOptions } from 'fumadocs-mdx/config';
import { remarkLesson } from './remark-lesson';

type Pluggable = Extract<DefaultMDXOptions['remarkPlugins'], unknown[]>[number];

// MDX options shared by the build (source.config.ts) and lessons:check, so what the check
// compiles is what the site compiles. Relative imports only (fumadocs-mdx bundles the config).

export function lessonMdxOptions(extraRemarkPlugins: Pluggable[] = []): DefaultMDXOptions {
  return {
    remarkPlugins: [remarkLesson, ...extraRemarkPlugins],
    rehypeCodeOptions: {
      themes: { light: 'github-light', dark: 'github-dark' },
      langs: ['python', 'sql', 'bash', 'json'],
    },
    // fumadocs' search index of headings and paragraphs: the course searches titles and summaries.
    remarkStructureOptions: false,
  };
}

/** Components lesson MDX may use (components/lesson/mdx-components.tsx provides them). */
export const LESSON_COMPONENTS = ['Exercise', 'Hint', 'Solution', 'Callout', 'Compare', 'Quiz', 'Option', 'SqlBlock', 'RunExample'] as const;
