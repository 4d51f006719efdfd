#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks.
#
#   bash scripts/postgres.sh        # prints the server's URL on its first line, then serves
#                                   # until stdin closes or it gets SIGINT/SIGTERM, and then
#                                   # stops the server and deletes its files
#
# Installs Debian's postgresql when no server binaries are found (needs root; apt-get). The
# cluster lives in a temp dir, listens on 127.0.0.1 on a free port, trusts local connections
# (user `summarize`, database `summarize`) and runs as an unprivileged user: the caller, or
# the Debian package's `postgres` user when the caller is root. Durability is switched off
# (fsync=off): the data is thrown away anyway.
set -euo pipefail

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

if ! PG_BIN=$(find_bin); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres.sh: no PostgreSQL server found, and installing one needs root" >&2
    exit 1
  fi
  echo "postgres.sh: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  PG_BIN=$(find_bin)
fi

as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi
  as_user=(runuser -u postgres --)
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/summarize-pg.XXXXXX")
chmod 700 "$DIR"
[ ${#as_user[@]} -eq 0 ] || chown postgres "$DIR"

cleanup() {
  trap - EXIT INT TERM
  "${as_user[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${as_user[@]}" "$PG_BIN/initdb" -D "$DIR/data" -U summarize --auth=trust -E UTF8 \
  --no-locale >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
"${as_user[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
"${as_user[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U summarize summarize

echo "postgresql://summarize@127.0.0.1:$PORT/summarize"
# Serve until stdin closes (the caller exits or closes the pipe) or a signal arrives.
while read -r _; do :; done || true
