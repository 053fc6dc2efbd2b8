import type { State } from 'boardgame.io';
import type { TimerWire } from '../../shared/api/classroom';
import { fillMark, type Filler } from '../../shared/fills';
import { asPhase } from '../../shared/phases';
import type { PeninsulaState } from '../../shared/state';
import type { Logger } from '../logger';
import { MatchLocks } from '../matchLocks';
import type { SqlDriver } from '../storage/driver';
import { movesForLateSeats, timerKey, timerSeconds, type Fill } from './expiry';
import { TimerRowWrites } from './timerRows';
import { metrics } from '../metrics/registry';

/** Sends one move for a seat, with its credentials, through the same socket path as the bots. */
export type MoveSender = (matchID: string, playerID: string, credentials: string, move: string, args: unknown[], stateID: number) => void;
export type StateLoader = (matchID: string) => Promise<{ state?: State<PeninsulaState>; credentials: Record<string, string> }>;

/** If the moves sent at expiry changed nothing (refused, lost), look again after this long, doubling each time… */
const RETRY_MS = 3000;
/**
 * …up to this. A match whose late seats have nobody to act for (empty seats: no credentials) is
 * only looked at this often: retrying every 3 s forever cost 400 such matches ~16% of a core and
 * 131 log lines a second (issue 14). Someone taking a seat is acted for within this long.
 */
const MAX_RETRY_MS = 5 * 60_000;

interface MatchTimer {
  /** "round:phase" of the running timer, or '' when none runs (a paused match without timers). */
  key: string;
  deadline: number | null;
  pausedRemainingMs: number | null;
  paused: boolean;
  handle: NodeJS.Timeout | null;
  /** Expiries of this timer that changed nothing so far (the backoff's exponent). */
  retries?: number;
}

/** GET /api/matches/:id/timer and every class table's timer (server/http/routes/matches.ts, server/classroom/liveTables.ts). */
export type TimerInfo = TimerWire;

/**
 * Phase timers enforced by the server, for classes and for online matches created with
 * setupData.timers. Deadlines live in the database (phase_timers), so a restart picks them up;
 * on expiry the server acts for the seats that have not acted (see movesForLateSeats) by
 * sending ordinary moves, which the ruleset validates like any other.
 * Pausing a match freezes its timer; the pause guard and the bot runner read isPaused.
 */
export class PhaseTimers {
  private readonly timers = new Map<string, MatchTimer>();
  /** Writes to one match's row, in order (the row always ends as the latest timer). */
  private readonly rowWrites = new MatchLocks();
  /** The row writes themselves, grouped across matches (one statement for those that wait together). */
  private readonly rows: TimerRowWrites;
  private stopped = false;

  constructor(
    private readonly db: SqlDriver,
    private readonly load: StateLoader,
    private readonly send: MoveSender,
    private readonly log: Logger,
    private readonly clock: () => number = Date.now,
  ) {
    this.rows = new TimerRowWrites(db);
  }

  /** After a restart (or a shard taken over: `only` its matches): every stored deadline is scheduled again (one already past fires at once). */
  async restore(only: (matchID: string) => boolean = () => true): Promise<void> {
    const rows = await this.db.query<{ match_id: string; phase_key: string; deadline: string | null; paused_remaining_ms: string | null; paused: boolean }>(
      'SELECT match_id, phase_key, deadline, paused_remaining_ms, paused FROM phase_timers',
    );
    for (const row of rows) {
      if (!only(row.match_id)) continue;
      const timer: MatchTimer = {
        key: row.phase_key,
        deadline: row.deadline === null ? null : Number(row.deadline),
        pausedRemainingMs: row.paused_remaining_ms === null ? null : Number(row.paused_remaining_ms),
        paused: row.paused,
        handle: null,
      };
      this.timers.set(row.match_id, timer);
      this.schedule(row.match_id, timer);
    }
  }

  /** Online matches waiting for their host's Start (server/http/matchStart.ts): no clock, and held like a paused match. */
  waitsForStart: (matchID: string) => boolean = () => false;

  /** Whether a match has a timer (running, paused, or a paused match without one). */
  has(matchID: string): boolean {
    return this.timers.has(matchID);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) if (t.handle) clearTimeout(t.handle);
  }

  /** Read by the pause guard (drops moves) and the bot runner (waits). */
  isPaused(matchID: string): boolean {
    return (this.timers.get(matchID)?.paused ?? false) || this.waitsForStart(matchID);
  }

  info(matchID: string, state?: State<PeninsulaState>): TimerInfo {
    const t = this.timers.get(matchID);
    const now = this.clock();
    const remainingMs = !t ? null : t.paused ? t.pausedRemainingMs : t.deadline === null ? null : Math.max(0, t.deadline - now);
    const [round, phase] = t?.key ? t.key.split(':') : [];
    return {
      matchID,
      phase: phase ?? state?.ctx.phase ?? null,
      round: round !== undefined ? Number(round) : (state?.G.round ?? null),
      deadline: t && !t.paused ? t.deadline : null,
      remainingMs,
      paused: t?.paused ?? false,
      now,
    };
  }

  /** Every stored state passes here: a new phase starts a new timer, a finished match drops its timer. */
  onState(matchID: string, state: State<PeninsulaState>): void {
    if (this.waitsForStart(matchID)) return;
    const key = timerKey(state) ?? '';
    const current = this.timers.get(matchID);
    if (state.ctx.gameover !== undefined) {
      if (current) this.drop(matchID);
      return;
    }
    if (current && current.key === key) return;
    if (!current && key === '') return;
    const phase = asPhase(state.ctx.phase);
    const ms = key === '' ? null : (phase === null ? 0 : timerSeconds(state.G, phase)) * 1000;
    const paused = current?.paused ?? false;
    const timer: MatchTimer = {
      key,
      deadline: ms === null || paused ? null : this.clock() + ms,
      pausedRemainingMs: paused ? ms : null,
      paused,
      handle: current?.handle ?? null,
    };
    this.replace(matchID, timer);
  }

  async pause(matchID: string): Promise<void> {
    const t = this.timers.get(matchID) ?? { key: '', deadline: null, pausedRemainingMs: null, paused: false, handle: null };
    if (t.paused) return;
    const remaining = t.deadline === null ? null : Math.max(0, t.deadline - this.clock());
    await this.replace(matchID, { ...t, paused: true, deadline: null, pausedRemainingMs: remaining });
  }

  async resume(matchID: string): Promise<void> {
    const t = this.timers.get(matchID);
    if (!t?.paused) return;
    const deadline = t.pausedRemainingMs === null ? null : this.clock() + t.pausedRemainingMs;
    await this.replace(matchID, { ...t, paused: false, deadline, pausedRemainingMs: null });
  }

  /** More time for the running phase (a paused timer keeps the extra time for when it resumes). */
  async extend(matchID: string, seconds: number): Promise<boolean> {
    const t = this.timers.get(matchID);
    if (!t || t.key === '') return false;
    const ms = seconds * 1000;
    if (t.paused) await this.replace(matchID, { ...t, pausedRemainingMs: (t.pausedRemainingMs ?? 0) + ms });
    else await this.replace(matchID, { ...t, deadline: Math.max(t.deadline ?? this.clock(), this.clock()) + ms });
    return true;
  }

  /** Ends the current phase now, as if its timer had run out (also for a phase without a timer): the teacher's moves. */
  async expireNow(matchID: string, fill: Fill): Promise<number> {
    return (await this.actForLateSeats(matchID, fill, null, 'teacher')).due;
  }

  /**
   * Stops timing the matches `only` keeps, rows left as they are (a shard handed back: its owner
   * restores them); resolves once their row writes under way have landed.
   */
  async unload(only: (matchID: string) => boolean): Promise<void> {
    const ids = [...this.timers.keys()].filter(only);
    for (const matchID of ids) {
      const t = this.timers.get(matchID);
      if (t?.handle) clearTimeout(t.handle);
      this.timers.delete(matchID);
    }
    await Promise.all(ids.map((matchID) => this.serial(matchID, async () => undefined)));
  }

  /** Forget a match (deleted): no timer, no row. */
  async forget(matchID: string): Promise<void> {
    const t = this.timers.get(matchID);
    if (t?.handle) clearTimeout(t.handle);
    this.timers.delete(matchID);
    // In line with the row's other writes, so a write queued earlier cannot bring the row back.
    await this.serial(matchID, () => this.rows.write(matchID, null));
  }

  private drop(matchID: string): void {
    const t = this.timers.get(matchID);
    if (t?.handle) clearTimeout(t.handle);
    this.timers.delete(matchID);
    void this.serial(matchID, () => this.rows.write(matchID, null));
  }

  private replace(matchID: string, timer: MatchTimer): Promise<unknown> {
    const old = this.timers.get(matchID);
    if (old?.handle) clearTimeout(old.handle);
    timer.handle = null;
    this.timers.set(matchID, timer);
    this.schedule(matchID, timer);
    // Writes to one match's row happen in order, so the row always ends as the latest timer.
    const row = { key: timer.key, deadline: timer.deadline, pausedRemainingMs: timer.pausedRemainingMs, paused: timer.paused };
    return this.serial(matchID, () => this.rows.write(matchID, row));
  }

  private serial<T>(matchID: string, fn: () => Promise<T>): Promise<T> {
    return this.rowWrites.run(matchID, fn, (error) => this.log.error({ matchID, err: error }, 'timer storage failed'));
  }

  /** Matches with a row write queued (freed once written: a long-running server keeps no entry per match it ever saw). */
  get pendingWrites(): number {
    return this.rowWrites.size;
  }

  private schedule(matchID: string, timer: MatchTimer): void {
    if (this.stopped || timer.paused || timer.deadline === null || timer.key === '') return;
    const delay = Math.max(0, timer.deadline - this.clock());
    timer.handle = setTimeout(
      () => {
        timer.handle = null;
        if (timer.deadline !== null) metrics.timerLagSeconds.observeMs(this.clock() - timer.deadline);
        void this.expire(matchID, timer);
      },
      Math.min(delay, 2 ** 31 - 1),
    );
  }

  private async expire(matchID: string, timer: MatchTimer): Promise<void> {
    if (this.timers.get(matchID) !== timer || timer.paused) return;
    const retries = timer.retries ?? 0;
    // Said once per phase; the retries after it are for debugging.
    this.log[retries === 0 ? 'info' : 'debug']({ matchID, phase: timer.key, retries }, 'phase timer ran out');
    let sent = 0;
    try {
      sent = (await this.actForLateSeats(matchID, 'hold', timer.key, 'timer')).sent;
    } catch (error) {
      this.log.error({ matchID, err: error }, 'acting for late seats failed');
    }
    // If nothing moved the match on (a refused move, a lost socket message), try again later, and later still each time.
    if (this.timers.get(matchID) === timer && !this.stopped) {
      timer.retries = retries + 1;
      const wait = sent === 0 ? MAX_RETRY_MS : Math.min(RETRY_MS * 2 ** retries, MAX_RETRY_MS);
      timer.handle = setTimeout(() => void this.expire(matchID, timer), wait);
    }
  }

  /** Every move carries a fill mark, so the state records that the seat did not make it (shared/fills.ts). */
  /** `due`: the moves the late seats owe; `sent`: those sent (a seat nobody holds has no credentials to send with). */
  private async actForLateSeats(matchID: string, fill: Fill, expectedKey: string | null, by: Filler): Promise<{ due: number; sent: number }> {
    const { state, credentials } = await this.load(matchID);
    if (!state) return { due: 0, sent: 0 };
    if (expectedKey !== null && (timerKey(state) ?? '') !== expectedKey) return { due: 0, sent: 0 };
    const moves = movesForLateSeats(state, fill);
    let sent = 0;
    for (const m of moves) {
      const creds = credentials[m.playerID];
      if (!creds) continue;
      this.send(matchID, m.playerID, creds, m.move, [m.args[0] ?? null, fillMark(by)], state._stateID);
      sent += 1;
    }
    return { due: moves.length, sent };
  }
}
