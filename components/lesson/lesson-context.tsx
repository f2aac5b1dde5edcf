'use client';
// One lesson page's exercise state: the latest grade report, whether the learner has tried,
// how many hints are showing, whether the solution is. The workspace reports each run through
// grade(); the prose components (<Exercise>, <Hint>, <Solution>) and the Checks tab read it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { progressStore } from '@/components/progress/progress-client';
import { useLab } from '@/components/workspace/lab-context';
import { verdictMap } from '@/lib/grading/grade';
import { createGrader, type Grader } from '@/lib/grading/grader';
import type { GradeReport } from '@/lib/grading/types';
import type { LessonClientData } from '@/lib/lessons/client-data';
import type { RunResult } from '@/lib/runtime/protocol';

export interface LessonState {
  lesson: LessonClientData;
  /** The solution, highlighted at build time (null when the lesson has no exercise). */
  solution: ReactNode;
  report: GradeReport | null;
  grading: boolean;
  attempts: number;
  hintsShown: number;
  showNextHint(): void;
  solutionShown: boolean;
  showSolution(): void;
  /** Grades a run of the learner's code and records it in progress. */
  grade(code: string, run: RunResult): Promise<void>;
}

const LessonContext = createContext<LessonState | null>(null);

export function useLesson(): LessonState {
  const state = useContext(LessonContext);
  if (!state) throw new Error('useLesson() needs a <LessonProvider> above it');
  return state;
}

export function LessonProvider({ lesson, solution, children }: { lesson: LessonClientData; solution: ReactNode; children: ReactNode }) {
  const lab = useLab();
  const [report, setReport] = useState<GradeReport | null>(null);
  const [grading, setGrading] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionShown, setSolutionShown] = useState(false);
  const generation = useRef(0);
  const timeLimitMs = lesson.timeLimitSeconds * 1000;
  // The lab object changes with its status; the grader (and its cached reference run) must not.
  const labRef = useRef(lab);
  useEffect(() => {
    labRef.current = lab;
  });
  const graderRef = useRef<Grader | null>(null);
  const getGrader = useCallback((): Grader | null => {
    if (!lesson.exercise) return null;
    graderRef.current ??= createGrader(
      lesson.exercise,
      { run: (code, options) => labRef.current.run(code, options), explain: (sql) => labRef.current.explain(sql) },
      { timeLimitMs },
    );
    return graderRef.current;
  }, [lesson.exercise, timeLimitMs]);

  // Run the reference solution while the learner reads, so grading later resets nothing.
  const ready = lab.status === 'ready';
  useEffect(() => {
    if (ready) void getGrader()?.prepare();
  }, [ready, getGrader]);

  const grade = useCallback(
    async (code: string, run: RunResult) => {
      const grader = getGrader();
      if (!grader) return;
      const mine = ++generation.current;
      setGrading(true);
      setAttempts((n) => n + 1);
      const next = await grader.grade(run);
      if (mine !== generation.current) return; // a newer run is being graded
      setReport(next);
      setGrading(false);
      progressStore().recordRun(lesson.id, {
        verdicts: verdictMap(next),
        queryCount: run.queryCount,
        durationMs: Math.round(run.durationMs),
        code: { 'query.py': code },
      });
    },
    [getGrader, lesson.id],
  );

  const value = useMemo<LessonState>(
    () => ({
      lesson,
      solution,
      report,
      grading,
      attempts,
      hintsShown,
      showNextHint: () => setHintsShown((n) => n + 1),
      solutionShown,
      showSolution: () => setSolutionShown(true),
      grade,
    }),
    [lesson, solution, report, grading, attempts, hintsShown, solutionShown, grade],
  );
  return <LessonContext.Provider value={value}>{children}</LessonContext.Provider>;
}
