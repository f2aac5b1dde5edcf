import type { ReactNode } from 'react';
import '@/components/lesson/lesson.css';

export default function LearnLayout({ children }: { children: ReactNode }) {
  return children;
}
