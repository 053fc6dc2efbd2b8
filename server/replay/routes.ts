import type { Context, Next } from 'koa';
import type { SqlDriver } from '../storage/driver';
import { forkMatch, type ForkDeps } from './forks';
import { forksOf } from './forkIndex';
import type { Viewer } from './matchReplays';
import type { Outcome } from './outcome';
import { replayRound } from './replayRounds';

const REPLAY = /^\/api\/matches\/([^/]+)\/replay$/;
const FORK = /^\/api\/matches\/([^/]+)\/fork$/;

/** The seat's credentials (X-Player-ID, X-Player-Credentials, as the press reads them) or a class's teacher key. */
function viewerOf(ctx: Context): Viewer {
  const header = (name: string) => ctx.get(name) || undefined;
  return { playerID: header('x-player-id'), credentials: header('x-player-credentials'), teacherKey: header('x-teacher-key') };
}

function answer<T>(ctx: Context, outcome: Outcome<T>): void {
  if (outcome.ok) {
    ctx.body = outcome.value;
    return;
  }
  ctx.status = outcome.status;
  ctx.body = { error: outcome.error, code: outcome.code };
}

function matchIdOf(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}

/**
 * GET /api/matches/:id/replay?round=N (the match at the start of round N; the latest round without N)
 * and POST /api/matches/:id/fork { round, seats? }. Refusals are `{ error, code }` with a 4xx.
 */
export function replayRoutes(deps: ForkDeps, db: SqlDriver) {
  return async (ctx: Context, next: Next) => {
    const replay = ctx.method === 'GET' ? REPLAY.exec(ctx.path) : null;
    if (replay?.[1]) {
      const matchID = matchIdOf(replay[1]);
      const outcome = await replayRound(deps.replays, matchID, viewerOf(ctx), ctx.query.round);
      answer(ctx, outcome.ok ? { ok: true, value: { ...outcome.value, forks: await forksOf(db, matchID) } } : outcome);
      return;
    }
    const fork = ctx.method === 'POST' ? FORK.exec(ctx.path) : null;
    if (fork?.[1]) {
      answer(ctx, await forkMatch(deps, matchIdOf(fork[1]), viewerOf(ctx), (ctx.state.body ?? {}) as Record<string, unknown>));
      return;
    }
    await next();
  };
}
