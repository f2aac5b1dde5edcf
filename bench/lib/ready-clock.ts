// When the workspace said "Lab ready", by the page's own clock. Playwright's waits poll, backing
// off to one look every 500 ms, so a time taken when `waitFor` returns can be up to half a second
// late; the benchmark still waits with Playwright, then reads the moment the page recorded.
//
// Installed with `context.addInitScript`, so it runs first in every document the benchmark opens.
// `performance.now()` counts from the navigation's start: the moment a page was opened. The
// script is a string: the bundler would wrap named functions in a helper the page does not have.

export interface ReadyMarks {
  /** Each time the workspace's status turned to "Lab ready…" (ms, page clock). */
  ready: number[];
  /** Each click anywhere in the page (ms, page clock). */
  clicks: number[];
}

export const READY_CLOCK_SCRIPT = String.raw`
(() => {
  if (window.top !== window) return;
  const marks = { ready: [], clicks: [] };
  window.__ormlabReadyMarks = marks;
  let seen = null;
  let seenText = '';
  const look = () => {
    const status = document.querySelector('[role="toolbar"][aria-label="Workspace"] [role="status"]');
    const text = status ? status.textContent || '' : '';
    if (!/^Lab ready/.test(text)) {
      seen = null;
      return;
    }
    if (status === seen && text === seenText) return;
    seen = status;
    seenText = text;
    marks.ready.push(performance.now());
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('click', () => marks.clicks.push(performance.now()), true);
})();
`;
