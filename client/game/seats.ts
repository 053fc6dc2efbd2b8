import type { BoardProps } from 'boardgame.io/react';
import { isBotName } from '../../shared/api/limits';
import { ROLES, type Role } from '../../shared/roles';
import type { SeatInfo } from './panels/PhaseBar';

/** Who sits in each role, as boardgame.io's matchData tells a board (online and class tables alike). */
export function seatsOfMatch(matchData: BoardProps['matchData']): SeatInfo[] {
  return ROLES.map((role, i) => {
    const player = matchData?.find((p) => p.id === i);
    const kind = player?.name === undefined ? 'empty' : isBotName(player.name) ? 'bot' : 'human';
    return { role, name: player?.name, kind, connected: kind === 'human' ? player?.isConnected : undefined };
  });
}

/** The display name of each role that has one (for the press's "from" lines). */
export function seatNames(seats: readonly SeatInfo[]): Partial<Record<Role, string>> {
  return Object.fromEntries(seats.flatMap((s) => (s.name ? [[s.role, s.name]] : [])));
}
