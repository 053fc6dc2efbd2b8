/**
 * The proxy in front of partitioned Peninsula processes (docs/DEPLOY.md, "Partitioned across
 * processes"): nginx's configuration for N processes, written by `npm run --silent proxy:nginx -- N`.
 *
 * Routing, with the match id's shard (shared/shard.ts) read from the socket.io handshake's
 * `?matchID=` or from the path (/games/peninsula/<id>, /api/matches/<id>, /api/class/<id>):
 * - shard k goes to upstream peninsula_shard_k: process k (its home), then the others round the
 *   ring as backups, the order in which they stand in for it (server/shard/shardLocks.ts);
 * - a request naming no shard (the client's files, creating a match, a join by code) goes to any
 *   process;
 * - a process that does not own the shard answers 503 NOT_OWNER and does nothing, so nginx tries
 *   the next one (`proxy_next_upstream http_503 non_idempotent`): after a kill -9 the stand-in
 *   answers as soon as it holds the shard's lock, wherever nginx looked first.
 * `max_fails=0`: a 503 from a process that does not own a shard is not a failed server.
 */
import { SHARD_PREFIX, standInOrder } from '../shared/shard';

export interface NginxOptions {
  /** The Peninsula processes' ports on this machine, process k (SHARD_ID=k) at ports[k]. */
  ports: readonly number[];
  /** Where nginx listens: loopback in the bench and the tests; a TLS proxy or 0.0.0.0 in production. */
  listen: string;
  /** A folder for nginx's pid, error log and temporary files (nginx runs unprivileged from there in the bench). */
  prefix: string;
  /** Upstream hosts: 127.0.0.1 on one machine, a headless Service's pod names on Kubernetes. */
  host?: (shard: number) => string;
}

/** The pattern of the shard prefix without its anchor, for nginx's regular expressions (PCRE). */
const SHARD = SHARD_PREFIX.source.replace(/^\^/, '').replace('(0|', '(?<shard>0|');

export function nginxConf(options: NginxOptions): string {
  const { ports, listen, prefix } = options;
  const host = options.host ?? (() => '127.0.0.1');
  const server = (k: number, backup: boolean) => `    server ${host(k)}:${ports[k]}${backup ? ' backup' : ''} max_fails=0;`;
  const shards = ports.map((_, shard) =>
    [`  upstream peninsula_shard_${shard} {`, ...standInOrder(shard, ports.length).map((k, i) => server(k, i > 0)), '    keepalive 16;', '  }'].join('\n'),
  );
  const anyProcess = ['  upstream peninsula_any {', ...ports.map((_, k) => server(k, false)), '    keepalive 16;', '  }'].join('\n');
  return `# Written by deploy/nginxConf.ts for ${ports.length} Peninsula process(es): do not edit, regenerate.
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 8192; }

http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;

  # The shard a request names: the socket.io handshake's ?matchID=, or the id in the path.
  map $arg_matchID $peninsula_query_shard { "~^${SHARD}" $shard; default ""; }
  map $uri $peninsula_path_shard { "~^/(?:games/[^/]+|api/matches|api/class)/${SHARD}" $shard; default ""; }
  map "$peninsula_query_shard$peninsula_path_shard" $peninsula_pool {
${ports.map((_, shard) => `    "${shard}" peninsula_shard_${shard};`).join('\n')}
    default peninsula_any;
  }
  # WebSocket upgrades pass through; other requests keep their upstream connection alive.
  map $http_upgrade $peninsula_connection { default upgrade; "" ""; }

${shards.join('\n')}
${anyProcess}

  server {
    listen ${listen};
    location / {
      proxy_pass http://$peninsula_pool;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $peninsula_connection;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_503 non_idempotent;
      proxy_next_upstream_tries ${ports.length};
      proxy_connect_timeout 2s;
      # Sockets and the press and class streams stay open for a whole game.
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
      proxy_buffering off;
    }
  }
}
`;
}

// npm run --silent proxy:nginx -- N [FIRST_PORT] [LISTEN] [PREFIX] [HOSTS] > nginx.conf
// One machine: process k on FIRST_PORT + k. HOSTS with {k} (peninsula-{k}.peninsula, a StatefulSet's pods): every process on FIRST_PORT.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [n = '3', first = '8001', listen = '127.0.0.1:8000', prefix = '/var/lib/peninsula-nginx', hosts] = process.argv.slice(2);
  const ports = Array.from({ length: Number(n) }, (_, k) => Number(first) + (hosts ? 0 : k));
  process.stdout.write(nginxConf({ ports, listen, prefix, ...(hosts ? { host: (k: number) => hosts.replace('{k}', String(k)) } : {}) }));
}
