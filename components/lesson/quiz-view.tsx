'use client';
// A multiple-choice question: pick an answer, see whether it is right and why; try again.
import { useId, useState, type ReactNode } from 'react';

export interface QuizOption {
  content: ReactNode;
  correct: boolean;
  why: string;
}

export function QuizView({ question, options }: { question: string; options: QuizOption[] }) {
  const [picked, setPicked] = useState<number | null>(null);
  const name = useId();
  const choice = picked === null ? null : options[picked];
  return (
    <fieldset className="my-6 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <legend className="px-1 font-semibold">Quiz: {question}</legend>
      <div className="mt-2 space-y-1">
        {options.map((option, i) => (
          <label key={i} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            <input type="radio" name={name} checked={picked === i} onChange={() => setPicked(i)} className="accent-emerald-600" />
            <span>{option.content}</span>
          </label>
        ))}
      </div>
      {choice ? (
        <p role="status" className={`mt-3 text-sm ${choice.correct ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}>
          <strong>{choice.correct ? 'Correct.' : 'Not quite.'}</strong> {choice.why}
        </p>
      ) : null}
    </fieldset>
  );
}
