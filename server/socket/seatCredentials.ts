import { sameSecret } from '../sameSecret';
import type { SocketRefusal } from '../../shared/api/socketRefusals';

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

/** Why a `sync` for this seat of this match (undefined: not stored) is refused, or null; a spectator (playerID null) needs no credentials. */
export function syncRefusalOf(
  metadata: { players: Record<string, { credentials?: string }> } | undefined,
  playerID: string | null,
  credentials: string | undefined,
): SocketRefusal | null {
  if (!metadata) return 'NO_SUCH_MATCH';
  if (playerID === null) return null;
  return seatCredentialsMatch(credentials, metadata.players[playerID]) ? null : 'BAD_CREDENTIALS';
}
