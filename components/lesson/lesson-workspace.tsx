'use client';
// The workspace of a lesson page: the learner's code (kept per lesson), every run graded, the
// verdicts in the Checks tab.
import { useRouter } from 'next/navigation';
import { Workspace } from '@/components/workspace/Workspace';
import { checkTitle } from '@/lib/grading/titles';
import { ChecksPanel } from './checks-panel';
import { useLesson } from './lesson-context';

export function LessonWorkspace({ nextHref }: { nextHref: string | null }) {
  const { lesson, report, grading, grade } = useLesson();
  const router = useRouter();
  const exercise = lesson.exercise;
  return (
    <Workspace
      starter={lesson.starter}
      modelsSource={lesson.workApp?.models ?? lesson.models ?? undefined}
      modelsEditable={Boolean(lesson.workApp && lesson.editableModels)}
      storageKey={lesson.id}
      timeLimitMs={lesson.timeLimitSeconds * 1000}
      onResult={exercise ? (code, result) => void grade(code, result) : undefined}
      checksSlot={
        exercise
          ? () => (
              <ChecksPanel
                lessonId={lesson.id}
                report={report}
                grading={grading}
                pending={exercise.checks.map(checkTitle)}
                onComplete={() => {
                  if (nextHref) router.prefetch(nextHref);
                }}
              />
            )
          : undefined
      }
    />
  );
}
