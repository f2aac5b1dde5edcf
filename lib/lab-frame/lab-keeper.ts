// Keeps the page's lab alive between lesson pages. A learner reads lesson after lesson, and the
// next lesson usually runs on the same dataset: the lab the last page started (booted, or still
// booting) is handed to the next page instead of booting another one. Navigation between lessons
// is client-side, so the lab's frame (attached to document.body) and its worker live on.
//
// At most one lab is kept, for a while: it holds a few hundred MB of the tab's memory.

/** What the keeper needs of a lab (LabClient). */
export interface KeepableLab {
  readonly status: string;
  dispose(): void;
}

/** How long a lab stays kept when no lesson page takes it (ms). */
export const KEEP_MS = 3 * 60_000;

export class LabKeeper<Lab extends KeepableLab> {
  #kept: { key: string; lab: Lab; timer: ReturnType<typeof setTimeout> } | null = null;
  #keepMs: number;

  constructor(keepMs = KEEP_MS) {
    this.#keepMs = keepMs;
  }

  /**
   * A page is done with `lab`. It is kept for the next page asking for the same `key` (the
   * dataset and work app it was started with), unless it is busy or broken: a run still going
   * may be an endless loop, and a failed lab restarts on its next run anyway.
   */
  keep(key: string, lab: Lab): void {
    if (lab.status !== 'ready' && lab.status !== 'booting') {
      lab.dispose();
      return;
    }
    this.#drop();
    const timer = setTimeout(() => this.#drop(), this.#keepMs);
    this.#kept = { key, lab, timer };
  }

  /** The kept lab if it was started for `key`; a kept lab for another key is closed. */
  take(key: string): Lab | null {
    const kept = this.#kept;
    if (!kept) return null;
    clearTimeout(kept.timer);
    this.#kept = null;
    if (kept.key === key && (kept.lab.status === 'ready' || kept.lab.status === 'booting')) return kept.lab;
    kept.lab.dispose();
    return null;
  }

  #drop(): void {
    if (!this.#kept) return;
    clearTimeout(this.#kept.timer);
    this.#kept.lab.dispose();
    this.#kept = null;
  }
}
