import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, refuse } from '../../shared/api/errors';
import { NotOwnerError, shardOwnership } from './ownership';

/** Seconds a client (or the proxy's next try) waits before asking again: a take-over lasts about a second. */
export const NOT_OWNER_RETRY_SECONDS = 1;

/** Path segments where an id would stand that name no match or class. */
const NOT_IDS = new Set(['create', 'join', 'recover', 'me', 'projector']);
/** Paths that name a match or a class by id: the Lobby's, ours, the classroom's. */
const ID_IN_PATH = /^\/(?:games\/[^/]+|api\/matches|api\/class)\/([^/?]+)/;

/** The match or class id a request names (socket.io's handshake carries the match in its query), if any. */
export function idOfRequest(url: string): string | null {
  const [path = '/', query = ''] = url.split('?', 2);
  const fromQuery = new URLSearchParams(query).get('matchID');
  if (fromQuery) return fromQuery;
  const found = ID_IN_PATH.exec(path);
  const id = found?.[1] ? decoded(found[1]) : null;
  return id !== null && !NOT_IDS.has(id) ? id : null;
}

/** A path segment decoded, or null for broken percent-encoding: this runs before Koa, whose input guard answers that with a 400. */
function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The restore of a shard just taken (server/matchRestore.ts): whether a match is still to come back, and when it is back. */
export interface PendingRestore {
  waits(id: string): boolean;
  ready(id: string): Promise<void>;
}

export function notOwnerBody(): string {
  return JSON.stringify(errorBody(refuse('NOT_OWNER', new NotOwnerError().message, NOT_OWNER_RETRY_SECONDS)));
}

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'retry-after': String(NOT_OWNER_RETRY_SECONDS),
};

/**
 * In front of everything the HTTP server answers (Koa's routes and socket.io, whose handshake and
 * upgrade never reach Koa): a request naming a match or class of a shard this process does not own
 * gets 503 NOT_OWNER and touches nothing, so the proxy may send it to the next process.
 * A request naming a match of a shard it owns waits for `restored` (a shard just taken over: the
 * match is restored at once, ahead of its turn, so its player finds its bots and timer in place).
 * Requests naming nothing (the client's files, creating a match, a join by code) pass.
 */
export function guardShards(server: Server, restore: PendingRestore): void {
  /** 'refuse', 'pass' (now), or when to pass the request on. */
  const passWhen = (url: string | undefined): 'refuse' | 'pass' | Promise<void> => {
    const id = idOfRequest(url ?? '/');
    if (id === null) return 'pass';
    if (!shardOwnership.ownsId(id)) return 'refuse';
    // A failed restore is logged where it failed; the request is served either way.
    return restore.waits(id) ? restore.ready(id).catch(() => undefined) : 'pass';
  };
  const onRequest = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pass = passWhen(req.url);
    const serve = () => onRequest.forEach((listener) => listener.call(server, req, res));
    if (pass === 'pass') return serve();
    if (pass !== 'refuse') return void pass.then(serve);
    res.writeHead(503, HEADERS);
    res.end(notOwnerBody());
  });
  const onUpgrade = server.listeners('upgrade') as ((req: IncomingMessage, socket: Duplex, head: Buffer) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pass = passWhen(req.url);
    const serve = () => onUpgrade.forEach((listener) => listener.call(server, req, socket, head));
    if (pass === 'pass') return serve();
    if (pass !== 'refuse') return void pass.then(serve);
    const body = notOwnerBody();
    const headers = Object.entries({ ...HEADERS, 'content-length': String(Buffer.byteLength(body)), connection: 'close' }).map(([k, v]) => `${k}: ${v}`);
    socket.end(`HTTP/1.1 503 Service Unavailable\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
  });
}
