import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Compare } from './compare';
import { Exercise } from './exercise';
import { Hint } from './hint';
import { Option, Quiz } from './quiz';
import { RunExample } from './run-example';
import { Solution } from './solution';
import { SqlBlock } from './sql-block';

// What lesson MDX may use (lib/lessons/mdx-options.ts lists the same names for lessons:check).
export const lessonMdxComponents = { pre: CodeBlock, Callout, Compare, Exercise, Hint, Option, Quiz, RunExample, Solution, SqlBlock };
