#!/usr/bin/env bash
# The Docker smoke test: builds the Dockerfile, runs the image alone (PGlite in /data), then with
# compose.yaml (app + PostgreSQL); each time /readyz, the built client and one move over the socket
# (scripts/ci/firstMove.ts). Where no Docker engine answers (CI on a plain machine), it says so and
# skips: exit 0. Compose v2 (`docker compose`) or v1 (`docker-compose`) both do.
# NODE_IMAGE and POSTGRES_IMAGE replace the base images (for a machine with an engine but no registry:
# scripts/ci/standInImages.sh builds stand-ins); DOCKER_BUILD_NETWORK is passed to `docker build --network`.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
  echo "Docker smoke test skipped: no Docker engine answers here."
  exit 0
fi
if docker compose version >/dev/null 2>&1; then compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then compose=(docker-compose)
else
  echo "Docker smoke test skipped: the engine answers, but neither docker compose nor docker-compose is installed."
  exit 0
fi

# An engine with no registry behind it cannot fetch the base images: that is the machine, not the project.
for image in "${NODE_IMAGE:-node:22-bookworm-slim}" "${POSTGRES_IMAGE:-postgres:17-bookworm}"; do
  if ! docker image inspect "$image" >/dev/null 2>&1 && ! docker pull -q "$image" >/dev/null 2>&1; then
    echo "Docker smoke test skipped: the base image $image is neither here nor pullable (scripts/ci/standInImages.sh builds stand-ins)."
    exit 0
  fi
done

tag="peninsula-smoke-$$"
work=$(mktemp -d "${TMPDIR:-/tmp}/peninsula-docker-XXXXXX")
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
cleanup() {
  local status=$?
  docker rm -f "$tag" >/dev/null 2>&1 || true
  [ -f "$work/override.yaml" ] && "${compose[@]}" -p "$tag" -f compose.yaml -f "$work/override.yaml" down -v --remove-orphans >/dev/null 2>&1 || true
  docker rmi "$tag" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

# Waits for /readyz on the port, then checks the client and plays one move.
prove() {
  local port=$1 what=$2
  for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "http://127.0.0.1:$port/readyz" || { echo "$what never became ready" >&2; return 1; }
  echo
  curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "$what does not serve the client" >&2; return 1; }
  node --import tsx scripts/ci/firstMove.ts "http://127.0.0.1:$port"
}

docker build -q ${NODE_IMAGE:+--build-arg "NODE_IMAGE=$NODE_IMAGE"} ${DOCKER_BUILD_NETWORK:+--network "$DOCKER_BUILD_NETWORK"} -t "$tag" .

port=$(free_port)
docker run -d --name "$tag" -p "127.0.0.1:$port:8000" "$tag" >/dev/null
prove "$port" "the image alone (PGlite)" || { docker logs "$tag"; exit 1; }
docker rm -f "$tag" >/dev/null

# compose.yaml as a deployer runs it, with the image just built (and the stand-in database image, if given).
{
  echo "services:"
  echo "  app:"
  echo "    image: $tag"
  if [ -n "${POSTGRES_IMAGE:-}" ]; then echo "  db:"; echo "    image: $POSTGRES_IMAGE"; fi
} > "$work/override.yaml"
port=$(free_port)
PORT=$port "${compose[@]}" -p "$tag" -f compose.yaml -f "$work/override.yaml" up -d --no-build
prove "$port" "compose (app + PostgreSQL)" || { "${compose[@]}" -p "$tag" -f compose.yaml -f "$work/override.yaml" logs; exit 1; }
"${compose[@]}" -p "$tag" -f compose.yaml -f "$work/override.yaml" exec -T db psql -U peninsula -d peninsula -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" | grep -qv '^0$' \
  || { echo "compose: the app's tables are not in PostgreSQL" >&2; exit 1; }
echo "Docker smoke test passed: the image builds; alone on PGlite and with compose on PostgreSQL it is ready and takes a move."
