import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from 'socket.io';
import { MOVE_ARGS_LIMITS } from '../../shared/moveLimits';

/**
 * Which web pages may open a socket to this server: its own origin (the page's Origin names the
 * host the request was sent to, which is also how the Vite dev proxy forwards it) and the ones
 * listed in ORIGINS. Without this, socket.io answered `Access-Control-Allow-Origin: *` and took
 * websockets from any page a student had open. A request without an Origin header is not from a
 * browser page (the server's own bots, scripts): such a client could send any Origin it liked.
 */
export function originAllowed(req: IncomingMessage, listed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (listed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** ORIGINS=https://a.example,https://b.example: extra origins whose pages may use the socket and the Lobby API. */
export function parseOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter((o) => o.length > 0);
}

/**
 * The largest message a client sends is a move: the largest legal arguments plus the envelope
 * (action and move name, credentials, match id, state id), well under this. socket.io closes a
 * connection that sends more, before parsing it.
 */
const MAX_MESSAGE_BYTES = 4 * (MOVE_ARGS_LIMITS.maxJsonLength + 1024);

export function socketOptions(listed: readonly string[]): Partial<ServerOptions> {
  return {
    allowRequest: (req, callback) => callback(originAllowed(req, listed) ? null : 'origin not allowed', originAllowed(req, listed)),
    cors: (req, callback) =>
      callback(null, { origin: originAllowed(req as IncomingMessage, listed) ? (req.headers.origin ?? false) : false, credentials: true }),
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
  };
}
