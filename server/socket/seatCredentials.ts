import { sameSecret } from '../sameSecret';

/**
 * boardgame.io's default check lets anyone move for any seat while nobody in the match has
 * credentials yet (e.g. a match just created). Ours: a move needs the seat's own credentials, always.
 * Also decides, after every change of a match's seats, which synced sockets still hold their seat.
 */
export function seatCredentialsMatch(credentials: string | undefined, player?: { credentials?: string }): boolean {
  const expected = player?.credentials;
  if (typeof credentials !== 'string' || typeof expected !== 'string') return false;
  return sameSecret(credentials, expected);
}
