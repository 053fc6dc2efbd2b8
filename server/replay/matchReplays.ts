import type { Server } from 'boardgame.io';
import type { ForkOrigin, ReplayStatus } from '../../shared/api/replay';
import { isStarted, type MatchStart } from '../../shared/api/matches';
import { drawnEvents, replayLog, replaysTo, ReplayMismatch, type Replayed, type ReplayState } from '../../shared/replay/replayLog';
import type { MatchStore } from '../matchStore';
import { seatCredentialsMatch } from '../socket/seatCredentials';
import { ok, refuse, type Outcome } from './outcome';

export type ReplayMetadata = Server.MatchData & { start?: MatchStart; fork?: ForkOrigin };

/** Who asks: a seat's credentials, a class's teacher key, or nothing (a spectator). */
export interface Viewer {
  playerID?: string | undefined;
  credentials?: string | undefined;
  teacherKey?: string | undefined;
}

/** A stored match replayed, and who asked for it. */
export interface ReplayedMatch extends Replayed {
  matchID: string;
  metadata: ReplayMetadata;
  stored: ReplayState;
  status: ReplayStatus;
  /** The seat whose credentials came with the request, or null. */
  seat: string | null;
}

export interface ClassTables {
  isClassroom(matchID: string): Promise<boolean>;
  isTeacher(matchID: string, teacherKey: string | undefined): Promise<boolean>;
  isStopped(matchID: string): Promise<boolean>;
}

const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Replays kept in memory: a finished match replays once, a running one again only after a new move. */
const CACHED_REPLAYS = 32;

/**
 * Loads a match's record (MatchStore.record: the unfiltered initial state and the whole log), replays
 * it through the ruleset and checks the replay reaches the stored state, and decides who may see it:
 * anyone may watch an online match (as its spectators may); a class table only its teacher or its seats.
 */
export class MatchReplays {
  private readonly cache = new Map<string, Replayed & { stateID: number }>();

  constructor(
    private readonly store: Pick<MatchStore, 'record'>,
    private readonly classTables: ClassTables,
  ) {}

  async open(matchID: string, viewer: Viewer): Promise<Outcome<ReplayedMatch>> {
    if (!MATCH_ID.test(matchID)) return refuse('BAD_MATCH_ID', 'A match id is 1 to 64 letters, digits, "-" or "_".');
    const { initialState, state, metadata, log } = await this.store.record(matchID);
    if (!initialState || !state || !metadata) return refuse('NO_SUCH_MATCH', `Match ${matchID} not found.`);
    const meta = metadata as ReplayMetadata;
    let seat: string | null = null;
    if (viewer.playerID !== undefined || viewer.credentials !== undefined) {
      const player = /^[0-4]$/.test(viewer.playerID ?? '') ? meta.players[Number(viewer.playerID)] : undefined;
      if (!player || !seatCredentialsMatch(viewer.credentials, player))
        return refuse('BAD_CREDENTIALS', 'These are not the credentials of a seat in this match.');
      seat = String(viewer.playerID);
    }
    if (seat === null && (await this.classTables.isClassroom(matchID)) && !(await this.classTables.isTeacher(matchID, viewer.teacherKey))) {
      return refuse('NOT_YOURS', 'This is a class table: only its teacher and its players may replay it.');
    }
    const stored = state as ReplayState;
    const replayed = this.replayed(matchID, initialState as ReplayState, stored, log ?? []);
    if (!replayed) return refuse('UNREPLAYABLE', 'This match’s record does not replay to its stored state, so it cannot be shown or forked.');
    const over = stored.ctx.gameover !== undefined || meta.gameover !== undefined;
    const status: ReplayStatus = over ? 'over' : (await this.classTables.isStopped(matchID)) ? 'stopped' : isStarted(meta.start) ? 'playing' : 'waiting';
    return ok({ ...replayed, matchID, metadata: meta, stored, status, seat });
  }

  private replayed(matchID: string, initial: ReplayState, stored: ReplayState, log: Parameters<typeof replayLog>[1]): Replayed | null {
    const cached = this.cache.get(matchID);
    if (cached && cached.stateID === stored._stateID) return cached;
    let replayed: Replayed;
    try {
      replayed = replayLog(initial, log, drawnEvents(stored.G));
    } catch (error) {
      if (error instanceof ReplayMismatch) return null;
      throw error;
    }
    if (!replaysTo(replayed, stored)) return null;
    this.cache.delete(matchID);
    this.cache.set(matchID, { ...replayed, stateID: stored._stateID });
    if (this.cache.size > CACHED_REPLAYS) this.cache.delete(this.cache.keys().next().value as string);
    return replayed;
  }
}
