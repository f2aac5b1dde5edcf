import fs from 'node:fs';
import type { LessonTranscript } from './verify';

// The golden transcript of lessons:verify (verify.golden.json beside the lessons): what every
// solution, starter, mistake and example did. ORMLAB_UPDATE_GOLDEN=1 rewrites it.

export const UPDATE_GOLDEN_ENV = 'ORMLAB_UPDATE_GOLDEN';

export interface Golden {
  lessons: Record<string, LessonTranscript>;
}

export function readGolden(file: string): Golden {
  if (!fs.existsSync(file)) return { lessons: {} };
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Golden;
}

export function writeGolden(file: string, golden: Golden): void {
  const sorted = Object.fromEntries(Object.entries(golden.lessons).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(file, `${JSON.stringify({ lessons: sorted }, null, 2)}\n`);
}

/** "starter.verdicts.rows = pass" lines of a transcript, for a readable diff. */
function flatten(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix} = ${JSON.stringify(value)}`];
}

/** Lines that differ between the recorded and the new transcript ("- old", "+ new"). */
export function diffTranscripts(recorded: LessonTranscript | undefined, actual: LessonTranscript | undefined): string[] {
  const before = new Set(recorded ? flatten(recorded) : []);
  const after = new Set(actual ? flatten(actual) : []);
  return [...[...before].filter((l) => !after.has(l)).map((l) => `- ${l}`), ...[...after].filter((l) => !before.has(l)).map((l) => `+ ${l}`)];
}
