import type { ReactNode } from 'react';
import { LabEarlyStart } from '@/components/workspace/lab-early-start';

// Every page below is a lesson with a lab: start it from the HTML. (A layout, not the page, so
// moving to the next lesson of the module does not render the script again on the client.)
export default function ModuleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <LabEarlyStart />
      {children}
    </>
  );
}
