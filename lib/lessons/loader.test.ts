import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from './frontmatter';
import { allLessons, findLesson, loadCourse } from './loader';

function course(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-course-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return { root, loaded: loadCourse({ root, cwd: root, datasets: path.resolve('content/datasets') }) };
}

const mod = (extra = '') => `---\ntitle: Relations\nsummary: Joins.\ndataset: bookstore\n${extra}---\n`;
const lesson = (extra = '') => `---\ntitle: L\nsummary: S.\nobjectives: [o]\nestimatedMinutes: 5\n${extra}---\n# x\n`;

describe('loadCourse', () => {
  it('orders by numeric prefix, drops it from slugs and ids, and inherits module defaults', () => {
    const { loaded } = course({
      '02-writes/_module.mdx': mod('timeLimitSeconds: 20\n'),
      '02-writes/01-atomic/index.mdx': lesson(),
      '02-writes/01-atomic/starter.py': 'x',
      '01-relations/_module.mdx': mod('difficulty: advanced\n'),
      '01-relations/10-later/index.mdx': lesson('difficulty: beginner\n'),
      '01-relations/10-later/starter.py': 'x',
      '01-relations/02-first/index.mdx': lesson(),
      '01-relations/02-first/starter.py': 'x',
    });
    expect(loaded.problems).toEqual([]);
    expect(allLessons(loaded).map((l) => [l.id, l.href])).toEqual([
      ['relations/first', '/learn/relations/first'],
      ['relations/later', '/learn/relations/later'],
      ['writes/atomic', '/learn/writes/atomic'],
    ]);
    expect(findLesson(loaded, 'relations', 'first')?.meta).toMatchObject({ dataset: 'bookstore', difficulty: 'advanced', timeLimitSeconds: 10 });
    expect(findLesson(loaded, 'relations', 'later')?.meta?.difficulty).toBe('beginner');
    expect(findLesson(loaded, 'writes', 'atomic')?.meta?.timeLimitSeconds).toBe(20);
  });

  it('names every structural problem by file', () => {
    const { loaded } = course({
      '01-relations/_module.mdx': mod(),
      '01-relations/01-a/index.mdx': lesson('checks:\n  - kind: python\nmistakes:\n  - file: listed.py\n    message: m\n    when: [{kind: failed, check: python}]\n'),
      '01-relations/01-a/mistakes/unlisted.py': 'x',
      '01-relations/01-a/notes.txt': 'x',
      '01-relations/01-b/index.mdx': lesson('dataset: nowhere\n'),
      '01-relations/01-b/starter.py': 'x',
      '01-relations/Draft/index.mdx': lesson(),
      '02-empty/01-c/starter.py': 'x',
    });
    const problems = loaded.problems.map(formatProblem);
    expect(problems.filter((p) => !p.includes('nowhere'))).toEqual([
      '01-relations/01-b: number 01 is also used by 01-a',
      '01-relations/Draft: not a numbered folder ("NN-slug", lowercase words joined by "-")',
      '01-relations/01-a/notes.txt: unexpected file (a lesson holds index.mdx, starter.py, solution.py, check.py, models.py, mistakes)',
      '01-relations/01-a/starter.py: missing: the code the learner starts from',
      '01-relations/01-a/solution.py: missing: a lesson with checks needs a reference solution',
      '01-relations/01-a/check.py: missing: a `python` check calls a function of check.py',
      '01-relations/01-a/mistakes/listed.py: missing: listed in the frontmatter\u2019s `mistakes`',
      '01-relations/01-a/mistakes/unlisted.py: not listed in the frontmatter\u2019s `mistakes` (say which message it gets)',
      '02-empty: no _module.mdx (title and summary of the module)',
      '02-empty/01-c: no index.mdx: every lesson folder needs one',
    ]);
    expect(problems.filter((p) => p.includes('nowhere'))).toEqual([
      expect.stringMatching(/^01-relations\/01-b\/index\.mdx:2: dataset "nowhere" does not exist \(no .*content\/datasets\/nowhere\/models\.py\)$/),
    ]);
  });
});
