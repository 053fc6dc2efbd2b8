import { TEACHER_KEY_HEADER } from '../../shared/api/classroom';
import type { ApiErrorBody } from '../../shared/api/errors';
import { SEAT_HEADERS } from '../../shared/api/press';
import type { ForkRequest, ForkResult, ReplayRound } from '../../shared/api/replay';
import { refusalText } from '../common/refusalWords';
import { loadSeat } from '../online/seatStore';
import { matchPath } from '../common/matchPath';

/** Who asks: a class's teacher key, a class student's seat, or else this browser's online seat in the match (its view, its own agenda). */
export interface ReplayAccess {
  teacherKey?: string | undefined;
  seat?: { playerID: string; credentials: string } | undefined;
}

function headersFor(matchID: string, access: ReplayAccess): Record<string, string> {
  if (access.teacherKey) return { [TEACHER_KEY_HEADER]: access.teacherKey };
  const seat = access.seat ?? loadSeat(matchID);
  return seat ? { [SEAT_HEADERS.playerID]: seat.playerID, [SEAT_HEADERS.credentials]: seat.credentials } : {};
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & Partial<ApiErrorBody>;
  if (!response.ok) throw new Error(refusalText(body, `The server answered ${response.status}.`));
  return body;
}

/** The match at the start of a round (the latest round when none is given). */
export async function getReplay(matchID: string, round: number | null, access: ReplayAccess = {}): Promise<ReplayRound> {
  const query = round === null ? '' : `?round=${round}`;
  const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/replay${query}`, { cache: 'no-store', headers: headersFor(matchID, access) });
  return answer<ReplayRound>(response);
}

export async function forkMatch(matchID: string, request: ForkRequest, access: ReplayAccess = {}): Promise<ForkResult> {
  const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/fork`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersFor(matchID, access) },
    body: JSON.stringify(request),
  });
  return answer<ForkResult>(response);
}

export const replayPath = (matchID: string, round?: number) => `${matchPath(matchID)}/replay${round ? `?round=${round}` : ''}`;
