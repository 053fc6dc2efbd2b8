/**
 * Every refusal of our HTTP edge, as the wire carries it: `{ error, code, retryAfter? }`.
 * `error` is a sentence for whoever called the API; `code` is what a page translates into its own
 * words (client/press/pressErrors.ts, the classroom's NAME_TAKEN); `retryAfter` (seconds, also sent
 * as the Retry-After header) comes with every rate limit. The HTTP status follows from the code
 * alone (REFUSAL_STATUS), so a domain service names what went wrong and never picks a status.
 */
import type { PressProblem } from '../press';
import type { ReplayErrorCode } from './replay';

/** Code → HTTP status: the one table the server's error mapper reads. */
export const REFUSAL_STATUS = {
  // The request itself (the edge: server/http/body.ts, server/http/inputGuard.ts).
  BAD_JSON: 400,
  BAD_TEXT: 400,
  BODY_TOO_LARGE: 413,
  BAD_ADDRESS: 400,
  BAD_INPUT: 400,
  BAD_SEAT: 400,
  NOT_FOUND: 404,
  INTERNAL: 500,
  // Who is asking.
  BAD_CREDENTIALS: 403,
  CREDENTIALS_IN_URL: 400,
  TEACHER_KEY: 403,
  STUDENT_TOKEN: 401,
  RECOVERY_CODE: 403,
  METRICS_TOKEN: 401,
  NOT_HOST: 403,
  // Rate limits: these carry retryAfter.
  TOO_MANY_GUESSES: 429,
  CREATE_LIMIT: 429,
  RATE_BURST: 429,
  RATE_ROUND: 429,
  TOO_MANY_STREAMS: 429,
  // The state of a match or a class.
  MATCH_STARTED: 409,
  MATCH_OVER: 409,
  SEAT_TAKEN: 409,
  MATCH_FULL: 409,
  CLASS_STARTED: 409,
  CLASS_ENDED: 409,
  CLASS_FULL: 409,
  NAME_TAKEN: 409,
  NO_LATE_SEAT: 409,
  TABLE_PAUSED: 409,
  GAME_NOT_OVER: 409,
  // The host frees a seat (server/http/freeSeat.ts): the seat must be a person's other than the host's own.
  SEAT_EMPTY: 409,
  BOT_SEAT: 409,
  OWN_SEAT: 409,
  NO_FREE_CODE: 503,
  // Partitioned serving: another process owns the match's shard (the proxy tries the next; carries retryAfter).
  NOT_OWNER: 503,
  PRESS_OFF: 403,
  TICKET_INVALID: 403,
  METHOD_NOT_ALLOWED: 405,
  // A press message the rules refuse (shared/press.ts validateMessage).
  EMPTY: 400,
  NOT_TEXT: 400,
  TOO_LONG: 400,
  CONTROL_CHARACTERS: 400,
  BAD_RECIPIENTS: 400,
  SELF: 400,
  // Replay and fork (server/replay/).
  BAD_MATCH_ID: 400,
  NO_SUCH_MATCH: 404,
  BAD_ROUND: 400,
  BAD_SEATS: 400,
  NOT_YOURS: 403,
  UNREPLAYABLE: 409,
} as const satisfies Record<string, number> & Record<PressProblem | ReplayErrorCode, number>;

export type RefusalCode = keyof typeof REFUSAL_STATUS;

export const REFUSAL_CODES = Object.keys(REFUSAL_STATUS) as RefusalCode[];

/** A refusal as a domain service returns it (errors as values, like the ruleset's Rejection). */
export interface Refusal {
  readonly refused: RefusalCode;
  readonly message: string;
  /** Seconds until the same request may succeed (rate limits). */
  readonly retryAfter?: number;
}

/** The body of every refused request. */
export interface ApiErrorBody {
  error: string;
  code: RefusalCode;
  retryAfter?: number;
}

export function refuse(code: RefusalCode, message: string, retryAfter?: number): Refusal {
  return retryAfter === undefined ? { refused: code, message } : { refused: code, message, retryAfter };
}

/** For anything whose path names a match: the refusal when none is stored. */
export function noSuchMatch(matchID: string): Refusal {
  return refuse('NOT_FOUND', `Match ${matchID} not found.`);
}

export function isRefusal(value: unknown): value is Refusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { refused?: unknown }).refused === 'string' &&
    (value as { refused: string }).refused in REFUSAL_STATUS
  );
}

/** What goes on the wire for a refusal. */
export function errorBody(refusal: Refusal): ApiErrorBody {
  return { error: refusal.message, code: refusal.refused, ...(refusal.retryAfter !== undefined ? { retryAfter: refusal.retryAfter } : {}) };
}
