/**
 * The press room's refusals in a player's words. The server answers `{ error, code }`; its
 * messages are written for anyone calling the API ("Send to \"all\" or to a list of roles…"),
 * so a code the panel knows is worded here, and a refusal without one is worded by its status.
 */
const BY_CODE: Record<string, string> = {
  EMPTY: 'Write something before sending.',
  NOT_TEXT: 'Write something before sending.',
  BAD_RECIPIENTS: 'Choose who gets the message: Everyone, or one or more roles.',
  SELF: 'You cannot write to yourself: choose another role, or Everyone.',
  CONTROL_CHARACTERS: 'The message has characters that cannot be sent; remove them and try again.',
  MATCH_OVER: 'The match is over: the press room is closed.',
  TOO_MANY_STREAMS: 'Too many windows have this match open; close one and reload.',
};

/** Codes whose server message is already written for the player (the limits, with their numbers). */
const SERVER_WORDS = new Set(['TOO_LONG', 'RATE_BURST', 'RATE_ROUND']);

const BY_STATUS: Record<number, string> = {
  400: 'The message could not be sent as it is; check it and try again.',
  403: 'Your seat could not be confirmed: reload the page, and if that fails rejoin from the home page.',
  404: 'This match is no longer on the server.',
  429: 'Too many messages at once: wait a moment and try again.',
};

export function pressRefusal(status: number, body: { error?: string; code?: string }): string {
  if (body.code && SERVER_WORDS.has(body.code) && body.error) return body.error;
  if (body.code && BY_CODE[body.code]) return BY_CODE[body.code]!;
  return BY_STATUS[status] ?? 'The press room could not take the message just now; try again.';
}
