import type { SocketRefusal } from '../../shared/api/socketRefusals';
import { REFUSAL_WORDS } from './refusalWords';

/**
 * What the page says when the server refuses a move or a sync on the match's socket
 * (shared/api/socketRefusals.ts). Most reasons mean the page sent something it never sends on its
 * own (an old tab, an edited page): they ask for a reload. A Record, so a new reason cannot ship
 * without a decision here. A reason that means what an HTTP refusal means says the same sentence (refusalWords.ts).
 */
const RELOAD = 'The page sent something the server could not take: reload it and try again.';
const SEAT_GONE = 'This browser no longer holds your seat: you left it from another tab, the host freed it, or it went to someone else.';

export const SOCKET_REFUSAL_WORDS: Readonly<Record<SocketRefusal, string>> = {
  UNKNOWN_EVENT: RELOAD,
  BAD_MATCH_ID: REFUSAL_WORDS.BAD_MATCH_ID,
  NOT_A_MOVE: RELOAD,
  UNKNOWN_MOVE: 'This page is older than the server’s game: reload it.',
  NOT_YOUR_SEAT: RELOAD,
  BAD_CREDENTIALS: SEAT_GONE,
  BAD_STATE_ID: RELOAD,
  NOT_PLAIN: RELOAD,
  BAD_TEXT: REFUSAL_WORDS.BAD_TEXT,
  RESERVED_KEY: RELOAD,
  TOO_DEEP: RELOAD,
  TOO_LARGE: REFUSAL_WORDS.BODY_TOO_LARGE,
  NO_SUCH_MATCH: REFUSAL_WORDS.NO_SUCH_MATCH,
  UNAUTHORIZED: SEAT_GONE,
  NOT_NOW: 'Your move could not be saved just now: try it again in a moment.',
  RULES: 'The game had moved on before your move arrived: look at the board and choose again.',
  SEAT_CHANGED: 'Your seat was given up from another tab, freed by the host, or handed to someone else.',
  PAUSED: 'The game is paused: your move was not taken. Wait until it resumes.',
  NOT_OWNER: REFUSAL_WORDS.NOT_OWNER,
};
