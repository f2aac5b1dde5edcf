import { describe, expect, it } from 'vitest';
import { runnableExamples } from './examples';

describe('runnableExamples', () => {
  it('finds python and sql blocks marked run, with their lines, and skips the rest', () => {
    const mdx = ['# T', '', '```python run title="x"', 'Book.objects.count()', '```', '', '```python', 'not run', '```', '', '```sql run', 'SELECT 1', '```'].join('\n');
    expect(runnableExamples(mdx)).toEqual([
      { lang: 'python', code: 'Book.objects.count()\n', line: 3 },
      { lang: 'sql', code: 'SELECT 1\n', line: 11 },
    ]);
  });

  it('removes the indentation of a block inside a list item, keeping the code own indentation', () => {
    const mdx = ['1. Loop over the books:', '', '   ```python run', '   for b in Book.objects.all()[:2]:', '       print(b.title)', '   ```'].join('\n');
    expect(runnableExamples(mdx)).toEqual([{ lang: 'python', code: 'for b in Book.objects.all()[:2]:\n    print(b.title)\n', line: 3 }]);
  });
});
