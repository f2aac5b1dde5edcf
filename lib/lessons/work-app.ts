import fs from 'node:fs';
import path from 'node:path';
import type { WorkApp } from '@/lib/runtime/protocol';
import { datasetsRoot } from './paths';
import type { LoadedLesson } from './types';

// The app a schema lesson's learner edits (WorkApp in lib/runtime/protocol.ts): the lesson's
// models.py as an app beside the dataset's (label `modelsApp`, `lab` by default), or, for a
// lesson with `editableModels` and no models.py, the dataset's own app. Null for every other
// lesson, which then boots from the dataset's snapshots.
export function lessonWorkApp(lesson: LoadedLesson): WorkApp | null {
  const meta = lesson.meta;
  if (!meta) return null;
  const migrate = meta.migrateModels;
  if (lesson.files.models !== null) return { label: meta.modelsApp ?? 'lab', models: lesson.files.models, migrate };
  if (!meta.editableModels) return null;
  const models = fs.readFileSync(path.join(datasetsRoot(), meta.dataset, 'models.py'), 'utf8');
  return { label: meta.dataset, models, migrate };
}
