import type { Context, Next } from 'koa';
import type { Headline, PeninsulaState } from '../../shared/state';
import type { MatchStore } from '../matchStore';
import { HttpError } from './httpError';

const HEADLINES = /^\/api\/matches\/([^/]+)\/headlines$/;

/**
 * GET /api/matches/:id/headlines: every headline of a match so far. Updates carry only the recent
 * rounds' (shared/playerView.ts wireView); the news log asks here for the older ones. Headlines are
 * public — every seat and every spectator sees each one as it happens — so no credentials are needed.
 */
export function headlinesRoute(store: MatchStore) {
  return async (ctx: Context, next: Next) => {
    const route = HEADLINES.exec(ctx.path);
    if (ctx.method !== 'GET' || !route?.[1]) return next();
    let matchID: string;
    try {
      matchID = decodeURIComponent(route[1]);
    } catch {
      throw new HttpError(400, 'The match id is not valid.');
    }
    const { state } = await store.fetch(matchID, { state: true });
    if (!state) throw new HttpError(404, `Match ${matchID} not found.`);
    const headlines: Headline[] = (state.G as PeninsulaState).headlines;
    ctx.body = { headlines };
  };
}
