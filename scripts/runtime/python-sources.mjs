// Obtains the pure-Python sources the lab runtime needs (Django 5.2.x, sqlparse, asgiref) and the
// IANA time-zone database, into one cached folder:
//
//   .cache/python-src/{django,sqlparse,asgiref}/   importable packages
//   .cache/python-src/zoneinfo/                     TZif files (Pyodide ships no tz database)
//   .cache/python-src/sources.json                  where they came from, and their versions
//
// Source order (first that works wins):
//   1. ORMLAB_PYTHON_SRC: a folder that already holds django/, sqlparse/, asgiref/ (and optionally
//      zoneinfo/); for machines that keep their own copies.
//   2. `pip download` of the wheels, when a Python package index is reachable.
//   3. Debian's python3-django / python3-sqlparse / python3-asgiref / tzdata packages from the
//      suite that carries Django 5.2 (sid today), fetched with `apt-get download` through a
//      private apt configuration that reuses this machine's configured Debian mirror, and
//      unpacked with `dpkg-deb -x`. Nothing is installed into the system.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PACKAGES = ['django', 'sqlparse', 'asgiref'];
const DJANGO_SERIES = '5.2.';
const DEBIAN_SUITE = process.env.ORMLAB_DEBIAN_SUITE ?? 'sid';

const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });

function copyTree(src, dst) {
  fs.cpSync(src, dst, { recursive: true, filter: (p) => !p.includes('__pycache__') });
}

/** Reads `__version__`-style metadata straight from the sources, so the stamp is honest. */
export function readVersions(dir) {
  const grab = (file, re) => {
    const m = fs.readFileSync(path.join(dir, file), 'utf8').match(re);
    return m ? m[1] : null;
  };
  const dj = grab('django/__init__.py', /VERSION = \(([^)]*)\)/);
  return {
    django: dj ? dj.split(',').slice(0, 3).map((s) => s.trim()).join('.') : null,
    sqlparse: grab('sqlparse/__init__.py', /__version__ = ['"]([^'"]+)['"]/),
    asgiref: grab('asgiref/__init__.py', /__version__ = ['"]([^'"]+)['"]/),
  };
}

function isComplete(dir) {
  return PACKAGES.every((p) => fs.existsSync(path.join(dir, p, '__init__.py'))) &&
    fs.existsSync(path.join(dir, 'zoneinfo', 'UTC'));
}

function fromFolder(src, out) {
  for (const p of PACKAGES) {
    if (!fs.existsSync(path.join(src, p, '__init__.py'))) throw new Error(`${src} has no ${p}/ package`);
    copyTree(path.join(src, p), path.join(out, p));
  }
  const zi = [path.join(src, 'zoneinfo'), path.join(src, 'tzdata', 'zoneinfo')].find((d) => fs.existsSync(d));
  if (zi) copyTree(zi, path.join(out, 'zoneinfo'));
  else if (fs.existsSync('/usr/share/zoneinfo/UTC')) copyZoneinfo('/usr/share/zoneinfo', out);
  else throw new Error(`${src} has no zoneinfo/ and this machine has no /usr/share/zoneinfo`);
}

function copyZoneinfo(src, out) {
  // Only the TZif files: skip the duplicated posix/ and right/ trees and the tables.
  fs.cpSync(src, path.join(out, 'zoneinfo'), {
    recursive: true,
    dereference: true,
    filter: (p) => !/\/(posix|right)(\/|$)/.test(p.slice(src.length)) && !/\.(tab|zi|list)$/.test(p),
  });
}

function fromPip(out, tmp) {
  const py = ['python3', 'python'].find((c) => {
    try { run(c, ['-m', 'pip', '--version']); return true; } catch { return false; }
  });
  if (!py) throw new Error('no python3 with pip on this machine');
  const wheels = path.join(tmp, 'wheels');
  run(py, ['-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary=:all:', '--timeout', '10',
    '--retries', '0', '-d', wheels, 'django>=5.2,<5.3', 'sqlparse>=0.3.1', 'asgiref>=3.8.1', 'tzdata'],
  { timeout: 180_000 });
  const unpacked = path.join(tmp, 'unpacked');
  for (const w of fs.readdirSync(wheels).filter((f) => f.endsWith('.whl'))) {
    run(py, ['-m', 'zipfile', '-e', path.join(wheels, w), unpacked]);
  }
  fromFolder(unpacked, out);
}

function fromDebian(out, tmp) {
  for (const tool of ['apt-get', 'dpkg-deb']) {
    try { run('which', [tool]); } catch { throw new Error(`${tool} not found (not a Debian machine)`); }
  }
  const mirror = findDebianMirror();
  const root = path.join(tmp, 'apt');
  for (const d of ['etc', 'lists/partial', 'cache/archives/partial', 'debs', 'x']) fs.mkdirSync(path.join(root, d), { recursive: true });
  fs.writeFileSync(path.join(root, 'etc', 'ormlab.sources'),
    `Types: deb\nURIs: ${mirror.uri}\nSuites: ${DEBIAN_SUITE}\nComponents: main\n` +
    (mirror.signedBy ? `Signed-By: ${mirror.signedBy}\n` : ''));
  const aptOpts = [
    '-o', 'Dir::Etc::SourceList=/dev/null', '-o', `Dir::Etc::SourceParts=${path.join(root, 'etc')}`,
    '-o', `Dir::State::Lists=${path.join(root, 'lists')}`, '-o', `Dir::Cache=${path.join(root, 'cache')}`,
    '-o', 'Acquire::Languages=none', '-o', 'APT::Sandbox::User=root',
  ];
  run('apt-get', [...aptOpts, 'update'], { timeout: 300_000 });
  run('apt-get', [...aptOpts, 'download', 'python3-django', 'python3-sqlparse', 'python3-asgiref', 'tzdata'],
    { cwd: path.join(root, 'debs'), timeout: 300_000 });
  for (const deb of fs.readdirSync(path.join(root, 'debs'))) run('dpkg-deb', ['-x', path.join(root, 'debs', deb), path.join(root, 'x')]);
  const dist = path.join(root, 'x', 'usr', 'lib', 'python3', 'dist-packages');
  for (const p of PACKAGES) copyTree(path.join(dist, p), path.join(out, p));
  copyZoneinfo(path.join(root, 'x', 'usr', 'share', 'zoneinfo'), out);
}

/** The first Debian archive URI this machine's apt is configured with (deb822 or one-line). */
function findDebianMirror() {
  const files = [];
  for (const d of ['/etc/apt/sources.list.d']) {
    if (fs.existsSync(d)) for (const f of fs.readdirSync(d)) if (/\.(sources|list)$/.test(f)) files.push(path.join(d, f));
  }
  if (fs.existsSync('/etc/apt/sources.list')) files.push('/etc/apt/sources.list');
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const stanza of text.split(/\n\s*\n/)) {
      const uri = stanza.match(/^URIs:\s*(\S+)/m)?.[1];
      const suites = stanza.match(/^Suites:\s*(.+)$/m)?.[1] ?? '';
      if (uri && !/security/.test(suites) && !/security/.test(uri)) {
        return { uri, signedBy: stanza.match(/^Signed-By:\s*(\S+)/m)?.[1] };
      }
    }
    const line = text.match(/^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/m);
    if (line && !/security/.test(line[0])) return { uri: line[1], signedBy: null };
  }
  throw new Error('no Debian mirror configured in /etc/apt');
}

/**
 * Ensures the cache folder holds the sources and returns it. A complete cache is reused as is, so a
 * second `npm install` fetches nothing.
 */
export function obtainPythonSources({ cacheDir, log = console.log }) {
  const out = path.join(cacheDir, 'python-src');
  const stampFile = path.join(out, 'sources.json');
  if (fs.existsSync(stampFile) && isComplete(out)) {
    return { dir: out, ...JSON.parse(fs.readFileSync(stampFile, 'utf8')), cached: true };
  }
  const attempts = [];
  if (process.env.ORMLAB_PYTHON_SRC) {
    attempts.push(['folder ORMLAB_PYTHON_SRC', (o) => fromFolder(path.resolve(process.env.ORMLAB_PYTHON_SRC), o)]);
  }
  attempts.push(['pip download', fromPip], [`Debian packages (${DEBIAN_SUITE})`, fromDebian]);
  // ORMLAB_PYTHON_SOURCE=pip|debian|folder pins one source (used by CI and to test each path).
  const only = process.env.ORMLAB_PYTHON_SOURCE;
  if (only) attempts.splice(0, attempts.length, ...attempts.filter(([name]) => name.toLowerCase().startsWith(only)));
  const failures = [];
  for (const [name, fetcher] of attempts) {
    const staging = `${out}.staging`;
    const tmp = `${out}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    try {
      log(`python sources: trying ${name}`);
      fetcher(staging, tmp);
      const versions = readVersions(staging);
      if (!versions.django?.startsWith(DJANGO_SERIES)) throw new Error(`got Django ${versions.django}, need ${DJANGO_SERIES}x`);
      if (!isComplete(staging)) throw new Error('incomplete: a package or the time-zone data is missing');
      fs.writeFileSync(path.join(staging, 'sources.json'), JSON.stringify({ origin: name, versions }, null, 2));
      fs.rmSync(out, { recursive: true, force: true });
      fs.renameSync(staging, out);
      return { dir: out, origin: name, versions, cached: false };
    } catch (err) {
      const msg = String(err.stderr || err.message || err).trim().split('\n').slice(-2).join(' ');
      failures.push(`  - ${name}: ${msg}`);
      fs.rmSync(staging, { recursive: true, force: true });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  throw new Error(
    'Could not obtain Django 5.2, sqlparse and asgiref as Python source.\n' + failures.join('\n') + '\n' +
    'Fix one of these and run `npm install` again:\n' +
    '  - set ORMLAB_PYTHON_SRC to a folder holding django/ (5.2.x), sqlparse/ and asgiref/ (and zoneinfo/),\n' +
    '  - or make a Python package index reachable for `pip download`,\n' +
    `  - or, on Debian, make the '${DEBIAN_SUITE}' suite of the configured mirror reachable for apt-get.`);
}
