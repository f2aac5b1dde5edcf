import type { CheckSpec } from '@/lib/lessons/checks-schema';

/** What a check verifies, in the learner's words, unless the author gave a `title`. */
export function checkTitle(check: CheckSpec): string {
  if (check.title) return check.title;
  switch (check.kind) {
    case 'rows':
      return check.ordered ? 'Returns the expected rows, in order' : 'Returns the expected rows';
    case 'maxQueries':
      return `At most ${check.max} ${check.max === 1 ? 'query' : 'queries'}`;
    case 'exactQueries':
      return `Exactly ${check.count} ${check.count === 1 ? 'query' : 'queries'}`;
    case 'sqlIncludes':
      return `The SQL contains ${check.regex ? `/${check.pattern}/` : `\u201c${check.pattern}\u201d`}`;
    case 'sqlExcludes':
      return `The SQL does not contain ${check.regex ? `/${check.pattern}/` : `\u201c${check.pattern}\u201d`}`;
    case 'noNPlusOne':
      return 'No N+1 queries';
    case 'usesIndex':
      return check.index ? `The plan uses the index ${check.index}` : 'The plan uses an index';
    case 'calls':
      return check.max === 0 ? `Does not call ${check.name}()` : `Calls ${check.name}()`;
    case 'atomic':
      return 'The writes run in one transaction';
    case 'python':
      return `Passes ${check.function}() in check.py`;
  }
}
