import type { LogEntry, Server, State } from 'boardgame.io';
import type { PeninsulaState } from '../shared/state';
import type { BotRunner } from './botRunner';
import type { BotSeat, BotSeats } from './botSeats';
import type { Logger } from './logger';
import type { MatchStore } from './matchStore';
import { RestoreQueue } from './shard/restoreQueue';
import type { SqlDriver } from './storage/driver';
import { STATE_COLUMN } from './storage/sqlStorage';

/**
 * Matches read together, and such reads at once. A restore is mostly waiting: on a process busy with
 * its own matches (a stand-in after a kill -9) each round trip waits a turn of a crowded event loop,
 * so a few reads of many matches come back far sooner than many reads of one (a shard of 200 idle
 * matches is restored in about 0.3 s either way; under load the round trips are what cost).
 */
export const RESTORE_CHUNK = 25;
export const RESTORE_CONCURRENCY = 3;

export interface MatchRestoreDeps {
  driver: SqlDriver;
  store: MatchStore;
  seats: BotSeats;
  bots: BotRunner;
  log: Logger;
  /** Held starts (server/http/matchStart.ts). */
  starts: { restoreMatch(matchID: string, metadata: Server.MatchData | undefined): void };
  /** Injected events and phase timers: their tables once, then each match. */
  classroom: {
    restore(only: (matchID: string) => boolean): Promise<void>;
    restoreMatch(matchID: string, state: State<PeninsulaState> | undefined): void;
  };
}

/** Whether the stored metadata of match `m` says a person was connected to it (after a crash it still says who was there). */
const PERSON_CONNECTED = `EXISTS (SELECT 1 FROM jsonb_each(m.metadata->'players') p WHERE p.value->>'isConnected' = 'true')`;

/**
 * The unfinished matches, the most urgent first: those a person was connected to (boardgame.io
 * stores each seat's connection in the metadata: after a crash it still says who was there), then
 * the most recently played (match_log's seq grows with every move stored), then the most recently
 * updated.
 */
const BY_URGENCY = `
  SELECT m.match_id FROM matches m WHERE NOT m.is_gameover
  ORDER BY ${PERSON_CONNECTED} DESC,
           (SELECT max(l.seq) FROM match_log l WHERE l.match_id = m.match_id) DESC NULLS LAST,
           m.updated_at DESC`;

/**
 * For the matches a person was connected to, who will sync the moment their socket is back: the
 * initial state and the whole log, read with the state (one statement, one snapshot), so that those
 * syncs read nothing (server/shard/warmSyncs.ts). Bot matches nobody watches are not worth the bytes.
 */
const WARM_SYNC_COLUMNS = `
  CASE WHEN watched.person THEN m.initial_state END AS initial_state,
  CASE WHEN watched.person THEN (SELECT coalesce(json_agg(l.entry ORDER BY l.seq), '[]'::json) FROM match_log l WHERE l.match_id = m.match_id) END AS log`;
/** Whether a person was connected, worked out once per row for both columns above. */
const WATCHED = `CROSS JOIN LATERAL (SELECT ${PERSON_CONNECTED} AS person) watched`;

interface WarmSync {
  initial_state: State | null;
  log: LogEntry[] | null;
}

/**
 * Brings matches back after a restart or a shard taken over: held starts, injected events, phase
 * timers and bots. The tables of timers, injects and bot seats are read once; then the matches'
 * states and metadata, most urgent first, RESTORE_CHUNK to a read; a match a player asks for
 * (`ready`: a socket handshake, a request naming it) is read and restored at once, ahead of its turn.
 */
export class MatchRestore {
  private readonly queue = new RestoreQueue();
  /** Restores reading their list: a match one of them keeps, asked for meanwhile, waits for the list, then for itself. */
  private readonly listings = new Set<{ only: (matchID: string) => boolean; done: Promise<unknown> }>();

  constructor(private readonly deps: MatchRestoreDeps) {}

  /**
   * Restores the unfinished matches `only` keeps; resolves once every one is back, with how many, how
   * long their list took (ms), and how many were asked for before their turn (during this restore).
   */
  async restore(only: (matchID: string) => boolean): Promise<{ matches: number; listedMs: number; askedFor: number }> {
    const { driver, seats, classroom, log } = this.deps;
    const started = performance.now();
    const listed = (async () => {
      const ids = (await driver.query<{ match_id: string }>(BY_URGENCY)).map((r) => r.match_id).filter(only);
      // Before any match: the timer check needs the stored timers, a state read the injected events.
      const [bots] = await Promise.all([seats.forMatches(ids), classroom.restore(only)]);
      return { ids, bots };
    })();
    const listing = { only, done: listed.catch(() => undefined) };
    this.listings.add(listing);
    const { ids, bots } = await listed.finally(() => this.listings.delete(listing));
    const listedMs = Math.round(performance.now() - started);
    const askedBefore = this.queue.askedFor;
    await this.queue.run(ids, RESTORE_CHUNK, RESTORE_CONCURRENCY, {
      many: (matchIDs) => this.many(matchIDs, bots),
      one: async (matchID) => {
        this.registerBots([matchID], bots);
        const { state, metadata } = await this.deps.store.fetch(matchID, { state: true, metadata: true });
        await this.apply(matchID, state as State<PeninsulaState> | undefined, metadata, bots.get(matchID) ?? []);
      },
      onError: (matchIDs, error) => log.warn({ matchIDs, err: error }, 'could not restore matches'),
    });
    return { matches: ids.length, listedMs, askedFor: this.queue.askedFor - askedBefore };
  }

  /** Whether this match is still to be restored (its restore is listing, waiting its turn or under way). */
  waits(matchID: string): boolean {
    return this.queue.pending(matchID) || [...this.listings].some((listing) => listing.only(matchID));
  }

  /** Resolves once this match is restored, restoring it now if it waits for its turn (at once when it is not waiting). */
  async ready(matchID: string): Promise<void> {
    for (const listing of [...this.listings]) if (listing.only(matchID)) await listing.done;
    await this.queue.restored(matchID);
  }

  private async many(matchIDs: string[], bots: Map<string, BotSeat[]>): Promise<void> {
    const { driver, store, log } = this.deps;
    this.registerBots(matchIDs, bots);
    const readAt = store.readClock();
    const rows = await driver.query<{ match_id: string; state: State<PeninsulaState>; metadata: Server.MatchData } & WarmSync>(
      `SELECT match_id, ${STATE_COLUMN}, metadata, ${WARM_SYNC_COLUMNS} FROM matches m ${WATCHED} WHERE match_id = ANY($1)`,
      [matchIDs],
    );
    for (const row of rows) {
      // One unreadable match must not keep the others from coming back: log it and go on.
      try {
        const sync = row.initial_state && row.log ? { initialState: row.initial_state, log: row.log } : undefined;
        store.keep(row.match_id, readAt, { state: row.state, metadata: row.metadata }, sync);
        await this.apply(row.match_id, store.prepared(row.match_id, row.state), row.metadata, bots.get(row.match_id) ?? []);
      } catch (error) {
        log.warn({ matchID: row.match_id, err: error }, 'could not restore a match');
      }
    }
  }

  /** Before the states are read: a move stored meanwhile (a player back before the restore reached the match) reaches the bots. */
  private registerBots(matchIDs: string[], bots: Map<string, BotSeat[]>): void {
    for (const matchID of matchIDs) {
      const seats = bots.get(matchID) ?? [];
      if (seats.length > 0) this.deps.bots.register(matchID, seats);
    }
  }

  private async apply(matchID: string, state: State<PeninsulaState> | undefined, metadata: Server.MatchData | undefined, seats: BotSeat[]): Promise<void> {
    const { starts, classroom, bots } = this.deps;
    // In this order: a held match's timer waits for its start (PhaseTimers.waitsForStart).
    starts.restoreMatch(matchID, metadata);
    classroom.restoreMatch(matchID, state);
    if (seats.length > 0) await bots.attach(matchID, state, seats);
  }
}
