import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { storedFiles, zipEntries } from './stored-zip';

/** An archive written by Python's zipfile: `compression` 0 = stored, 8 = deflated. */
function pythonZip(compression: 0 | 8): Uint8Array {
  const script = [
    'import io, sys, zipfile',
    'b = io.BytesIO()',
    `with zipfile.ZipFile(b, "w", ${compression}) as z:`,
    '    z.writestr("Europe/", "")',
    '    z.writestr("Europe/Paris", b"TZif2" + bytes(range(40)))',
    '    z.writestr("UTC", b"TZif2 utc")',
    'sys.stdout.buffer.write(b.getvalue())',
  ].join('\n');
  return new Uint8Array(execFileSync('python3', ['-c', script]));
}

describe('storedFiles', () => {
  it('gives every file of a stored archive as a view into it, folders left out', () => {
    const zip = pythonZip(0);
    const files = storedFiles(zip);
    expect(files.map((f) => f.name)).toEqual(['Europe/Paris', 'UTC']);
    expect(new TextDecoder().decode(files[1].bytes)).toBe('TZif2 utc');
    expect(files[0].bytes.buffer).toBe(zip.buffer); // a view, not a copy
    expect([...files[0].bytes.subarray(5)]).toEqual([...Array(40).keys()]);
  });

  it('refuses a deflated archive and a damaged one with clear messages', () => {
    expect(() => storedFiles(pythonZip(8))).toThrow(/Europe\/Paris is compressed; this archive must be stored/);
    const zip = pythonZip(0);
    const central = zipEntries(zip)[1].central;
    const damaged = zip.slice();
    damaged[central] = 0;
    expect(() => storedFiles(damaged)).toThrow(/central directory entry 1 is damaged/);
    expect(() => storedFiles(zip.subarray(0, 40))).toThrow(/not a zip archive/);
  });
});
