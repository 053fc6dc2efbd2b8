import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Server, State } from 'boardgame.io';
import { isRefusal, noSuchMatch, refuse, type Refusal } from '../../shared/api/errors';
import { STREAM_RETRY_SECONDS } from '../../shared/api/limits';
import { botOpening, botReply } from '../../shared/bots/press';
import { asPhase } from '../../shared/phases';
import { playerView } from '../../shared/playerView';
import { checkRate, debriefPress, PRESS_LIMITS, validateMessage, visibleMessages, type PressMessage } from '../../shared/press';
import { playerOfRole, roleOfPlayer, ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { BotSeat, BotSeats } from '../botSeats';
import type { Logger } from '../logger';
import { MatchLocks } from '../matchLocks';
import type { MatchStore } from '../matchStore';
import type { SqlDriver } from '../storage/driver';
import { ClassroomAccess } from './classroomAccess';
import { PressHub } from './pressHub';
import { PressStore, type StoredMessage } from './pressStore';
import { StreamTickets } from '../http/streamTickets';

export interface PressOptions {
  driver: SqlDriver;
  store: Pick<MatchStore, 'fetch'>;
  seats: Pick<BotSeats, 'forMatch'>;
  log: Logger;
  /** Pause before a bot answers, like its moves; 0 in tests. */
  botDelayMs: number;
  /**
   * Classroom matches, and whether a request comes from the teacher, who may read every message
   * in the debrief. Default: the classroom's own tables and the teacher's key.
   */
  classroom?: { isClassroom(matchID: string): Promise<boolean>; isTeacher(matchID: string, teacherKey: string | undefined): Promise<boolean> };
  /** Whether a match's seats may send (a class's teacher can switch its press off). Default: always. */
  pressAllowed?: (matchID: string) => Promise<boolean>;
}

/** Open streams per match: five seats, classroom teams of several students each, projectors, reloads. */
export const MAX_STREAMS_PER_MATCH = 100;

/**
 * Diplomatic press beside the game (not in G): sending (checked, rate-limited, one at a time per
 * match), reading what a seat may see, live streams, the teacher's debrief, and bots answering
 * people and opening talks with them. Refusals are returned as values; the routes are in server/http/routes/press.ts.
 * Never logs message text or credentials.
 */
export class PressRoom {
  readonly hub = new PressHub();
  private readonly messages: PressStore;
  private readonly classroom: NonNullable<PressOptions['classroom']>;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** The round whose talks each match's bots have opened (or are about to): once a round, whatever the states stored. */
  private readonly opened = new Map<string, number>();
  /** Class tables whose teacher has the press off: their bots wait for `pressSwitched`, with no query on each state. */
  private readonly pressOff = new Set<string>();
  private readonly sends = new MatchLocks();
  private readonly tickets = new StreamTickets<Role>();
  private stopped = false;

  constructor(private readonly options: PressOptions) {
    this.messages = new PressStore(options.driver);
    this.classroom = options.classroom ?? new ClassroomAccess(options.driver);
  }

  async metadataOf(matchID: string): Promise<Server.MatchData | Refusal> {
    const { metadata } = await this.options.store.fetch(matchID, { metadata: true });
    return metadata ?? noSuchMatch(matchID);
  }

  private async stateOf(matchID: string): Promise<State<PeninsulaState> | Refusal> {
    const { state } = await this.options.store.fetch(matchID, { state: true });
    return state ? (state as State<PeninsulaState>) : noSuchMatch(matchID);
  }

  pressAllowed(matchID: string): Promise<boolean> {
    return this.options.pressAllowed?.(matchID) ?? Promise.resolve(true);
  }

  /** Checks, rate-limits, stores and delivers one message. */
  async send(matchID: string, from: Role, to: unknown, text: unknown): Promise<StoredMessage | Refusal> {
    const valid = validateMessage(from, to, text);
    if (!valid.ok) return refuse(valid.code, valid.reason);
    // One send at a time per match (its own locks, not the seat locks), so the rate limit counts every message.
    return this.sends.run(matchID, async () => {
      const state = await this.stateOf(matchID);
      if (isRefusal(state)) return state;
      if (state.ctx.gameover !== undefined) return refuse('MATCH_OVER', 'The match is over: the press room is closed.');
      const now = Date.now();
      const round = state.G.round;
      const refusal = checkRate(await this.messages.sentBy(matchID, from, round, now - PRESS_LIMITS.burstWindowMs), now, round);
      // A per-round limit has no wait that helps within the round: no retryAfter.
      if (refusal) return refuse(refusal.code, refusal.reason, refusal.retryAfterMs > 0 ? Math.ceil(refusal.retryAfterMs / 1000) : undefined);
      const message: PressMessage = { id: randomUUID(), matchID, round, from, to: valid.to, text: valid.text, sentAt: now };
      const stored = await this.messages.append(message);
      this.hub.publish(stored);
      this.options.log.info({ matchID, from, to: valid.to, round, length: valid.text.length }, 'press');
      return stored;
    });
  }

  /** Runs `work` after the bots' pause, unless the room has stopped; a failure is logged, never thrown. */
  private later(matchID: string, what: string, work: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      work().catch((error: unknown) => {
        if (!this.stopped) this.options.log.warn({ matchID, reason: (error as Error).message }, what);
      });
    }, this.options.botDelayMs);
    this.timers.add(timer);
  }

  /** Bots addressed by a person answer it, privately, after a short pause. Never bot to bot: no loops. */
  async botsAnswer(matchID: string, message: PressMessage): Promise<void> {
    if (message.to === 'all') return;
    const bots = await this.options.seats.forMatch(matchID);
    if (bots.some((b) => roleOfPlayer(b.playerID) === message.from)) return;
    for (const bot of bots) {
      const role = roleOfPlayer(bot.playerID);
      if (!role || !message.to.includes(role)) continue;
      this.later(matchID, 'bot press reply dropped', async () => {
        const state = await this.stateOf(matchID);
        if (isRefusal(state)) return;
        const text = botReply(playerView(state.G, playerOfRole(role)), role, message, bot.personality, asPhase(state.ctx.phase));
        if (text) await this.send(matchID, role, [message.from], text);
      });
    }
  }

  /**
   * Once a round, when the talks open, each bot writes to each person at the table with a package it
   * would accept: shared/bots/press.ts botOpening chooses (and says nothing twice a round); the room only
   * sends. Never to bots, and not while a class's teacher has the press off. Called by the bot runner
   * with every state of a match with bots (`bots`: its bot seats).
   */
  botsOpen(matchID: string, state: State<PeninsulaState>, bots: readonly Pick<BotSeat, 'playerID' | 'personality'>[]): void {
    if (state.ctx.gameover !== undefined) {
      this.opened.delete(matchID);
      this.pressOff.delete(matchID);
      return;
    }
    if (asPhase(state.ctx.phase) !== 'diplomacy' || this.opened.get(matchID) === state.G.round || this.pressOff.has(matchID)) return;
    this.opened.set(matchID, state.G.round);
    this.later(matchID, 'bot press opening dropped', async () => {
      // The press switched off: nothing until the teacher switches it (pressSwitched), then the next state opens.
      if (!(await this.pressAllowed(matchID))) {
        this.pressOff.add(matchID);
        this.opened.delete(matchID);
        return;
      }
      const current = await this.stateOf(matchID);
      if (isRefusal(current)) return;
      const people = ROLES.filter((r) => !bots.some((b) => roleOfPlayer(b.playerID) === r));
      const log = (await this.messages.forMatch(matchID)).map((m) => m.message);
      for (const bot of bots) {
        const role = roleOfPlayer(bot.playerID);
        if (!role) continue;
        const view = playerView(current.G, bot.playerID);
        for (const person of people) {
          const opening = botOpening(view, role, person, bot.personality, log, asPhase(current.ctx.phase));
          if (opening) await this.send(matchID, role, [person], opening.text);
        }
      }
    });
  }

  /** A teacher switched a class's press (on or off): its tables' bots look again with their next state. */
  pressSwitched(matchIDs: readonly string[]): void {
    for (const matchID of matchIDs) {
      this.pressOff.delete(matchID);
      this.opened.delete(matchID);
    }
  }

  issueTicket(matchID: string, role: Role): { ticket: string; expiresInMs: number } {
    return this.tickets.issue(matchID, role);
  }

  redeemTicket(matchID: string, ticket: string): Role | Refusal {
    const role = this.tickets.redeemIn(matchID, ticket);
    return role ?? refuse('TICKET_INVALID', 'That stream ticket is spent, expired or for another match: ask for a new one (POST …/press/ticket).');
  }

  /** What a seat (or a spectator, null) may read; `classroom` tells the client to warn students that their teacher reads everything. */
  async visibleTo(matchID: string, role: Role | null): Promise<{ messages: PressMessage[]; classroom: boolean }> {
    return {
      messages: visibleMessages(
        (await this.messages.forMatch(matchID)).map((s) => s.message),
        role,
      ),
      classroom: await this.classroom.isClassroom(matchID),
    };
  }

  /** Every message of a class table, for its teacher's debrief. */
  async debrief(matchID: string, teacherKey: string | undefined): Promise<{ messages: PressMessage[] } | Refusal> {
    if (!(await this.classroom.isTeacher(matchID, teacherKey))) {
      return refuse('TEACHER_KEY', 'Only the teacher of a classroom match can read every message: send the X-Teacher-Key header.');
    }
    return {
      messages: debriefPress(
        (await this.messages.forMatch(matchID)).map((s) => s.message),
        { teacher: true },
      ),
    };
  }

  /** A live stream of what the seat may read, after message `after` (EventSource's Last-Event-ID when it reconnects). */
  async openStream(matchID: string, role: Role | null, res: ServerResponse, after: number): Promise<Refusal | null> {
    // Each stream holds a socket: a cap per match keeps one page in a reload loop from starving the server.
    if (this.hub.count(matchID) >= MAX_STREAMS_PER_MATCH) {
      return refuse(
        'TOO_MANY_STREAMS',
        `Too many open press streams for this match (at most ${MAX_STREAMS_PER_MATCH}); close a tab and retry.`,
        STREAM_RETRY_SECONDS,
      );
    }
    const intro = { classroom: await this.classroom.isClassroom(matchID) };
    await this.hub.open(matchID, role, res, intro, () => this.messages.forMatch(matchID, Number.isFinite(after) ? after : 0));
    return null;
  }

  /** Ends the streams of the matches `only` keeps (a shard handed back: the pages reconnect to its owner). */
  closeStreams(only: (matchID: string) => boolean): void {
    this.hub.closeAll(only);
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.hub.closeAll();
  }
}
