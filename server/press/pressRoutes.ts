import { randomUUID } from 'node:crypto';
import { sameSecret } from '../sameSecret';
import type { Server, State } from 'boardgame.io';
import type { Context, Next } from 'koa';
import { botReply } from '../../shared/bots/press';
import { playerView } from '../../shared/playerView';
import { checkRate, debriefPress, PRESS_LIMITS, validateMessage, visibleMessages, type PressMessage } from '../../shared/press';
import { playerOfRole, roleOfPlayer, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { BotSeats } from '../botSeats';
import { MatchLocks } from '../http/lobbyGuard';
import type { Logger } from '../logger';
import type { MatchStore } from '../matchStore';
import type { SqlDriver } from '../storage/driver';
import { ClassroomAccess } from './classroomAccess';
import { PressHub } from './pressHub';
import { PressStore, type StoredMessage } from './pressStore';
import { StreamTickets } from './streamTickets';

export interface PressOptions {
  driver: SqlDriver;
  store: Pick<MatchStore, 'fetch'>;
  seats: Pick<BotSeats, 'forMatch'>;
  log: Logger;
  /** Pause before a bot answers, like its moves; 0 in tests. */
  botDelayMs: number;
  /**
   * Classroom matches, and whether a request comes from the teacher, who may read every message
   * in the debrief. Default: the classroom's own tables and X-Teacher-Key header.
   */
  classroom?: { isClassroom(matchID: string): Promise<boolean>; isTeacher(matchID: string, teacherKey: string | undefined): Promise<boolean> };
}

export interface Press {
  middleware: (ctx: Context, next: Next) => Promise<void>;
  hub: PressHub;
  stop(): void;
}

class PressError extends Error {
  constructor(readonly status: number, message: string, readonly code?: string) {
    super(message);
  }
}

/** Open streams per match: five seats, classroom teams of several students each, projectors, reloads. */
export const MAX_STREAMS_PER_MATCH = 100;

const ROUTE = /^\/api\/matches\/([^/]+)\/press(\/stream|\/debrief|\/ticket)?$/;

/** A GET names its seat in these headers (or, for the stream, with a ticket): never in the URL, which proxies log. */
export const SEAT_HEADERS = { playerID: 'x-player-id', credentials: 'x-player-credentials' } as const;

/** The seat a request speaks for: a role with matching credentials, or null (spectator) when no credentials are given. */
function seatOf(metadata: Server.MatchData, playerID: unknown, credentials: unknown, required: boolean): Role | null {
  if (!required && (credentials === undefined || credentials === '')) return null;
  const role = typeof playerID === 'string' ? roleOfPlayer(playerID) : undefined;
  if (role === undefined) throw new PressError(400, 'playerID must be a seat from "0" to "4".');
  const expected = metadata.players[Number(playerID)]?.credentials;
  if (typeof credentials !== 'string' || expected === undefined || !sameSecret(credentials, expected)) {
    throw new PressError(403, 'Invalid credentials for that seat.');
  }
  return role;
}

/**
 * Diplomatic press beside the game (not in G): POST a message, GET the messages a seat may see,
 * a Server-Sent-Events stream of them live, and the teacher's debrief. Errors are JSON `{ error }`.
 * Never logs message text or credentials.
 */
export function createPress(options: PressOptions): Press {
  const messages = new PressStore(options.driver);
  const hub = new PressHub();
  const classroom = options.classroom ?? new ClassroomAccess(options.driver);
  const timers = new Set<NodeJS.Timeout>();
  const sends = new MatchLocks();
  const tickets = new StreamTickets();
  let stopped = false;

  async function metadataOf(matchID: string): Promise<Server.MatchData> {
    const { metadata } = await options.store.fetch(matchID, { metadata: true });
    if (!metadata) throw new PressError(404, `Match ${matchID} not found.`);
    return metadata;
  }

  async function stateOf(matchID: string): Promise<State<PeninsulaState>> {
    const { state } = await options.store.fetch(matchID, { state: true });
    if (!state) throw new PressError(404, `Match ${matchID} not found.`);
    return state as State<PeninsulaState>;
  }

  /** Checks, rate-limits, stores and delivers one message. */
  async function send(matchID: string, from: Role, to: unknown, text: unknown): Promise<StoredMessage> {
    const valid = validateMessage(from, to, text);
    if (!valid.ok) throw new PressError(400, valid.reason, valid.code);
    // One send at a time per match (its own locks, not the seat locks), so the rate limit counts every message.
    return sends.run(matchID, async () => {
      const state = await stateOf(matchID);
      if (state.ctx.gameover !== undefined) throw new PressError(409, 'The match is over: the press room is closed.', 'MATCH_OVER');
      const now = Date.now();
      const round = state.G.round;
      const refusal = checkRate(await messages.sentBy(matchID, from, round, now - PRESS_LIMITS.burstWindowMs), now, round);
      if (refusal) throw Object.assign(new PressError(429, refusal.reason, refusal.code), { retryAfterMs: refusal.retryAfterMs });
      const message: PressMessage = { id: randomUUID(), matchID, round, from, to: valid.to, text: valid.text, sentAt: now };
      const stored = await messages.append(message);
      hub.publish(stored);
      options.log.info({ matchID, from, to: valid.to, round, length: valid.text.length }, 'press');
      return stored;
    });
  }

  /** Bots addressed by a person answer it, privately, after a short pause. Never bot to bot: no loops. */
  async function botsAnswer(matchID: string, message: PressMessage): Promise<void> {
    if (message.to === 'all') return;
    const bots = await options.seats.forMatch(matchID);
    if (bots.some((b) => roleOfPlayer(b.playerID) === message.from)) return;
    for (const bot of bots) {
      const role = roleOfPlayer(bot.playerID);
      if (!role || !message.to.includes(role)) continue;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopped) return;
        void (async () => {
          const state = await stateOf(matchID);
          const text = botReply(playerView(state.G, playerOfRole(role)), role, message, bot.personality, state.ctx.phase);
          if (text) await send(matchID, role, [message.from], text);
        })().catch((error: unknown) => {
          if (!stopped) options.log.warn({ matchID, bot: role, reason: (error as Error).message }, 'bot press reply dropped');
        });
      }, options.botDelayMs);
      timers.add(timer);
    }
  }

  function redeemTicket(matchID: string, ticket: string): Role {
    const role = tickets.redeem(matchID, ticket);
    if (role === undefined) throw new PressError(403, 'That stream ticket is spent, expired or for another match: ask for a new one (POST …/press/ticket).', 'TICKET_INVALID');
    return role;
  }

  async function handle(ctx: Context, matchID: string, sub: string | undefined): Promise<void> {
    const metadata = await metadataOf(matchID);
    if (ctx.method === 'POST' && sub === undefined) {
      const body = (ctx.state.body ?? {}) as Record<string, unknown>;
      const from = seatOf(metadata, body.playerID, body.credentials, true);
      if (from === null) throw new PressError(403, 'Invalid credentials for that seat.');
      const stored = await send(matchID, from, body.to, body.text);
      ctx.status = 201;
      ctx.body = { message: stored.message };
      void botsAnswer(matchID, stored.message).catch(() => undefined);
      return;
    }
    if (ctx.method === 'POST' && sub === '/ticket') {
      const body = (ctx.state.body ?? {}) as Record<string, unknown>;
      const role = seatOf(metadata, body.playerID, body.credentials, true);
      if (role === null) throw new PressError(403, 'Invalid credentials for that seat.');
      ctx.status = 201;
      ctx.body = tickets.issue(matchID, role);
      return;
    }
    if (ctx.method !== 'GET' || sub === '/ticket') throw new PressError(405, 'Use GET to read press, POST to send or to ask for a stream ticket.');
    if (ctx.query.credentials !== undefined) {
      throw new PressError(400, `Credentials do not go in the URL: send the ${SEAT_HEADERS.playerID} and ${SEAT_HEADERS.credentials} headers, or open the stream with a ticket (POST …/press/ticket).`, 'CREDENTIALS_IN_URL');
    }
    const ticket = typeof ctx.query.ticket === 'string' ? ctx.query.ticket : undefined;
    const role = ticket !== undefined && sub === '/stream' ? redeemTicket(matchID, ticket) : seatOf(metadata, ctx.get(SEAT_HEADERS.playerID) || undefined, ctx.get(SEAT_HEADERS.credentials) || undefined, false);
    if (sub === undefined) {
      // `classroom` tells the client to warn students that their teacher reads everything.
      ctx.body = { messages: visibleMessages((await messages.forMatch(matchID)).map((s) => s.message), role), classroom: await classroom.isClassroom(matchID) };
      return;
    }
    if (sub === '/debrief') {
      if (!(await classroom.isTeacher(matchID, ctx.get('x-teacher-key') || undefined))) {
        throw new PressError(403, 'Only the teacher of a classroom match can read every message: send the X-Teacher-Key header.');
      }
      ctx.body = { messages: debriefPress((await messages.forMatch(matchID)).map((s) => s.message), { teacher: true }) };
      return;
    }
    // Each stream holds a socket: a cap per match keeps one page in a reload loop from starving the server.
    if (hub.count(matchID) >= MAX_STREAMS_PER_MATCH) throw new PressError(429, `Too many open press streams for this match (at most ${MAX_STREAMS_PER_MATCH}); close a tab and retry.`, 'TOO_MANY_STREAMS');
    // The stream: EventSource sends Last-Event-ID when it reconnects; only newer messages follow.
    const after = Number(ctx.get('last-event-id') || ctx.query.after || 0);
    ctx.status = 200;
    ctx.respond = false;
    const intro = { classroom: await classroom.isClassroom(matchID) };
    await hub.open(matchID, role, ctx.res, intro, () => messages.forMatch(matchID, Number.isFinite(after) ? after : 0));
  }

  return {
    hub,
    async middleware(ctx: Context, next: Next) {
      const route = ROUTE.exec(ctx.path);
      if (!route?.[1]) return next();
      try {
        await handle(ctx, decodeURIComponent(route[1]), route[2]);
      } catch (error) {
        if (!(error instanceof PressError)) throw error;
        ctx.status = error.status;
        const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs;
        if (retryAfterMs) ctx.set('retry-after', String(Math.ceil(retryAfterMs / 1000)));
        ctx.body = { error: error.message, ...(error.code ? { code: error.code } : {}), ...(retryAfterMs ? { retryAfterMs } : {}) };
      }
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      hub.closeAll();
    },
  };
}
