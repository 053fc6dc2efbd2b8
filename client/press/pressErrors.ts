import type { ApiErrorBody } from '../../shared/api/errors';
import { REFUSAL_WORDS } from '../common/refusalWords';

/**
 * The press room's refusals in a player's words. A code the pages know is worded by its row
 * (client/common/refusalWords.ts: the server's own sentence where it already speaks to the player,
 * like the rate limits with their numbers); a refusal without a known code is worded by its status.
 */
const BY_STATUS: Record<number, string> = {
  400: 'The message could not be sent as it is; check it and try again.',
  403: 'Your seat could not be confirmed: reload the page, and if that fails rejoin from the home page.',
  404: 'This match is no longer on the server.',
  429: 'Too many messages at once: wait a moment and try again.',
};

export function pressRefusal(status: number, body: { error?: string; code?: string }): string {
  const code = body.code;
  if (code !== undefined && Object.hasOwn(REFUSAL_WORDS, code)) {
    const words = REFUSAL_WORDS[code as ApiErrorBody['code']];
    if (words !== null) return words;
    if (body.error) return body.error;
  }
  return BY_STATUS[status] ?? 'The press room could not take the message just now; try again.';
}
