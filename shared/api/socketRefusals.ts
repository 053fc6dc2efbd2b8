/**
 * The socket's refusals: a message the server will not pass to the engine, or a socket it lets go,
 * is answered with a `refused` event (server/socket/gatedSocketIO.ts) carrying one of these
 * reasons. Shared so the page can say each one in a player's words (client/common/socketRefusalWords.ts).
 */

/** Why untrusted JSON is refused (server/edge/plainJson.ts): each rule's reason is written there. */
export const JSON_PROBLEMS = ['NOT_PLAIN', 'BAD_TEXT', 'RESERVED_KEY', 'TOO_DEEP', 'TOO_LARGE'] as const;
export type JsonProblem = (typeof JSON_PROBLEMS)[number];

export const SOCKET_REFUSALS = [
  'UNKNOWN_EVENT',
  'BAD_MATCH_ID',
  'NOT_A_MOVE',
  'UNKNOWN_MOVE',
  'NOT_YOUR_SEAT',
  'BAD_CREDENTIALS',
  'BAD_STATE_ID',
  ...JSON_PROBLEMS,
  'NO_SUCH_MATCH',
  'UNAUTHORIZED',
  'NOT_NOW',
  'RULES',
  'SEAT_CHANGED',
  'PAUSED',
  'NOT_OWNER',
] as const;
export type SocketRefusal = (typeof SOCKET_REFUSALS)[number];

/** The `refused` event's payload. `event` is the refused message's ('update' for a move, 'sync' for joining the match's feed). */
export interface SocketRefused {
  event: string;
  reason: SocketRefusal;
  /** The match named by the refused message, when it named one (cut to 64 characters). */
  matchID?: string;
  /** The refused move's name. */
  move?: string;
}

const REASONS: ReadonlySet<string> = new Set(SOCKET_REFUSALS);

export function isSocketRefused(value: unknown): value is SocketRefused {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r['event'] === 'string' && typeof r['reason'] === 'string' && REASONS.has(r['reason']);
}

/**
 * The refusals after which this browser no longer holds the seat it asked with: it left from
 * another tab, or the seat went to someone else. Asking again with the same credentials cannot work.
 */
export function seatIsGone(refused: SocketRefused): boolean {
  if (refused.event === 'sync') return refused.reason === 'BAD_CREDENTIALS' || refused.reason === 'SEAT_CHANGED';
  return refused.event === 'update' && refused.reason === 'UNAUTHORIZED';
}
