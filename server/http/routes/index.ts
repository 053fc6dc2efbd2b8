import type { Classroom } from '../../classroom/classroom';
import type { InMoveQueue, MatchLocks } from '../../matchLocks';
import type { MatchStore } from '../../matchStore';
import type { PressRoom } from '../../press/pressRoom';
import type { ForkDeps } from '../../replay/forks';
import type { SqlDriver } from '../../storage/driver';
import type { PhaseTimers } from '../../timers/phaseTimers';
import type { FreeSeats } from '../freeSeat';
import type { MatchStarts } from '../matchStart';
import type { Route } from '../routeTable';
import { CreationLimiter } from '../createLimit';
import { classStreamRoutes } from './classStreams';
import { classStudentRoutes } from './classStudents';
import { classTeacherRoutes } from './classTeacher';
import { lobbyRoutes } from './lobby';
import { matchRoutes } from './matches';
import { pressRoutes } from './press';
import { replayRoutes } from './replays';

export interface EdgeDeps {
  store: MatchStore;
  locks: MatchLocks;
  timers: PhaseTimers;
  starts: MatchStarts;
  frees: FreeSeats;
  inMoveQueue: InMoveQueue;
  classroom: Classroom;
  press: PressRoom;
  /** Lobby matches an address may create a minute; 0: no limit. */
  createPerMinute: number;
  forks: ForkDeps;
  driver: SqlDriver;
}

/**
 * The whole HTTP API in one table, in matching order (the first route whose method and path
 * match answers). A new area adds its file here and one line below. Probes (/livez, /metrics …)
 * and the built client sit outside it: they are not API and take no body.
 */
export function edgeRoutes(deps: EdgeDeps): Route[] {
  // A fork is a new match too: it counts against the same per-address limit as a Lobby creation.
  const creations = new CreationLimiter(deps.createPerMinute);
  return [
    ...lobbyRoutes({ locks: deps.locks, starts: deps.starts, frees: deps.frees, inMoveQueue: deps.inMoveQueue, creations }),
    ...matchRoutes({ store: deps.store, timers: deps.timers, locks: deps.locks, starts: deps.starts, frees: deps.frees }),
    ...replayRoutes(deps.forks, deps.driver, creations),
    ...pressRoutes(deps.press),
    // Students' and public class routes first: '/api/class/me' is no session called "me".
    ...classStreamRoutes(deps.classroom),
    ...classStudentRoutes(deps.classroom),
    ...classTeacherRoutes(deps.classroom),
  ];
}
