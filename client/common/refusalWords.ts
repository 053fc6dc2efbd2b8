import type { ApiErrorBody, RefusalCode } from '../../shared/api/errors';

/**
 * What a page says for each refusal code of the HTTP edge (shared/api/errors.ts). The server's
 * sentence is written for anyone calling the API ("playerID must be a seat from "0" to "4"");
 * a code worded here is said in a player's words instead. `null`: the server's sentence is
 * already for the person and carries what only it knows (a name, a limit, a wait), so it is shown
 * as sent. A Record, so a new code cannot ship without a decision here; its sentences keep their literal
 * types, so the socket's words (socketRefusalWords.ts) can name the same one rather than write it again.
 */
export const REFUSAL_WORDS = {
  BAD_JSON: 'The page sent something the server could not read: reload it and try again.',
  BAD_TEXT: 'Something you typed has characters that cannot be sent: remove them and try again.',
  BODY_TOO_LARGE: 'That is too long to send: shorten it and try again.',
  BAD_ADDRESS: 'This address is broken: go back to the home page.',
  BAD_INPUT: null,
  BAD_SEAT: 'Your seat could not be found: reload the page, and if that fails rejoin from the home page.',
  NOT_FOUND: null,
  INTERNAL: 'Something went wrong on the server: try again in a moment.',
  BAD_CREDENTIALS: 'Your seat could not be confirmed: reload the page, and if that fails rejoin from the home page.',
  CREDENTIALS_IN_URL: 'Your seat could not be confirmed: reload the page.',
  TEACHER_KEY: null,
  STUDENT_TOKEN: null,
  RECOVERY_CODE: null,
  METRICS_TOKEN: null,
  NOT_HOST: null,
  TOO_MANY_GUESSES: null,
  CREATE_LIMIT: null,
  RATE_BURST: null,
  RATE_ROUND: null,
  TOO_MANY_STREAMS: 'Too many windows have this open: close one and reload.',
  MATCH_STARTED: 'The match has already started: reload the page to join the table.',
  MATCH_OVER: 'The match is over: the press room is closed.',
  SEAT_TAKEN: 'Someone has just taken that seat: choose another role.',
  MATCH_FULL: 'Every seat is taken: you can watch instead.',
  CLASS_STARTED: null,
  CLASS_ENDED: null,
  CLASS_FULL: null,
  NAME_TAKEN: null,
  NO_LATE_SEAT: null,
  TABLE_PAUSED: null,
  GAME_NOT_OVER: null,
  SEAT_EMPTY: 'Nobody sits there any more: the seat is already free.',
  BOT_SEAT: 'A bot plays that seat: anyone with the invite link can take it.',
  OWN_SEAT: 'You cannot free your own seat: leave the match instead.',
  NO_FREE_CODE: 'The server could not make a join code just now: try again.',
  NOT_OWNER: 'The server is handing this game to another of its processes: try again in a moment.',
  PRESS_OFF: 'Your teacher has switched the press off for this class.',
  TICKET_INVALID: 'The live feed needs reconnecting: reload the page.',
  METHOD_NOT_ALLOWED: 'The page asked in a way the server does not take: reload it.',
  EMPTY: 'Write something before sending.',
  NOT_TEXT: 'Write something before sending.',
  TOO_LONG: null,
  CONTROL_CHARACTERS: 'The message has characters that cannot be sent; remove them and try again.',
  BAD_RECIPIENTS: 'Choose who gets the message: Everyone, or one or more roles.',
  SELF: 'You cannot write to yourself: choose another role, or Everyone.',
  BAD_MATCH_ID: 'This address names no match: check the link.',
  NO_SUCH_MATCH: 'This match is no longer on the server.',
  BAD_ROUND: null,
  BAD_SEATS: null,
  NOT_YOURS: null,
  UNREPLAYABLE: null,
} as const satisfies Readonly<Record<RefusalCode, string | null>>;

function isCode(code: unknown): code is RefusalCode {
  return typeof code === 'string' && Object.hasOwn(REFUSAL_WORDS, code);
}

/** A refusal in the words a page shows: the code's, else the server's sentence, else `fallback` (a body without either). */
export function refusalText(body: Partial<ApiErrorBody> | null | undefined, fallback: string): string {
  const words = isCode(body?.code) ? REFUSAL_WORDS[body.code] : null;
  return words ?? (typeof body?.error === 'string' && body.error.length > 0 ? body.error : fallback);
}
