import type { CheckSpec, MistakeSpec } from './checks-schema';
import type { LoadedLesson } from './types';
import type { WorkApp } from '@/lib/runtime/protocol';
import { lessonWorkApp } from './work-app';

// What a lesson page hands the browser: enough to run, grade and reveal, nothing Node-side.

export interface LessonClientData {
  id: string;
  title: string;
  dataset: string;
  timeLimitSeconds: number;
  starter: string;
  /** The lesson's models.py override, else null (the workspace shows the dataset's). */
  models: string | null;
  editableModels: boolean;
  /** The app the learner edits in a schema lesson (the lab boots with it), else null. */
  workApp: WorkApp | null;
  /** Null when the lesson has no exercise. */
  exercise: {
    checks: CheckSpec[];
    mistakes: MistakeSpec[];
    solution: string;
    checkSource: string | null;
  } | null;
}

export function lessonClientData(lesson: LoadedLesson): LessonClientData {
  const meta = lesson.meta;
  if (!meta) throw new Error(`${lesson.file} has problems: run npm run lessons:check`);
  return {
    id: lesson.id,
    title: meta.title,
    dataset: meta.dataset,
    timeLimitSeconds: meta.timeLimitSeconds,
    starter: lesson.files.starter ?? '',
    models: lesson.files.models,
    editableModels: meta.editableModels,
    workApp: lessonWorkApp(lesson),
    exercise: meta.checks
      ? { checks: meta.checks, mistakes: meta.mistakes ?? [], solution: lesson.files.solution ?? '', checkSource: lesson.files.check }
      : null,
  };
}
