import type { MeData } from '../../shared/api/classroom';
import { api, studentToken, teacherKeys } from '../classroom/api';
import { loadSeat } from '../online/seatStore';
import type { ReplayAccess } from './api';

/** The query parameter a teacher's replay link carries: the class whose key this browser holds. */
export const CLASS_PARAM = 'class';

/** A class table's replay from the teacher's debrief: the key is looked up by class, never put in the link. */
export const classReplayPath = (matchID: string, sessionId: string) =>
  `/match/${encodeURIComponent(matchID)}/replay?${CLASS_PARAM}=${encodeURIComponent(sessionId)}`;

/**
 * Who this browser is for a match's replay. A class table may be replayed only by its teacher and
 * its players: the teacher's link names the class (its key is in this browser), and a student's
 * seat comes from their class token. Anyone else replays as an online seat (the seat store) or a
 * spectator.
 */
export async function replayViewer(matchID: string, search: string): Promise<ReplayAccess> {
  const sessionId = new URLSearchParams(search).get(CLASS_PARAM);
  const key = sessionId ? teacherKeys.get(sessionId) : null;
  if (key) return { teacherKey: key };
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
