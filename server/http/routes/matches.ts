import type { State } from 'boardgame.io';
import type { Headline, PeninsulaState } from '../../../shared/state';
import type { MatchStore } from '../../matchStore';
import type { PhaseTimers } from '../../timers/phaseTimers';
import type { MatchLocks } from '../../matchLocks';
import type { MatchStarts } from '../matchStart';
import { noSuchMatch } from '../../../shared/api/errors';
import type { AnsweredRoute } from '../routeTable';

export interface MatchRouteDeps {
  store: MatchStore;
  timers: PhaseTimers;
  locks: MatchLocks;
  starts: MatchStarts;
}

/** Our routes about one match, beside boardgame.io's Lobby: its start, its summary, its headlines, its clock. */
export function matchRoutes({ store, timers, locks, starts }: MatchRouteDeps): AnsweredRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/matches/:matchID/start',
      // A seat change like the Lobby's join: under the match's lock, so a join and the Start never interleave.
      handle: ({ params, body }) => locks.run(params.matchID ?? '', () => starts.start(params.matchID ?? '', body)),
    },
    { method: 'GET', path: '/api/matches/:matchID/summary', handle: ({ params }) => starts.summary(params.matchID ?? '') },
    {
      method: 'GET',
      path: '/api/matches/:matchID/headlines',
      /**
       * Every headline of a match so far. Updates carry only the recent rounds' (shared/playerView.ts
       * wireView); the news log asks here for the older ones. Headlines are public: no credentials.
       */
      async handle({ params }) {
        const matchID = params.matchID ?? '';
        const { state } = await store.fetch(matchID, { state: true });
        if (!state) return noSuchMatch(matchID);
        const headlines: Headline[] = (state.G as PeninsulaState).headlines;
        return { headlines };
      },
    },
    {
      method: 'GET',
      path: '/api/matches/:matchID/timer',
      async handle({ params }) {
        const matchID = params.matchID ?? '';
        // Every student's page polls this: a known timer answers from memory.
        if (timers.has(matchID)) return timers.info(matchID);
        const { state } = await store.fetch(matchID, { state: true });
        if (!state) return noSuchMatch(matchID);
        return timers.info(matchID, state as State<PeninsulaState>);
      },
    },
  ];
}
