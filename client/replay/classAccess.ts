import type { MeData } from '../../shared/api/classroom';
import { api, studentToken } from '../classroom/api';
import { loadSeat } from '../online/seatStore';
import type { ReplayAccess } from './api';

/**
 * Who this browser is for a match's replay at /match/:id/replay. A class table may be replayed only
 * by its teacher and its players: the teacher comes through /class/:id/replay/:matchID, which hands
 * the page the key (ClassroomRoutes.tsx); a student's seat comes from their class token. Anyone else
 * replays as an online seat (the seat store) or a spectator.
 */
export async function replayViewer(matchID: string): Promise<ReplayAccess> {
  const token = studentToken.get();
  if (!token || loadSeat(matchID)) return {};
  try {
    const { seat } = await api<MeData>('GET', '/api/class/me', { studentToken: token });
    return seat?.matchID === matchID ? { seat: { playerID: seat.playerID, credentials: seat.credentials } } : {};
  } catch {
    // No longer in that class: replay as anyone would.
    return {};
  }
}
