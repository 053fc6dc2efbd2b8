import type { State } from 'boardgame.io';
import { ON_REQUEST } from '../../../shared/playerView';
import type { PeninsulaState } from '../../../shared/state';
import type { MatchStore } from '../../matchStore';
import type { PhaseTimers } from '../../timers/phaseTimers';
import type { MatchLocks } from '../../matchLocks';
import type { MatchStarts } from '../matchStart';
import type { FreeSeats } from '../freeSeat';
import { noSuchMatch } from '../../../shared/api/errors';
import type { AnsweredRoute } from '../routeTable';

export interface MatchRouteDeps {
  store: MatchStore;
  timers: PhaseTimers;
  locks: MatchLocks;
  starts: MatchStarts;
  frees: FreeSeats;
}

/** Our routes about one match, beside boardgame.io's Lobby: its start, its summary, its headlines and commitments, its clock. */
export function matchRoutes({ store, timers, locks, starts, frees }: MatchRouteDeps): AnsweredRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/matches/:matchID/start',
      // A seat change like the Lobby's join: under the match's lock, so a join and the Start never interleave.
      handle: ({ params, body }) => locks.run(params.matchID ?? '', () => starts.start(params.matchID ?? '', body)),
    },
    {
      method: 'POST',
      path: '/api/matches/:matchID/seats/:seat/free',
      // The host gives a lost seat back; a seat change like a join, so under the match's lock.
      handle: ({ params, body }) => locks.run(params.matchID ?? '', () => frees.free(params.matchID ?? '', params.seat ?? '', body)),
    },
    // A seated player's waiting room, every 2 s: who is here, and whether the host has gone. No lock: it changes no seat.
    { method: 'POST', path: '/api/matches/:matchID/presence', handle: ({ params, body }) => starts.here(params.matchID ?? '', body) },
    { method: 'GET', path: '/api/matches/:matchID/summary', handle: ({ params }) => starts.summary(params.matchID ?? '') },
    // What an update leaves out while the game runs (wireView), whole, for the news log and the Deals panel.
    // Every seat's view has these lists: no credentials.
    ...ON_REQUEST.map((list): AnsweredRoute => ({
      method: 'GET',
      path: `/api/matches/:matchID/${list}`,
      async handle({ params }) {
        const matchID = params.matchID ?? '';
        const { state } = await store.fetch(matchID, { state: true });
        if (!state) return noSuchMatch(matchID);
        return { [list]: (state.G as PeninsulaState)[list] };
      },
    })),
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
