import type { Context } from 'koa';
import { TEACHER_KEY_HEADER } from '../../../shared/api/classroom';
import { refuse, type Refusal } from '../../../shared/api/errors';
import { SEAT_HEADERS } from '../../../shared/api/press';
import { forksOf } from '../../replay/forkIndex';
import { forkMatch, type ForkDeps } from '../../replay/forks';
import type { Viewer } from '../../replay/matchReplays';
import type { Outcome } from '../../replay/outcome';
import { replayRound } from '../../replay/replayRounds';
import type { SqlDriver } from '../../storage/driver';
import { clientAddress } from '../clientAddress';
import type { CreationLimiter } from '../createLimit';
import type { AnsweredRoute } from '../routeTable';

/** The seat's credentials (in the press's seat headers) or a class's teacher key. */
function viewerOf(ctx: Context): Viewer {
  const header = (name: string) => ctx.get(name) || undefined;
  return { playerID: header(SEAT_HEADERS.playerID), credentials: header(SEAT_HEADERS.credentials), teacherKey: header(TEACHER_KEY_HEADER) };
}

/** The replay services' outcome as the route table answers it: the value, or the refusal itself. */
function answered<T>(outcome: Outcome<T>): T | Refusal {
  return outcome.ok ? outcome.value : outcome;
}

/**
 * GET /api/matches/:id/replay?round=N (the match at the start of round N; the latest round without N)
 * and POST /api/matches/:id/fork { round, seats? } (server/replay/).
 */
export function replayRoutes(deps: ForkDeps, db: SqlDriver, creations: CreationLimiter): AnsweredRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/matches/:matchID/replay',
      async handle({ ctx, params }) {
        const matchID = params.matchID ?? '';
        const outcome = await replayRound(deps.replays, matchID, viewerOf(ctx), ctx.query.round);
        return answered(outcome.ok ? { ok: true, value: { ...outcome.value, forks: await forksOf(db, matchID) } } : outcome);
      },
    },
    {
      method: 'POST',
      path: '/api/matches/:matchID/fork',
      async handle({ ctx, params, body }) {
        // Counted before anything is read: a fork stores a match and its bots play, as a Lobby creation does.
        const wait = creations.take(clientAddress(ctx));
        if (wait > 0) return refuse('CREATE_LIMIT', `Too many matches created from this address: try again in ${wait} s.`, wait);
        return answered(await forkMatch(deps, params.matchID ?? '', viewerOf(ctx), body));
      },
    },
  ];
}
