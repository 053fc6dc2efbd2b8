import type { Refusal } from '../../../shared/api/errors';
import { refuse } from '../../../shared/api/errors';
import type { InMoveQueue, MatchLocks } from '../../matchLocks';
import { clientAddress } from '../clientAddress';
import type { CreationLimiter } from '../createLimit';
import { lobbyChecks, withoutSeeds } from '../lobbyChecks';
import type { FreeSeats } from '../freeSeat';
import type { MatchStarts } from '../matchStart';
import type { LobbyRoute, RouteRequest } from '../routeTable';

export interface LobbyRouteDeps {
  locks: MatchLocks;
  starts: MatchStarts;
  frees: FreeSeats;
  inMoveQueue: InMoveQueue;
  /** Lobby creations and forks count against one limit per address (server/http/createLimit.ts). */
  creations: CreationLimiter;
}

type Check = (body: Record<string, unknown>) => Refusal | null;

/**
 * boardgame.io's Lobby answers these; we guard them. Each body is checked first (the Lobby
 * stores what it is given); seat changes run under the match's lock (boardgame.io issue #1100:
 * its routes read-modify-write the metadata and race) and in the match's move queue (a move writes back
 * the metadata it read before it ran, undoing a seat change made meanwhile); a new match is held for its host
 * (server/http/matchStart.ts); listings never show a match's seed.
 */
export function lobbyRoutes({ locks, starts, frees, inMoveQueue, creations }: LobbyRouteDeps): LobbyRoute[] {
  const lobbyPlayerID = (request: RouteRequest): string | undefined => {
    // A join without a playerID gets the first free seat: the Lobby's answer names it.
    const id = (request.ctx.body as { playerID?: unknown } | undefined)?.playerID ?? request.body.playerID;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  };
  const answered = (request: RouteRequest) => request.ctx.status === 200;

  const seatChange = (action: string, check: Check, after?: (request: RouteRequest) => Promise<void>): LobbyRoute => ({
    method: 'POST',
    path: `/games/:game/:matchID/${action}`,
    around: (request, next) =>
      locks.run(request.params.matchID ?? '', async () => {
        const refused = check(request.body);
        if (refused) return refused;
        await inMoveQueue(request.params.matchID ?? '', async () => {
          await next();
          if (answered(request)) await after?.(request);
        });
      }),
  });
  const hostChange = (change: 'join' | 'leave') => async (request: RouteRequest) => {
    const playerID = lobbyPlayerID(request);
    if (playerID !== undefined) await starts.seatsChanged(request.params.matchID ?? '', playerID, change);
  };

  return [
    {
      method: 'POST',
      path: '/games/:game/create',
      async around(request, next) {
        // Each match is stored and its bots play: unlimited creation was cheap load on every other match.
        const wait = creations.take(clientAddress(request.ctx));
        if (wait > 0) return refuse('CREATE_LIMIT', `Too many matches created from this address: try again in ${wait} s.`, wait);
        const refused = lobbyChecks.create(request.body);
        if (refused) return refused;
        await next();
        if (answered(request)) await starts.created((request.ctx.body as { matchID: string }).matchID);
      },
    },
    {
      method: 'POST',
      path: '/games/:game/:matchID/join',
      // A seat the host freed mid-game has a bot in it until a person takes it: the bot stands up first.
      around: (request, next) =>
        locks.run(request.params.matchID ?? '', async () => {
          const refused = lobbyChecks.join(request.body);
          if (refused) return refused;
          const matchID = request.params.matchID ?? '';
          const playerID = request.body.playerID === undefined ? undefined : String(request.body.playerID);
          await inMoveQueue(matchID, async () => {
            await frees.joining(matchID, playerID, next, () => answered(request));
            if (answered(request)) await hostChange('join')(request);
          });
        }),
    },
    seatChange('leave', lobbyChecks.other, hostChange('leave')),
    seatChange('update', lobbyChecks.update),
    seatChange('rename', lobbyChecks.update),
    seatChange('playAgain', lobbyChecks.other, (request) => starts.created((request.ctx.body as { nextMatchID: string }).nextMatchID)),
    ...['/games/:game', '/games/:game/:matchID'].map((path): LobbyRoute => ({
      method: 'GET',
      path,
      async around({ ctx }, next) {
        await next();
        ctx.body = withoutSeeds(ctx.body);
      },
    })),
  ];
}
