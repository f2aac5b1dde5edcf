// Starts the lab's first steps from the page's HTML, before React runs (lib/lab-frame/early-start.ts).
// Rendered by server components above a <LabProvider>, where the browser parses it; React never
// runs it again (a script rendered on the client does not execute).
import { LAB_EARLY_START_SCRIPT } from '@/lib/lab-frame/early-start';

export function LabEarlyStart() {
  return <script dangerouslySetInnerHTML={{ __html: LAB_EARLY_START_SCRIPT }} />;
}
