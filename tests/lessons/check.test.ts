import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkCourseMdx } from '../../lib/lessons/check-mdx';
import { formatProblem } from '../../lib/lessons/frontmatter';
import { loadCourse } from '../../lib/lessons/loader';
import { copyFixtures, edit, FIXTURES } from './course-copy';

// lessons:check's MDX step on the fixture lessons, and on copies broken the ways authors break them.

async function problems(root: string): Promise<string[]> {
  const course = loadCourse({ root, cwd: root, datasets: path.resolve('content/datasets') });
  return [...course.problems, ...(await checkCourseMdx(course))].map(formatProblem);
}

describe('lessons:check', () => {
  it('accepts the fixture lessons', async () => {
    expect(await problems(FIXTURES)).toEqual([]);
  });

  it('names an unknown component and an MDX syntax error with file and line', async () => {
    const root = copyFixtures();
    edit(root, '01-relations/01-select-related/index.mdx', (t) => `${t}\n<Hnit>typo</Hnit>\n`);
    edit(root, '01-relations/02-compare-and-quiz/index.mdx', (t) => `${t}\n<Callout>never closed\n`);
    expect(await problems(root)).toEqual([
      expect.stringMatching(/^01-relations\/01-select-related\/index\.mdx:59: unknown component <Hnit> \(lessons use Exercise, Hint/),
      expect.stringMatching(/^01-relations\/02-compare-and-quiz\/index\.mdx:41: MDX: Expected a closing tag for `<Callout>`/),
    ]);
  });

  it('requires exactly one <Exercise> when there are checks, and none without', async () => {
    const root = copyFixtures();
    edit(root, '03-indexes/01-year-lookup/index.mdx', (t) => t.replace(/<Exercise>[\s\S]*?<\/Exercise>/, ''));
    edit(root, '01-relations/02-compare-and-quiz/index.mdx', (t) => `${t}\n<Exercise>Do it.</Exercise>\n`);
    expect(await problems(root)).toEqual([
      '01-relations/02-compare-and-quiz/index.mdx:41: <Exercise> needs an exercise: add `checks` to the frontmatter',
      '03-indexes/01-year-lookup/index.mdx: a lesson with checks has exactly one <Exercise> (found 0)',
    ]);
  });
});
