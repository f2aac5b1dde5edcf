import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A throwaway copy of the fixture lessons to break or extend in a test. */
export const FIXTURES = path.resolve(import.meta.dirname, '../../e2e/fixtures/lessons');

export function copyFixtures(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-fixtures-'));
  fs.cpSync(FIXTURES, root, { recursive: true });
  return root;
}

export function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  fs.writeFileSync(full, change(fs.readFileSync(full, 'utf8')));
}
