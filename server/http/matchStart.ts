import type { Server, State } from 'boardgame.io';
import type { Context, Next } from 'koa';
import { isStarted, type MatchStart, type MatchSummary, type StartResult } from '../../shared/api/matches';
import { isPersonality, PERSONALITIES, type PeninsulaState, type Personality } from '../../shared/index';
import type { BotSeats } from '../botSeats';
import type { MatchStore } from '../matchStore';
import type { PhaseTimers } from '../timers/phaseTimers';
import { HttpError } from './httpError';
import type { MatchLocks } from './lobbyGuard';
import { botsFromSetup, seatBots } from './seating';
import { seatCredentialsMatch } from '../socket/seatCredentials';

type Metadata = Server.MatchData & { start?: MatchStart };

export interface MatchStartDeps {
  store: MatchStore;
  seats: BotSeats;
  locks: MatchLocks;
  timers: PhaseTimers;
  /** Lets the bot runner act on the match's current state (after seating bots, after the start). */
  attachBots: (matchID: string) => Promise<void>;
}

const START = /^\/api\/matches\/([^/]+)\/start$/;
const SUMMARY = /^\/api\/matches\/([^/]+)\/summary$/;
const CREATED = /^\/games\/[^/]+\/create$/;
const REMATCH = /^\/games\/[^/]+\/[^/]+\/playAgain$/;
const SEAT_CHANGE = /^\/games\/[^/]+\/([^/]+)\/(join|leave)$/;

function isPerson(player: Server.PlayerMetadata | undefined): boolean {
  return player?.name !== undefined && !(player.data as { bot?: unknown } | undefined)?.bot;
}

/**
 * Online matches wait for their host. A match made through the Lobby (create, play again) is
 * held from the moment it exists: the phase timers and the bots wait, and the pause guard drops
 * every move (PhaseTimers.isPaused). The first person to sit is the host; only the host's Start
 * seats bots in the empty seats and lets the match run, so a full table never starts by itself.
 * Class tables never wait: the classroom creates them itself.
 */
export function installMatchStart(deps: MatchStartDeps) {
  const { store, seats, locks, timers, attachBots } = deps;
  const waiting = new Set<string>();
  timers.waitsForStart = (matchID) => waiting.has(matchID);

  async function metadataOf(matchID: string): Promise<Metadata> {
    const { metadata } = await store.fetch(matchID, { metadata: true });
    if (!metadata) throw new HttpError(404, `Match ${matchID} not found.`);
    return metadata as Metadata;
  }

  function saveStart(matchID: string, metadata: Server.MatchData, start: MatchStart): Promise<void> {
    const withStart: Metadata = { ...metadata, start };
    return store.setMetadata(matchID, withStart);
  }

  /** A new Lobby match: held until its host starts it; the bots named at creation sit at once. */
  async function created(matchID: string): Promise<void> {
    await locks.run(matchID, async () => {
      const metadata = await metadataOf(matchID);
      if (metadata.start) return;
      waiting.add(matchID);
      await saveStart(matchID, metadata, { host: null, startedAt: null });
      // The match's first state started a timer before it was held: gone, it starts with the match.
      await timers.forget(matchID);
      await seatBots(store, seats, matchID, botsFromSetup(metadata));
    });
    await attachBots(matchID);
  }

  /** The first person seated hosts; when the host leaves before the start, the next person seated does. */
  async function seatsChanged(matchID: string, playerID: string, change: 'join' | 'leave'): Promise<void> {
    const { metadata } = await store.fetch(matchID, { metadata: true });
    const start = (metadata as Metadata | undefined)?.start;
    if (!metadata || !start || start.startedAt !== null) return;
    let host = start.host;
    if (change === 'join' && host === null) host = playerID;
    if (change === 'leave' && host === playerID) host = Object.values(metadata.players).find(isPerson)?.id.toString() ?? null;
    if (host !== start.host) await saveStart(matchID, metadata, { ...start, host });
  }

  async function start(matchID: string, body: Record<string, unknown>): Promise<StartResult> {
    const metadata = await metadataOf(matchID);
    const player = metadata.players[Number(body.playerID)];
    if (typeof body.playerID !== 'string' || !player) throw new HttpError(400, 'playerID must be a seat from "0" to "4".');
    if (typeof body.credentials !== 'string' || !seatCredentialsMatch(body.credentials, player)) throw new HttpError(403, 'Only a seated player can start the match: invalid credentials.');
    const personality = body.personality ?? 'dealmaker';
    if (!isPersonality(personality)) throw new HttpError(400, `personality must be one of: ${PERSONALITIES.join(', ')}.`);
    const { start: held } = metadata;
    if (held?.startedAt) throw new HttpError(409, 'The match has already started.');
    if (held && held.host !== null && held.host !== body.playerID) {
      throw new HttpError(403, `Only the host, ${metadata.players[Number(held.host)]?.name ?? 'who made the match'}, can start it.`);
    }
    const empty = Object.values(metadata.players).filter((p) => p.name === undefined).map((p) => String(p.id));
    const botSeats = await seatBots(store, seats, matchID, Object.fromEntries(empty.map((id) => [id, personality as Personality])));
    if (held) {
      await saveStart(matchID, await metadataOf(matchID), { host: held.host ?? body.playerID, startedAt: Date.now() });
      waiting.delete(matchID);
      // The clock of the first phase starts now, with its full time.
      const { state } = await store.fetch(matchID, { state: true });
      if (state) timers.onState(matchID, state as State<PeninsulaState>);
    }
    return { matchID, botSeats };
  }

  async function summary(matchID: string): Promise<MatchSummary> {
    const { metadata, state } = await store.fetch(matchID, { metadata: true, state: true });
    if (!metadata || !state) throw new HttpError(404, `Match ${matchID} not found.`);
    const G = (state as State<PeninsulaState>).G;
    const status = metadata.gameover !== undefined || state.ctx.gameover !== undefined ? 'over' : isStarted((metadata as Metadata).start) ? 'playing' : 'waiting';
    const host = (metadata as Metadata).start?.host ?? null;
    return { matchID, status, scenario: G.options.scenario, round: G.round, rounds: G.options.rounds, host, nextMatchID: metadata.nextMatchID ?? null };
  }

  return {
    /** Holds a match the server made for its host (a fork with open seats), as a Lobby match is held. */
    hold: created,
    /** After a restart: the matches still waiting for their host stay held. */
    async restore(): Promise<void> {
      for (const matchID of await store.listMatches({ where: { isGameover: false } })) {
        const { metadata } = await store.fetch(matchID, { metadata: true });
        if (!isStarted((metadata as Metadata | undefined)?.start)) waiting.add(matchID);
      }
    },
    /** After the Lobby guard: it has read the body (ctx.state.body) and holds the match's lock for seat routes. */
    middleware: async (ctx: Context, next: Next) => {
      const startRoute = START.exec(ctx.path);
      if (ctx.method === 'POST' && startRoute?.[1]) {
        const matchID = decodeURIComponent(startRoute[1]);
        ctx.body = await start(matchID, ctx.state.body as Record<string, unknown>);
        await attachBots(matchID);
        return;
      }
      const summaryRoute = SUMMARY.exec(ctx.path);
      if (ctx.method === 'GET' && summaryRoute?.[1]) {
        ctx.body = await summary(decodeURIComponent(summaryRoute[1]));
        return;
      }
      await next();
      if (ctx.method !== 'POST' || ctx.status !== 200) return;
      if (CREATED.test(ctx.path)) await created((ctx.body as { matchID: string }).matchID);
      if (REMATCH.test(ctx.path)) await created((ctx.body as { nextMatchID: string }).nextMatchID);
      const seat = SEAT_CHANGE.exec(ctx.path);
      // A join without a playerID gets the first free seat: the Lobby's answer names it.
      const playerID = (ctx.body as { playerID?: unknown } | undefined)?.playerID ?? (ctx.state.body as { playerID?: unknown } | undefined)?.playerID;
      if (seat?.[1] && seat[2] && (typeof playerID === 'string' || typeof playerID === 'number')) {
        await seatsChanged(decodeURIComponent(seat[1]), String(playerID), seat[2] as 'join' | 'leave');
      }
    },
  };
}
