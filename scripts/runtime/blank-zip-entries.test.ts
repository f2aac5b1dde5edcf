// The per-dataset archives keep every entry where it was (a snapshot's zipimport cache points
// into them), stay valid zips, and turn the blanked modules into a clear ImportError.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BLANKED_SOURCE, blankZipEntries } from './blank-zip-entries';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-blank-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A stored archive made by the build's own zip script, from `files`. */
function storedZip(files: Record<string, string>, stored = true): Uint8Array {
  const src = path.join(dir, `src-${Math.random().toString(36).slice(2)}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    fs.writeFileSync(path.join(src, name), text);
  }
  const out = `${src}.zip`;
  execFileSync('python3', [path.join(import.meta.dirname, 'zip-folder.py'), ...(stored ? ['--stored'] : []), out, `=${src}`]);
  return new Uint8Array(fs.readFileSync(out));
}

/** Runs Python with `zip` first on sys.path; returns its stdout. */
function python(zip: Uint8Array, code: string): string {
  const file = path.join(dir, `try-${Math.random().toString(36).slice(2)}.zip`);
  fs.writeFileSync(file, zip);
  return execFileSync('python3', ['-c', `import sys; sys.path.insert(0, ${JSON.stringify(file)})\n${code}`], { encoding: 'utf8' });
}

const LOADED = `VALUE = 42\n${'# padding\n'.repeat(20)}`;
const KEPT = `def greet():\n    return "hello"\n${'# padding\n'.repeat(20)}`;

describe('blankZipEntries', () => {
  it('keeps the archive the same size, with every other entry byte for byte', () => {
    const zip = storedZip({ 'pkg/__init__.py': '', 'pkg/loaded.py': LOADED, 'pkg/kept.py': KEPT });
    const { bytes, blanked } = blankZipEntries(zip, new Set(['pkg/loaded.py']));
    expect(blanked).toEqual(['pkg/loaded.py']);
    expect(bytes.length).toBe(zip.length);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain(KEPT);
    expect(text).not.toContain('VALUE = 42');
    expect(text).toContain(BLANKED_SOURCE);
    expect(zip).not.toEqual(bytes); // the input is not changed
    expect(Buffer.from(zip).toString('latin1')).toContain(LOADED);
  });

  it('leaves a valid archive: Python reads every entry (CRCs checked) and imports what was kept', () => {
    const zip = storedZip({ 'pkg/__init__.py': '', 'pkg/loaded.py': LOADED, 'pkg/kept.py': KEPT });
    const { bytes } = blankZipEntries(zip, new Set(['pkg/loaded.py']));
    const out = python(bytes, [
      'import zipfile',
      'z = zipfile.ZipFile(sys.path[0])',
      'print(z.testzip())',
      'from pkg.kept import greet',
      'print(greet())',
    ].join('\n'));
    expect(out.trim().split('\n')).toEqual(['None', 'hello']);
  });

  it('turns an import of a blanked module into an ImportError that says why', () => {
    const zip = storedZip({ 'pkg/__init__.py': '', 'pkg/loaded.py': LOADED });
    const { bytes } = blankZipEntries(zip, new Set(['pkg/loaded.py']));
    const out = python(bytes, 'try:\n    import pkg.loaded\nexcept ImportError as e:\n    print(e)');
    expect(out).toMatch(/loaded at start-up; its source is not shipped/);
  });

  it('leaves entries too small to hold the message as they are', () => {
    const zip = storedZip({ 'tiny.py': 'X = 1\n' });
    const { bytes, blanked } = blankZipEntries(zip, new Set(['tiny.py']));
    expect(blanked).toEqual([]);
    expect(bytes).toEqual(zip);
  });

  it('refuses a deflated entry instead of corrupting it', () => {
    const zip = storedZip({ 'pkg/loaded.py': LOADED }, false);
    expect(() => blankZipEntries(zip, new Set(['pkg/loaded.py']))).toThrow(/compressed; only stored entries/);
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(() => blankZipEntries(new TextEncoder().encode('not a zip at all, just some text'), new Set())).toThrow(/not a zip archive/);
  });
});
