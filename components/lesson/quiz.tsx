import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { QuizView } from './quiz-view';

// <Quiz question="..."> with <Option correct why="...">answer</Option> children. A server
// component: it reads its Option children and hands the client view plain data and the
// already-rendered answer texts.

export interface OptionProps {
  correct?: boolean;
  /** Why this answer is right or wrong, shown once it is picked. */
  why?: string;
  children: ReactNode;
}

export function Option(props: OptionProps): ReactNode {
  return props.children; // rendered by Quiz, never on its own
}

export function Quiz({ question, children }: { question: string; children: ReactNode }) {
  const options = Children.toArray(children)
    .filter((child): child is ReactElement<OptionProps> => isValidElement(child) && child.type === Option)
    .map((child) => ({ content: child.props.children, correct: Boolean(child.props.correct), why: child.props.why ?? '' }));
  return <QuizView question={question} options={options} />;
}
