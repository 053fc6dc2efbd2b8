#!/usr/bin/env bash
# Proves a production install: the project's files (tracked, or new and not ignored) and a built client copied to a temporary folder,
# `npm ci --omit=dev` there (the npm registry, or its cache, is the only thing it reaches), `npm start`
# on a free loopback port, /readyz, and one move over the socket (scripts/ci/firstMove.ts).
# Needs a built client in dist/client or the dev dependencies to build it. Run from the project root.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
[ -f dist/client/index.html ] || npm run build --silent
work=$(mktemp -d "${TMPDIR:-/tmp}/peninsula-production-XXXXXX")
server_pid=
# The server runs in its own process group (setsid), so the whole tree npm start made (npm, tsx,
# node, esbuild) is stopped; the script's own exit status is kept (a killed server's 143 is not ours).
cleanup() {
  local status=$?
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

git ls-files -z --cached --others --exclude-standard -- . ':!node_modules' | xargs -0 cp --parents -t "$work"
mkdir -p "$work/dist" && cp -r dist/client "$work/dist/client"
cd "$work"
npm ci --omit=dev --no-audit --no-fund --prefer-offline --loglevel=error
if [ -d node_modules/vite ]; then echo "vite is installed: this is not a production install" >&2; exit 1; fi

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
PORT=$port DATABASE_URL= DATA_DIR="$work/data" LOG_LEVEL=warn setsid npm start > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "the server exited" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/readyz" || { cat "$work/server.log"; exit 1; }
echo
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "the built client is not served" >&2; exit 1; }
node --import tsx scripts/ci/firstMove.ts "http://127.0.0.1:$port"
echo "Production install: npm ci --omit=dev, npm start, /readyz and a move over the socket passed (from $root)."
