import type { ForkRequest, ForkResult, ReplayRound } from '../../../shared/api/replay';
import type { Seat } from './players';

export interface Answer<T> {
  status: number;
  body: T & { error?: string; code?: string };
}

function seatHeaders(seat?: Seat | { teacherKey: string }): Record<string, string> {
  if (!seat) return {};
  if ('teacherKey' in seat) return { 'x-teacher-key': seat.teacherKey };
  return { 'x-player-id': seat.playerID, 'x-player-credentials': seat.credentials };
}

/** GET /api/matches/:id/replay?round=N, as a seat, a teacher or a spectator. */
export async function replayAt(url: string, matchID: string, round?: number | string, as?: Seat | { teacherKey: string }): Promise<Answer<ReplayRound>> {
  const query = round === undefined ? '' : `?round=${encodeURIComponent(String(round))}`;
  const response = await fetch(`${url}/api/matches/${matchID}/replay${query}`, { headers: seatHeaders(as) });
  return { status: response.status, body: (await response.json()) as Answer<ReplayRound>['body'] };
}

/** POST /api/matches/:id/fork. */
export async function forkAt(
  url: string,
  matchID: string,
  request: ForkRequest | Record<string, unknown>,
  as?: Seat | { teacherKey: string },
): Promise<Answer<ForkResult>> {
  const response = await fetch(`${url}/api/matches/${matchID}/fork`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...seatHeaders(as) },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: (await response.json()) as Answer<ForkResult>['body'] };
}

/** Polls the replay until the match has the status (bounded in time). */
export async function waitForStatus(url: string, matchID: string, status: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await replayAt(url, matchID)).body.status !== status) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${matchID} to be ${status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
