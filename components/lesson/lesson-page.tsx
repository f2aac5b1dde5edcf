import fs from 'node:fs';
import path from 'node:path';
import { highlight } from 'fumadocs-core/highlight';
import { LabProvider } from '@/components/workspace/lab-context';
import { readCourseIndex } from '@/lib/course/catalog';
import { neighbours } from '@/lib/course/search';
import { lessonClientData } from '@/lib/lessons/client-data';
import { lessons as compiled } from '@/lib/lessons/compiled';
import { datasetsRoot } from '@/lib/lessons/paths';
import type { LoadedCourse, LoadedLesson } from '@/lib/lessons/types';
import { CourseOutline } from './course-outline';
import { LessonProvider } from './lesson-context';
import { LessonNav } from './lesson-nav';
import { LessonWorkspace } from './lesson-workspace';
import { lessonMdxComponents } from './mdx-components';

// A lesson page: the prose (MDX) on the left, the workspace on the right, one lab for both.
// The course contents sit in a sidebar on very wide screens and behind a disclosure otherwise.

const SHIKI_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export async function LessonPage({ course, lesson }: { course: LoadedCourse; lesson: LoadedLesson }) {
  const meta = lesson.meta!;
  const mod = course.modules.find((m) => m.slug === lesson.moduleSlug)!;
  const doc = compiled.find((d) => d.info.path === `${mod.folder}/${lesson.folder}/index.mdx`);
  if (!doc) throw new Error(`${lesson.file} was not compiled: restart \`next dev\` or rebuild (fumadocs-mdx indexes lessons at start)`);
  const Body = doc.body;
  const index = readCourseIndex(course.root);
  const { previous, next } = neighbours(index, lesson.id);
  const data = lessonClientData(lesson);
  // The models tab shows the lesson's own models.py, else the dataset's.
  const datasetModels = path.join(/*turbopackIgnore: true*/ datasetsRoot(), data.dataset, 'models.py');
  data.models ??= fs.existsSync(datasetModels) ? fs.readFileSync(datasetModels, 'utf8') : null;
  const solution = data.exercise ? await highlight(data.exercise.solution, { lang: 'python', themes: SHIKI_THEMES }) : null;

  return (
    <LabProvider dataset={data.dataset} timeLimitMs={data.timeLimitSeconds * 1000} workApp={data.workApp ?? undefined}>
      <LessonProvider lesson={data} solution={solution}>
        <div className="lesson-page grid 2xl:grid-cols-[16rem_minmax(0,2fr)_minmax(0,3fr)] lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <nav aria-label="Course contents" className="hidden overflow-y-auto border-r border-zinc-200 p-4 text-sm 2xl:block 2xl:h-[calc(100vh-3.25rem)] dark:border-zinc-800">
            <CourseOutline course={index} currentId={lesson.id} />
          </nav>
          <article className="lesson-prose min-w-0 px-6 py-8 lg:h-[calc(100vh-3.25rem)] lg:overflow-y-auto">
            <details className="mb-6 text-sm 2xl:hidden">
              <summary className="cursor-pointer rounded-md px-1 font-medium text-zinc-600 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:text-zinc-400">
                {mod.title} · course contents
              </summary>
              <div className="mt-3">
                <CourseOutline course={index} currentId={lesson.id} />
              </div>
            </details>
            <p className="text-sm font-medium text-emerald-700 dark:text-emerald-400">{mod.title}</p>
            <h1 className="mt-1 text-3xl font-bold tracking-tight">{meta.title}</h1>
            <p className="text-lg text-zinc-600 dark:text-zinc-300">{meta.summary}</p>
            <p className="text-sm text-zinc-500">
              {meta.difficulty} · about {meta.estimatedMinutes} min
            </p>
            <section aria-label="Objectives" className="rounded-md bg-zinc-50 px-4 py-1 text-sm dark:bg-zinc-900">
              <p className="font-medium">You will be able to</p>
              <ul>
                {meta.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </section>
            <Body components={lessonMdxComponents} />
            <LessonNav previous={previous} next={next} />
          </article>
          <section aria-label="Workspace" className="min-h-[36rem] min-w-0 border-t border-zinc-200 lg:h-[calc(100vh-3.25rem)] lg:border-t-0 lg:border-l dark:border-zinc-800">
            <LessonWorkspace nextHref={next?.href ?? null} />
          </section>
        </div>
      </LessonProvider>
    </LabProvider>
  );
}
