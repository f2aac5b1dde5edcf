import fs from 'node:fs';
import { createGrader, type GradingLab } from '@/lib/grading/grader';
import type { GradeReport } from '@/lib/grading/types';
import type { RunResult, SqlResult } from '@/lib/runtime/protocol';
import { runnableExamples } from './examples';
import { splitFrontmatter } from './frontmatter';
import type { LoadedLesson } from './types';

// lessons:verify, per lesson: the solution passes every check, the starter fails at least one
// (when there is an exercise), every known mistake gets its own message, and every runnable
// example in the prose runs. The transcript of what happened (verdicts, query counts, the
// details learners would read) is compared with a golden file, so a change to a lesson, the
// grader or the engine shows up in review as a diff.

export interface VerifyLab extends GradingLab {
  sql(sql: string): Promise<SqlResult>;
}

/** One graded run as the golden file records it: "pass", or "fail: <what the learner reads>". */
export interface RunTranscript {
  queries: number;
  error?: string;
  verdicts?: Record<string, string>;
  mistake?: string | null;
}

export interface LessonTranscript {
  solution?: RunTranscript;
  starter: RunTranscript;
  mistakes?: Record<string, RunTranscript>;
  examples?: Record<string, string>;
}

export interface LessonVerification {
  id: string;
  transcript: LessonTranscript;
  problems: string[];
  seconds: number;
}

function transcriptOf(run: RunResult, report: GradeReport | null): RunTranscript {
  const t: RunTranscript = { queries: run.queryCount };
  if (!run.ok) t.error = `${run.error?.type}: ${run.error?.message}`;
  if (report) {
    t.verdicts = Object.fromEntries(report.verdicts.map((v) => [v.id, v.status === 'pass' ? 'pass' : `${v.status}: ${v.detail}`]));
    t.mistake = report.mistake?.file ?? null;
  }
  return t;
}

function failing(report: GradeReport): string {
  return report.verdicts
    .filter((v) => v.status !== 'pass')
    .map((v) => `${v.id} (${v.status}: ${v.detail})`)
    .join('; ');
}

export async function verifyLesson(lesson: LoadedLesson, lab: VerifyLab): Promise<LessonVerification> {
  const started = performance.now();
  const problems: string[] = [];
  const meta = lesson.meta;
  if (!meta) throw new Error(`${lesson.file} has problems: run lessons:check first`);
  const timeLimitMs = meta.timeLimitSeconds * 1000;
  const at = (name: string) => `${lesson.file.replace(/index\.mdx$/, '')}${name}`;
  const run = (code: string) => lab.run(code, { reset: true, timeLimitMs });
  const transcript: LessonTranscript = { starter: { queries: 0 } };

  if (meta.checks) {
    const exercise = { checks: meta.checks, mistakes: meta.mistakes ?? [], solution: lesson.files.solution ?? '', checkSource: lesson.files.check };
    const grader = createGrader(exercise, lab, { timeLimitMs });
    await grader.prepare();
    const graded = async (code: string) => {
      const result = await run(code);
      const report = await grader.grade(result);
      return { result, report };
    };

    const solution = await graded(exercise.solution);
    transcript.solution = transcriptOf(solution.result, solution.report);
    if (!solution.result.ok) problems.push(`${at('solution.py')}: raised ${transcript.solution.error}`);
    else if (!solution.report.passed) problems.push(`${at('solution.py')}: fails ${failing(solution.report)}`);

    const starter = await graded(lesson.files.starter ?? '');
    transcript.starter = transcriptOf(starter.result, starter.report);
    if (starter.report.passed) problems.push(`${at('starter.py')}: already passes every check (it should leave something to do)`);

    transcript.mistakes = {};
    for (const mistake of meta.mistakes ?? []) {
      const { result, report } = await graded(lesson.files.mistakes[mistake.file] ?? '');
      transcript.mistakes[mistake.file] = transcriptOf(result, report);
      if (report.passed) problems.push(`${at(`mistakes/${mistake.file}`)}: passes every check, so it is not a mistake`);
      else if (report.mistake?.file !== mistake.file) {
        const got = report.mistake ? `the message of ${report.mistake.file}` : `the generic failure (${failing(report)})`;
        problems.push(`${at(`mistakes/${mistake.file}`)}: expected its message, got ${got}`);
      }
    }
  } else {
    const starter = await run(lesson.files.starter ?? '');
    transcript.starter = transcriptOf(starter, null);
    if (!starter.ok) problems.push(`${at('starter.py')}: raised ${transcript.starter.error}`);
  }

  const examples = runnableExamples(splitFrontmatter(fs.readFileSync(`${lesson.dir}/index.mdx`, 'utf8')).body);
  if (examples.length) transcript.examples = {};
  for (const example of examples) {
    const name = `line ${example.line} (${example.lang})`;
    if (example.lang === 'python') {
      const result = await run(example.code);
      transcript.examples![name] = result.ok ? `${result.queryCount} ${result.queryCount === 1 ? 'query' : 'queries'}` : `error: ${result.error?.type}: ${result.error?.message}`;
      if (!result.ok) problems.push(`${lesson.file}:${example.line}: the example raised ${result.error?.type}: ${result.error?.message}`);
    } else {
      await lab.run('', { reset: true, timeLimitMs });
      const result = await lab.sql(example.code);
      transcript.examples![name] = result.ok ? `${result.rowCount} rows` : `error: ${result.error?.message}`;
      if (!result.ok) problems.push(`${lesson.file}:${example.line}: the SQL example failed: ${result.error?.message}`);
    }
  }
  return { id: lesson.id, transcript, problems, seconds: (performance.now() - started) / 1000 };
}
