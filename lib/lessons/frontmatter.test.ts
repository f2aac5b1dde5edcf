import { describe, expect, it } from 'vitest';
import { formatProblem, parseFrontmatter, splitFrontmatter } from './frontmatter';
import { lessonFrontmatterSchema, moduleFrontmatterSchema } from './schema';

const FILE = 'lessons/01-m/01-l/index.mdx';

function problems(yaml: string): string[] {
  const parsed = parseFrontmatter(`---\n${yaml}\n---\n# Body\n`, FILE, lessonFrontmatterSchema);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

const valid = ['title: Why select_related', 'summary: One JOIN instead of N+1.', 'objectives: [spot an N+1]', 'estimatedMinutes: 10'];

describe('lesson frontmatter', () => {
  it('accepts a minimal lesson and applies defaults', () => {
    const parsed = parseFrontmatter(`---\n${valid.join('\n')}\n---\n`, FILE, lessonFrontmatterSchema);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.editableModels).toBe(false);
  });

  it('names the file and the line of a wrong value', () => {
    expect(problems([...valid, 'checks:', '  - kind: maxQueries', '    max: two'].join('\n'))).toEqual([
      `${FILE}:8: checks[0].max: Invalid input: expected number, received string`,
    ]);
  });

  it('names an unknown key on its line and suggests the right one', () => {
    expect(problems([...valid, 'sumary: typo'].join('\n'))).toEqual([`${FILE}:6: unknown key "sumary" (did you mean "summary"?)`]);
  });

  it('reports a missing required field at the top of the frontmatter', () => {
    expect(problems(valid.slice(1).join('\n'))).toEqual([`${FILE}:2: title: Invalid input: expected string, received undefined`]);
  });

  it('rejects an unknown check kind on its line', () => {
    const [problem] = problems([...valid, 'checks:', '  - kind: fastEnough'].join('\n'));
    expect(problem).toMatch(new RegExp(`^${FILE}:7: checks\\[0\\]\\.kind: `));
  });

  it('rejects two checks with one id, and a mistake condition naming no check', () => {
    const out = problems(
      [...valid, 'checks:', '  - kind: calls', '    name: select_related', '  - kind: calls', '    name: only', 'mistakes:', '  - file: a.py', '    message: m', '    when:', '      - kind: failed', '        check: rows'].join('\n'),
    );
    expect(out).toEqual([
      `${FILE}:9: checks[1].id: two checks are called "calls": give one an \`id\``,
      `${FILE}:16: mistakes[0].when[0].check: no check "rows" (checks: calls, calls)`,
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = problems([...valid, 'objectives: [unclosed'].join('\n'));
    expect(problem).toMatch(new RegExp(`^${FILE}:6: YAML: `));
  });

  it('reports a file without frontmatter', () => {
    const parsed = parseFrontmatter('# Just prose\n', FILE, lessonFrontmatterSchema);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([`${FILE}:1: no frontmatter: the file must start with a --- block`]);
  });

  it('validates module frontmatter strictly', () => {
    const parsed = parseFrontmatter('---\ntitle: Foundations\nsummary: s\ndataset: Not-A-Folder\n---\n', 'm/_module.mdx', moduleFrontmatterSchema);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([`m/_module.mdx:4: dataset: a folder name under content/datasets/`]);
  });
});

describe('splitFrontmatter', () => {
  it('keeps the body on its original lines', () => {
    const { yaml, body } = splitFrontmatter('---\na: 1\nb: 2\n---\nline 5\n');
    expect(yaml).toBe('a: 1\nb: 2');
    expect(body.split('\n')[4]).toBe('line 5');
  });
});
