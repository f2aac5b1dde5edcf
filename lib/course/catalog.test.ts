import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

vi.mock('server-only', () => ({}));
const { readCourseIndex } = await import('./catalog');

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

const lesson = (title: string) =>
  `---\ntitle: "${title}"\nsummary: About ${title}.\nobjectives: [read]\ndataset: bookstore\nestimatedMinutes: 5\n---\n# x\n`;

describe('readCourseIndex', () => {
  it('is an empty course when there are no lessons', () => {
    expect(readCourseIndex(path.join(os.tmpdir(), 'does-not-exist'))).toEqual({ modules: [] });
  });

  it('lists modules and lessons in numeric order, by slug, titles from frontmatter', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-lessons-'));
    write(root, '01-foundations/_module.mdx', '---\ntitle: Foundations\nsummary: Start here.\n---\n');
    write(root, '01-foundations/02-lazy-querysets/index.mdx', lesson('Lazy QuerySets'));
    write(root, '01-foundations/01-what-the-orm-is/index.mdx', lesson('What the ORM is'));
    write(root, '01-foundations/03-draft/notes.md', 'no index.mdx: not a lesson');
    write(root, '02-querying-basics/01-filter/index.mdx', 'no frontmatter: still listed, titled by its folder');
    write(root, '03-empty/_module.mdx', '---\ntitle: Empty\nsummary: Nothing yet.\n---\n');
    write(root, 'README.md', 'ignored');
    expect(readCourseIndex(root)).toEqual({
      modules: [
        {
          id: 'foundations',
          title: 'Foundations',
          summary: 'Start here.',
          lessons: [
            { id: 'foundations/what-the-orm-is', title: 'What the ORM is', href: '/learn/foundations/what-the-orm-is', summary: 'About What the ORM is.' },
            { id: 'foundations/lazy-querysets', title: 'Lazy QuerySets', href: '/learn/foundations/lazy-querysets', summary: 'About Lazy QuerySets.' },
          ],
        },
        {
          id: 'querying-basics',
          title: 'Querying basics',
          summary: '',
          lessons: [{ id: 'querying-basics/filter', title: 'Filter', href: '/learn/querying-basics/filter', summary: '' }],
        },
      ],
    });
  });
});
