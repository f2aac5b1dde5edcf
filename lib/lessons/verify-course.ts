import path from 'node:path';
import { diffTranscripts, readGolden, writeGolden, type Golden } from './golden';
import { allLessons } from './loader';
import type { LoadedCourse } from './types';
import type { WorkApp } from '@/lib/runtime/protocol';
import { lessonWorkApp } from './work-app';
import { verifyLesson, type LessonVerification, type VerifyLab } from './verify';

// Verifies a whole course: one lab per dataset (booted once, shared by its lessons), then the
// golden transcript. Used by `npm run lessons:verify` and by the tests on the fixture lessons.

export interface VerifyCourseOptions {
  /** Boots a lab for a dataset (with a schema lesson's work app); closed with `close` when its
   *  lessons are done. */
  openLab: (dataset: string, workApp: WorkApp | null) => Promise<VerifyLab & { close(): void }>;
  /** Only lessons whose id contains one of these (all when empty). */
  only?: string[];
  /** Rewrite the golden file instead of comparing with it. */
  updateGolden?: boolean;
  log?: (line: string) => void;
}

export interface CourseVerification {
  lessons: LessonVerification[];
  problems: string[];
  /** Lessons whose transcript differs from the golden file, with the differing lines. */
  changed: Record<string, string[]>;
  bootSeconds: Record<string, number>;
  goldenFile: string;
}

export async function verifyCourse(course: LoadedCourse, options: VerifyCourseOptions): Promise<CourseVerification> {
  const log = options.log ?? (() => undefined);
  const only = options.only ?? [];
  const lessons = allLessons(course).filter((l) => !only.length || only.some((s) => l.id.includes(s)));
  // One lab per dataset, shared by its lessons; a schema lesson gets a lab of its own, booted
  // with its work app.
  const byLab = new Map<string, { dataset: string; workApp: WorkApp | null; lessons: typeof lessons }>();
  for (const lesson of lessons) {
    if (!lesson.meta) throw new Error(`${lesson.file} has problems: run lessons:check first`);
    const workApp = lessonWorkApp(lesson);
    const key = workApp ? `${lesson.meta.dataset} + ${lesson.id}` : lesson.meta.dataset;
    const entry = byLab.get(key) ?? { dataset: lesson.meta.dataset, workApp, lessons: [] };
    entry.lessons.push(lesson);
    byLab.set(key, entry);
  }
  const results: LessonVerification[] = [];
  const bootSeconds: Record<string, number> = {};
  for (const [key, { dataset, workApp, lessons: group }] of byLab) {
    const started = performance.now();
    const lab = await options.openLab(dataset, workApp);
    bootSeconds[key] = (performance.now() - started) / 1000;
    log(`${workApp ? `lab for ${key}` : `dataset ${dataset}`}: lab ready in ${bootSeconds[key].toFixed(1)} s`);
    try {
      for (const lesson of group) {
        const result = await verifyLesson(lesson, lab);
        results.push(result);
        log(`${result.problems.length ? 'FAIL' : 'ok  '} ${lesson.id} (${result.seconds.toFixed(1)} s)`);
        for (const problem of result.problems) log(`     ${problem}`);
      }
    } finally {
      lab.close();
    }
  }

  const goldenFile = path.relative(process.cwd(), path.join(course.root, 'verify.golden.json'));
  const golden = readGolden(goldenFile);
  const changed: Record<string, string[]> = {};
  for (const r of results) {
    const diff = diffTranscripts(golden.lessons[r.id], r.transcript);
    if (diff.length) changed[r.id] = diff;
  }
  if (!only.length) {
    for (const id of Object.keys(golden.lessons)) {
      if (!results.some((r) => r.id === id)) changed[id] = diffTranscripts(golden.lessons[id], undefined);
    }
  }
  if (options.updateGolden) {
    const next: Golden = { lessons: only.length ? { ...golden.lessons } : {} };
    for (const r of results) next.lessons[r.id] = r.transcript;
    writeGolden(goldenFile, next);
  }
  return { lessons: results, problems: results.flatMap((r) => r.problems), changed, bootSeconds, goldenFile };
}
