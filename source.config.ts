// The MDX pipeline (fumadocs-mdx, the fastest of the three measured for 100 lessons): which
// files are lessons and modules, their frontmatter schemas (a lesson with bad frontmatter fails
// the build as well as lessons:check), and the remark step that makes runnable examples and
// numbered hints. Code blocks are highlighted at build time by shiki (fumadocs' rehype-code),
// nothing at run time. ORMLAB_LESSONS_DIR builds another folder of lessons (the e2e fixtures).
// Relative imports only: fumadocs-mdx bundles this file on its own.
import { defineCollections, defineConfig } from 'fumadocs-mdx/config';
import { lessonMdxOptions } from './lib/lessons/mdx-options';
import { lessonFrontmatterSchema, moduleFrontmatterSchema } from './lib/lessons/schema';

const dir = process.env.ORMLAB_LESSONS_DIR || 'lessons';

export const lessons = defineCollections({ type: 'doc', dir, files: ['*/*/index.mdx'], schema: lessonFrontmatterSchema });

export const modules = defineCollections({ type: 'doc', dir, files: ['*/_module.mdx'], schema: moduleFrontmatterSchema });

export default defineConfig({
  mdxOptions: lessonMdxOptions(),
});
