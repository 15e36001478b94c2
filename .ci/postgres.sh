#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store tests, installing Debian's package when it is
# missing. Source it: it exports ASCRIBE_TEST_POSTGRES_URL and stops the server on exit.
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

PGBIN="$(pg_bin)"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
  echo "CI: installing PostgreSQL from Debian's packages ..." >&2
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "CI: apt-get is not available; install PostgreSQL (initdb, pg_ctl) and retry." >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  PGBIN="$(pg_bin)"
fi

ASCRIBE_PG_DIR="$(mktemp -d /tmp/ascribe-pg.XXXXXX)"
ASCRIBE_PG_PORT="${ASCRIBE_PG_PORT:-55432}"
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$ASCRIBE_PG_DIR"
as_pg "$PGBIN/initdb" -D "$ASCRIBE_PG_DIR/data" -A trust -U ascribe -E UTF8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$ASCRIBE_PG_DIR/data" -l "$ASCRIBE_PG_DIR/log" -w -o \
  "-p $ASCRIBE_PG_PORT -k $ASCRIBE_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
ascribe_pg_stop() {
  as_pg "$PGBIN/pg_ctl" -D "$ASCRIBE_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$ASCRIBE_PG_DIR"
}
trap ascribe_pg_stop EXIT
export ASCRIBE_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$ASCRIBE_PG_PORT/postgres?user=ascribe"
echo "CI: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$ASCRIBE_PG_PORT for the store tests" >&2
