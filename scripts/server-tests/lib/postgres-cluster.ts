// A throwaway PostgreSQL cluster on a loopback port, from Debian's `postgresql` package
// (installed with apt-get when missing). It runs as the postgres user, since PostgreSQL
// refuses to run as root, and is deleted when stopped.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function binDir(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin/initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], 'bin') : null;
}

type Log = (...args: unknown[]) => void;

export function ensurePostgres(log: Log = console.log): string {
  const installed = binDir();
  if (installed) return installed;
  log('[postgres] installing Debian package postgresql');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
  const dir = binDir();
  if (!dir) throw new Error('postgresql installed but initdb not found under /usr/lib/postgresql');
  return dir;
}

const asPostgres = (args: string[]): [string, string[]] => (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]);

function run(args: string[]): string {
  const [cmd, rest] = asPostgres(args);
  const r = spawnSync(cmd, rest, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export interface Cluster {
  adminUrl: string;
  url(db: string): string;
  stop(): void;
}

export function startCluster(port: number, { log = console.log, durable = false }: { log?: Log; durable?: boolean } = {}): Cluster {
  const bin = ensurePostgres(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  run([path.join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  // Enough connections for two instances plus the benchmark. Tests turn durability off for
  // speed; the benchmark keeps PostgreSQL's defaults (fsync on) to measure the real thing.
  const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${fast}`;
  run([path.join(bin, 'pg_ctl'), '-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  log(`[postgres] cluster on 127.0.0.1:${port}`);
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    url: (db: string) => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    stop() {
      try {
        run([path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
