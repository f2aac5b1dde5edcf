import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadCourse } from '../../lib/lessons/loader';
import { scaffoldLesson } from '../../lib/lessons/scaffold';
import { verifyCourse } from '../../lib/lessons/verify-course';
import type { VerifyLab } from '../../lib/lessons/verify';
import { nodeLabClient } from '../../lib/runtime/node-lab';
import type { LabClient } from '../../lib/runtime/client';
import { copyFixtures, edit, FIXTURES } from './course-copy';

// lessons:verify through the Node lab (one worker, shared by the file): the fixture course
// matches its golden transcript; a starter that already passes, a mistake that gets the wrong
// message and a broken example are reported; a scaffolded lesson verifies as it is.

let client: LabClient;
const datasets = path.resolve('content/datasets');
const load = (root: string) => loadCourse({ root, cwd: root, datasets });
const openLab = async (): Promise<VerifyLab & { close(): void }> => Object.assign(client, { close: () => undefined });

beforeAll(async () => {
  client = nodeLabClient('bookstore');
  await client.ready();
});
afterAll(() => client?.dispose());

describe('lessons:verify', () => {
  it('verifies the fixture lessons against their golden transcript', async () => {
    const result = await verifyCourse(load(FIXTURES), { openLab });
    expect(result.problems).toEqual([]);
    expect(result.changed).toEqual({});
    expect(result.lessons.map((l) => l.id)).toEqual(['relations/select-related', 'relations/compare-and-quiz', 'writes/reading-list', 'indexes/year-lookup']);
  });

  it('reports a starter that passes, a mistake with the wrong message, a broken example, and the transcript change', async () => {
    const root = copyFixtures();
    const lesson = '01-relations/01-select-related';
    fs.copyFileSync(path.join(root, lesson, 'solution.py'), path.join(root, lesson, 'starter.py'));
    edit(root, `${lesson}/index.mdx`, (t) => t.replace('name: prefetch_related', 'name: only').replace('[(book.title, book.author.name) for book in books]', 'books.nope()'));
    const result = await verifyCourse(load(root), { openLab, only: ['select-related'] });
    expect(result.problems).toEqual([
      `${lesson}/starter.py: already passes every check (it should leave something to do)`,
      expect.stringMatching(new RegExp(`^${lesson}/mistakes/prefetch-forward-fk\\.py: expected its message, got the generic failure \\(maxQueries \\(fail: Your code ran 2 queries`)),
      expect.stringMatching(new RegExp(`^${lesson}/index\\.mdx:33: the example raised AttributeError: `)),
    ]);
    expect(result.changed['relations/select-related']).toContain('+ starter.queries = 1');
  });

  it('verifies a lesson scaffolded by lessons:new, and records it in the golden file', async () => {
    const root = copyFixtures();
    const created = scaffoldLesson(root, 'relations', 'first-steps');
    expect(created.id).toBe('relations/first-steps');
    const course = load(root);
    expect(course.problems).toEqual([]);
    const result = await verifyCourse(course, { openLab, only: ['first-steps'], updateGolden: true });
    expect(result.problems).toEqual([]);
    const golden = JSON.parse(fs.readFileSync(path.join(root, 'verify.golden.json'), 'utf8'));
    expect(Object.keys(golden.lessons)).toContain('relations/first-steps');
    expect(golden.lessons['relations/first-steps'].starter.verdicts.rows).toBe('fail: Your result has 3 rows; the expected result has 5.');
  });

  it('boots a schema lesson in a lab of its own, with its models.py as the work app', async () => {
    const root = copyFixtures();
    const lesson = '01-relations/01-select-related';
    fs.writeFileSync(path.join(root, lesson, 'models.py'), 'from django.db import models\n\n\nclass Shelf(models.Model):\n    name = models.CharField(max_length=40)\n');
    edit(root, `${lesson}/index.mdx`, (t) => t.replace(/^estimatedMinutes:/m, 'modelsApp: library\nmigrateModels: true\nestimatedMinutes:'));
    const opened: unknown[] = [];
    const recordingLab = async (dataset: string, workApp: unknown) => {
      opened.push({ dataset, workApp });
      return openLab();
    };
    const result = await verifyCourse(load(root), { openLab: recordingLab, only: ['relations/'] });
    expect(result.problems).toEqual([]);
    expect(opened).toEqual([
      { dataset: 'bookstore', workApp: { label: 'library', models: expect.stringContaining('class Shelf'), migrate: true } },
      { dataset: 'bookstore', workApp: null },
    ]);
  });
});
