import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

vi.mock('server-only', () => ({}));
const { readCourseIndex, frontmatterTitle } = await import('./catalog');

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

describe('readCourseIndex', () => {
  it('is an empty course when there are no lessons', () => {
    expect(readCourseIndex(path.join(os.tmpdir(), 'does-not-exist'))).toEqual({ modules: [] });
  });

  it('lists numbered modules and lessons in order, titles from frontmatter', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-lessons-'));
    write(root, '01-foundations/02-lazy-querysets/index.mdx', '---\ntitle: "Lazy QuerySets"\n---\n# x');
    write(root, '01-foundations/01-what-the-orm-is/index.mdx', '---\ntitle: What the ORM is\n---\n');
    write(root, '01-foundations/03-draft/notes.md', 'no index.mdx: not a lesson');
    write(root, '02-querying-basics/01-filter/index.mdx', 'no frontmatter');
    write(root, 'README.md', 'ignored');
    expect(readCourseIndex(root)).toEqual({
      modules: [
        {
          id: '01-foundations',
          title: 'Foundations',
          lessons: [
            { id: '01-foundations/01-what-the-orm-is', title: 'What the ORM is', href: '/lessons/01-foundations/01-what-the-orm-is' },
            { id: '01-foundations/02-lazy-querysets', title: 'Lazy QuerySets', href: '/lessons/01-foundations/02-lazy-querysets' },
          ],
        },
        {
          id: '02-querying-basics',
          title: 'Querying basics',
          lessons: [{ id: '02-querying-basics/01-filter', title: 'Filter', href: '/lessons/02-querying-basics/01-filter' }],
        },
      ],
    });
  });

  it('reads quoted and unquoted titles', () => {
    expect(frontmatterTitle("---\nslug: x\ntitle: 'A: b'\n---")).toBe('A: b');
    expect(frontmatterTitle('title: outside frontmatter')).toBeUndefined();
  });
});
