import type { Server } from 'boardgame.io';
import { refuse, type Refusal } from '../../shared/api/errors';
import { roleOfPlayer, type Role } from '../../shared/roles';
import { seatCredentialsMatch } from '../socket/seatCredentials';

export interface Seat {
  playerID: string;
  role: Role;
}

/**
 * The one check of a seat's credentials at the HTTP edge (the press, the host's Start), with
 * the socket's own constant-time comparison: the seat named by `playerID`, when `credentials`
 * are that seat's. `refusedAs` words the refusal for the route ("Only a seated player can start…").
 */
export function authSeat(
  metadata: Server.MatchData,
  playerID: unknown,
  credentials: unknown,
  refusedAs = 'Invalid credentials for that seat.',
): Seat | Refusal {
  const role = typeof playerID === 'string' ? roleOfPlayer(playerID) : undefined;
  const player = role === undefined ? undefined : metadata.players[Number(playerID)];
  if (role === undefined || player === undefined) return refuse('BAD_SEAT', 'playerID must be a seat from "0" to "4".');
  if (typeof credentials !== 'string' || !seatCredentialsMatch(credentials, player)) return refuse('BAD_CREDENTIALS', refusedAs);
  return { playerID: playerID as string, role };
}
