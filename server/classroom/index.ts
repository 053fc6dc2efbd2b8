import type { State } from 'boardgame.io';
import type { PeninsulaState } from '../../shared/state';
import type { BotRunner } from '../botRunner';
import type { GatedSocketIO } from '../socket/gatedSocketIO';
import type { BotSeats } from '../botSeats';
import type { Logger } from '../logger';
import type { InMoveQueue, MatchLocks } from '../matchLocks';
import type { MatchStore } from '../matchStore';
import type { SqlDriver } from '../storage/driver';
import { PhaseTimers } from '../timers/phaseTimers';
import { Classroom } from './classroom';
import { ClassStore } from './classStore';
import { ClassEvents } from './classEvents';
import { Injects } from './injects';
import { SqlJoinGate } from './sqlJoinGate';
import { joinBase, type JoinBase } from './joinUrl';

export interface ClassroomInstall {
  driver: SqlDriver;
  store: MatchStore;
  seats: BotSeats;
  bots: BotRunner;
  locks: MatchLocks;
  log: Logger;
  /** The socket gate: a paused match takes no move through it. Absent only on the bench's ungated transport. */
  gate: Pick<GatedSocketIO, 'addHold'> | null;
  /** PUBLIC_URL: where students join, when the server sits behind a domain or proxy. */
  publicUrl?: string | undefined;
  /** The address the server listens on (HOST); unset means every interface. */
  host?: string | undefined;
  inMoveQueue: InMoveQueue;
}

/**
 * Classroom mode and enforced phase timers, wired into the server (its routes are in
 * server/http/routes/class*.ts): `start()` once the server listens (timers act through the bot
 * runner's socket, which needs the server's address).
 */
export function installClassroom(deps: ClassroomInstall): {
  timers: PhaseTimers;
  classroom: Classroom;
  joinBase(): JoinBase;
  start(port: number): void;
  /** After a restart (or a shard taken over: `only` its matches): injected events and phase timers come back from their tables. */
  restore(only: (matchID: string) => boolean): Promise<void>;
  /** Then each match: one without a stored timer gets its phase's (a crash between storing a state and its timer). */
  restoreMatch(matchID: string, state: State<PeninsulaState> | undefined): void;
  /** A shard handed back: its timers and injected events forgotten here (their rows stay), its class streams ended. */
  unload(only: (id: string) => boolean): Promise<void>;
  stop(): void;
} {
  const { driver, store, seats, bots, locks, log } = deps;
  const load = async (matchID: string) => {
    const { state, metadata } = await store.fetch(matchID, { state: true, metadata: true });
    const credentials: Record<string, string> = {};
    for (const [id, p] of Object.entries(metadata?.players ?? {})) if (p.credentials) credentials[id] = p.credentials;
    return { state: state as never, credentials };
  };
  const timers = new PhaseTimers(driver, load, (...args) => bots.send(...args), log);
  const injects = new Injects(driver);
  store.transformStates(injects.transform);
  const classes = new ClassStore(driver);
  const events = new ClassEvents(async (matchID) => (await classes.sessionOfMatch(matchID))?.sessionId ?? null);
  store.onStateChange((matchID, state) => {
    timers.onState(matchID, state);
    injects.onState(matchID, state);
    events.matchChanged(matchID).catch((error: unknown) => log.warn({ matchID, err: error }, 'class stream notice failed'));
  });
  bots.hold = (matchID) => timers.isPaused(matchID);
  deps.gate?.addHold((matchID) => (timers.isPaused(matchID) ? 'PAUSED' : null));
  let base: JoinBase = { base: `http://localhost`, reachable: false };
  const joinGate = driver.name === 'postgres' ? new SqlJoinGate(driver) : undefined;
  const classroom = new Classroom({ store, seats, bots, locks, timers, injects, classes, events, log, joinGate, inMoveQueue: deps.inMoveQueue }, () => base);
  return {
    timers,
    classroom,
    joinBase: () => base,
    start(port: number) {
      base = joinBase({ publicUrl: deps.publicUrl, host: deps.host, port });
    },
    async restore(only: (matchID: string) => boolean) {
      await Promise.all([injects.restore(only), timers.restore(only)]);
    },
    restoreMatch(matchID, state) {
      if (!state || timers.has(matchID)) return;
      // One unreadable match must not keep the server from starting: log it and go on.
      try {
        timers.onState(matchID, state);
      } catch (error) {
        log.warn({ matchID, err: error }, 'could not restore the timer of a match');
      }
    },
    async unload(only) {
      injects.unload(only);
      events.closeAll(only);
      await timers.unload(only);
    },
    stop() {
      timers.stop();
      events.closeAll();
    },
  };
}
