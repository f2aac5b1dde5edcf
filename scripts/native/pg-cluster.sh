#!/usr/bin/env bash
# A throwaway native PostgreSQL cluster for checking datasets and SQL parity
# against a real server (the engine runs PGlite; this is the reference).
#
#   scripts/native/pg-cluster.sh start DIR PORT   # initdb if needed, then start
#   scripts/native/pg-cluster.sh stop DIR
#
# Listens on a unix socket in DIR and on 127.0.0.1:PORT only, trust auth.
# Must run as root (it installs packages and runs the server as `postgres`).
set -euo pipefail

usage() { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }

# Debian's server and psycopg2 for /usr/bin/python3; installed only if missing.
ensure_packages() {
  local missing=()
  compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
  /usr/bin/python3 -c 'import psycopg2' 2>/dev/null || missing+=(python3-psycopg2)
  if ((${#missing[@]})); then
    echo "installing ${missing[*]}" >&2
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  fi
}

# Whatever major version is installed; the newest if there are several.
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -x $dir/pg_ctl ]] || { echo "no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 1; }
  echo "$dir"
}

as_postgres() { runuser -u postgres -- "$@"; }

start() {
  local dir=$1 port=$2 bin
  ensure_packages
  bin=$(pg_bin)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  chown postgres:postgres "$dir"
  if [[ ! -f $dir/data/PG_VERSION ]]; then
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  fi
  # fsync off: the cluster is disposable and seeding is much faster without it.
  # jit off: PGlite has no JIT, and compiling the seed's big expressions costs seconds.
  as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c jit=off -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir (socket) and 127.0.0.1:$port"
}

stop() {
  local dir=$1
  [[ -f $dir/data/PG_VERSION ]] || { echo "no cluster in $dir" >&2; exit 1; }
  as_postgres "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop
}

case "${1:-}" in
  start) (($# == 3)) || usage; start "$2" "$3" ;;
  stop) (($# == 2)) || usage; stop "$2" ;;
  *) usage ;;
esac
