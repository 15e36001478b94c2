#!/usr/bin/env bash
# Browser tests of the web UI: installs what they need when missing (Debian's chromium through
# apt-get, playwright-core through npm; both steps skip when already present), builds the CLI if
# needed, starts `ascribe serve` on a free loopback port over a temporary home with a small
# knowledge base, creates tokens, and runs browser-tests/ui.test.mjs with headless chromium.
#
# Environment: ASCRIBE_BROWSER_KB=mini forces the test kit's mini knowledge base (default: the real
# ATT&CK from ../shared/data when present, else mini). SHOTS: screenshot folder (default
# target/browser-screenshots at the repository root).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TESTS="$ROOT/browser-tests"
SHOTS="${SHOTS:-$ROOT/target/browser-screenshots}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
started=$(date +%s)

say() { echo "browser-tests: $*" >&2; }
die() { say "$*"; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else die "need root (or passwordless sudo) to run: $*"
  fi
}

apt_install() { # package...
  command -v apt-get >/dev/null 2>&1 || die "apt-get is not available; install $* by hand (Debian packages) and rerun"
  say "installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" || die "apt-get install $* failed"
}

# 1. chromium (Debian's package; never a downloaded browser)
if [ ! -x "$CHROMIUM" ]; then
  apt_install chromium
  [ -x "$CHROMIUM" ] || die "chromium was installed but $CHROMIUM does not exist"
fi

# 2. node and playwright-core (pinned by browser-tests/package-lock.json)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm
fi
if [ ! -f "$TESTS/node_modules/playwright-core/package.json" ] \
    || [ "$TESTS/package-lock.json" -nt "$TESTS/node_modules/.package-lock.json" ]; then
  say "installing playwright-core with npm ci"
  (cd "$TESTS" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund) || die "npm ci failed"
fi

# 3. the CLI (built by the launcher when the sources are newer than the jar)
ASCRIBE="$ROOT/ascribe"
"$ASCRIBE" --version >/dev/null || die "building the CLI failed"

# 4. a home with a small knowledge base and two tokens
HOME_DIR="$(mktemp -d -t ascribe-browser-XXXXXX)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT

ATTACK="$ROOT/../shared/data/attack/enterprise-attack-18.1.json"
if [ "${ASCRIBE_BROWSER_KB:-}" != "mini" ] && [ -f "$ATTACK" ]; then
  KB="$ATTACK"; ACTOR="APT29"
else
  KB="$ROOT/ascribe-testkit/src/main/resources/io/ascribe/testkit/mini-attack.json"; ACTOR="Alpha Panda"
fi
say "knowledge base: $KB"
"$ASCRIBE" kb import --home "$HOME_DIR" "$KB" >/dev/null 2>&1 || die "kb import of $KB failed"
ANALYST="$("$ASCRIBE" token create --home "$HOME_DIR" --name browser-analyst --role analyst --tlp AMBER 2>/dev/null)"
VIEWER="$("$ASCRIBE" token create --home "$HOME_DIR" --name browser-viewer --role viewer --tlp GREEN 2>/dev/null)"

# 5. the server on a free loopback port (port 0; the port is read from its first line)
LOG="$HOME_DIR/serve.log"
"$ASCRIBE" serve --home "$HOME_DIR" --host 127.0.0.1 --port 0 >"$LOG" 2>&1 &
SERVER_PID=$!
URL=""
for _ in $(seq 1 120); do
  URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$LOG" | head -1 || true)"
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; die "the server stopped while starting"; }
  sleep 0.5
done
[ -n "$URL" ] || { cat "$LOG" >&2; die "the server did not start within a minute"; }
curl -fsS "$URL/api/health" >/dev/null || die "the server does not answer on $URL"
say "server at $URL"

# 6. the tests
mkdir -p "$SHOTS"
status=0
(cd "$TESTS" && ASCRIBE_URL="$URL" ASCRIBE_ANALYST="$ANALYST" ASCRIBE_VIEWER="$VIEWER" ASCRIBE_ACTOR="$ACTOR" \
  SHOTS="$SHOTS" CHROMIUM="$CHROMIUM" node ui.test.mjs) || status=$?
if [ "$status" -ne 0 ]; then
  say "server log:"; tail -50 "$LOG" >&2
fi
say "finished in $(( $(date +%s) - started )) s (screenshots in $SHOTS)"
exit "$status"
