#!/usr/bin/env bash
# Regenerate tests/parity/golden.json: a throwaway native PostgreSQL cluster (Debian's server and
# python3-psycopg2, installed by pg-cluster.sh if missing), make-golden.py, then stop the cluster.
# Must run as root (pg-cluster.sh installs packages and runs the server as `postgres`).
#
#   scripts/parity/make-golden.sh [--only NAME ...]     (npm run parity:golden -- --only NAME)
#
# ORMLAB_PARITY_PG_DIR / ORMLAB_PARITY_PG_PORT pick the cluster folder and port.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
dir=${ORMLAB_PARITY_PG_DIR:-$PWD/.cache/parity-pg}
port=${ORMLAB_PARITY_PG_PORT:-54347}

if [[ ! -d $repo/.cache/python-src/django ]]; then
  echo "no Django sources in .cache/python-src: run npm install (or npm run build:runtime) first" >&2
  exit 1
fi

"$repo/scripts/native/pg-cluster.sh" start "$dir" "$port"
trap '"$repo/scripts/native/pg-cluster.sh" stop "$dir"' EXIT
/usr/bin/python3 "$here/make-golden.py" --host "$dir" --port "$port" "$@"
