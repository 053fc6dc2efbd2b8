import type { Server, State } from 'boardgame.io';
import { isRefusal, noSuchMatch, refuse, type Refusal } from '../../shared/api/errors';
import { DEFAULT_PERSONALITY } from '../../shared/options';
import { isStarted, type MatchStart, type MatchSummary, type StartResult, type WaitingPresence } from '../../shared/api/matches';
import { isPersonality, PERSONALITIES, type PeninsulaState, type Personality } from '../../shared/index';
import type { BotSeats } from '../botSeats';
import type { MatchStore } from '../matchStore';
import type { PhaseTimers } from '../timers/phaseTimers';
import type { MatchLocks } from '../matchLocks';
import { authSeat } from './authSeat';
import { botsFromSetup, seatBots } from './seating';
import { WaitingPresence as Presence } from './waitingPresence';

type Metadata = Server.MatchData & { start?: MatchStart };

export interface MatchStartDeps {
  store: MatchStore;
  seats: BotSeats;
  locks: MatchLocks;
  timers: PhaseTimers;
  /** Lets the bot runner act on the match's current state (after seating bots, after the start). */
  attachBots: (matchID: string) => Promise<void>;
  /** How long the host may be silent before anyone seated may start (HOST_AWAY_MS). */
  hostAwayMs: number;
}

function isPerson(player: Server.PlayerMetadata | undefined): boolean {
  return player?.name !== undefined && !(player.data as { bot?: unknown } | undefined)?.bot;
}

/**
 * Online matches wait for their host. A match made through the Lobby (create, play again) is
 * held from the moment it exists: the phase timers and the bots wait, and the pause guard drops
 * every move (PhaseTimers.isPaused). The first person to sit is the host; only the host's Start
 * seats bots in the empty seats and lets the match run, so a full table never starts by itself. A host who
 * has gone (no word from their waiting room for `hostAwayMs`: WaitingPresence) holds it no longer: then
 * any seated player may start it, and becomes its host.
 * A match with bots in every seat does not wait either (no person could start it), nor do class tables:
 * the classroom creates them itself.
 */
export function installMatchStart(deps: MatchStartDeps) {
  const { store, seats, locks, timers, attachBots } = deps;
  const waiting = new Set<string>();
  const presence = new Presence(deps.hostAwayMs);
  timers.waitsForStart = (matchID) => waiting.has(matchID);

  async function metadataOf(matchID: string): Promise<Metadata | Refusal> {
    const { metadata } = await store.fetch(matchID, { metadata: true });
    return metadata ? (metadata as Metadata) : noSuchMatch(matchID);
  }

  function saveStart(matchID: string, metadata: Server.MatchData, start: MatchStart): Promise<void> {
    const withStart: Metadata = { ...metadata, start };
    return store.setMetadata(matchID, withStart);
  }

  /** A new Lobby match: held until its host starts it; the bots named at creation sit at once. */
  async function created(matchID: string): Promise<void> {
    await locks.run(matchID, async () => {
      const metadata = await metadataOf(matchID);
      // The Lobby has just answered with this match: gone already means it was wiped meanwhile.
      if (isRefusal(metadata) || metadata.start) return;
      waiting.add(matchID);
      presence.hold(matchID);
      await saveStart(matchID, metadata, { host: null, startedAt: null });
      // The match's first state started a timer before it was held: gone, it starts with the match.
      await timers.forget(matchID);
      await seatBots(store, seats, matchID, botsFromSetup(metadata));
      // Bots in every seat: no person can ever sit and press Start, so the match runs at once.
      const seated = await metadataOf(matchID);
      if (!isRefusal(seated) && Object.values(seated.players).every((p) => p.name !== undefined)) await release(matchID, null);
    });
    await attachBots(matchID);
  }

  /** The match runs from now (under its lock): no longer held, and its first phase's clock starts with its full time. */
  async function release(matchID: string, host: string | null): Promise<Refusal | null> {
    // Re-read: seating the bots rewrote the metadata.
    const seated = await metadataOf(matchID);
    if (isRefusal(seated)) return seated;
    await saveStart(matchID, seated, { host, startedAt: Date.now() });
    waiting.delete(matchID);
    presence.drop(matchID);
    const { state } = await store.fetch(matchID, { state: true });
    if (state) timers.onState(matchID, state as State<PeninsulaState>);
    return null;
  }

  /** The first person seated hosts; when the host leaves before the start, the next person seated does. */
  async function seatsChanged(matchID: string, playerID: string, change: 'join' | 'leave'): Promise<void> {
    const { metadata } = await store.fetch(matchID, { metadata: true });
    const start = (metadata as Metadata | undefined)?.start;
    if (!metadata || !start || start.startedAt !== null) return;
    if (change === 'join') presence.heardFrom(matchID, playerID);
    else presence.left(matchID, playerID);
    let host = start.host;
    if (change === 'join' && host === null) host = playerID;
    if (change === 'leave' && host === playerID) host = Object.values(metadata.players).find(isPerson)?.id.toString() ?? null;
    if (host !== start.host) await saveStart(matchID, metadata, { ...start, host });
  }

  /** A seated player's waiting room is open: heard from now; answers who else is here and whether the host is away (or that the match has started). */
  async function here(matchID: string, body: Record<string, unknown>): Promise<WaitingPresence | Refusal> {
    const metadata = await metadataOf(matchID);
    if (isRefusal(metadata)) return metadata;
    const seat = authSeat(metadata, body.playerID, body.credentials, 'Only a seated player is in the waiting room: invalid credentials.');
    if (isRefusal(seat)) return seat;
    const host = metadata.start?.host ?? null;
    const hostAwaySeconds = Math.round(presence.awayAfterMs / 1000);
    if (isStarted(metadata.start) || !waiting.has(matchID)) return { here: [], host, hostAway: false, hostAwaySeconds, started: true };
    presence.heardFrom(matchID, seat.playerID);
    const hostAway = host !== null && presence.isAway(matchID, host);
    return { here: presence.here(matchID), host, hostAway, hostAwaySeconds, started: false };
  }

  /** The host's Start (under the match's lock), or anyone seated once the host is away: bots take the empty seats and the first phase's clock starts. */
  async function start(matchID: string, body: Record<string, unknown>): Promise<StartResult | Refusal> {
    const metadata = await metadataOf(matchID);
    if (isRefusal(metadata)) return metadata;
    const seat = authSeat(metadata, body.playerID, body.credentials, 'Only a seated player can start the match: invalid credentials.');
    if (isRefusal(seat)) return seat;
    const personality = body.personality ?? DEFAULT_PERSONALITY;
    if (!isPersonality(personality)) return refuse('BAD_INPUT', `personality must be one of: ${PERSONALITIES.join(', ')}.`);
    const { start: held } = metadata;
    if (held?.startedAt) return refuse('MATCH_STARTED', 'The match has already started.');
    if (held && held.host !== null && held.host !== seat.playerID && !presence.isAway(matchID, held.host)) {
      const name = metadata.players[Number(held.host)]?.name ?? 'who made the match';
      const after = Math.round(presence.awayAfterMs / 1000);
      return refuse('NOT_HOST', `Only the host, ${name}, can start it while they are here; after ${after} s away, anyone seated may.`);
    }
    const empty = Object.values(metadata.players)
      .filter((p) => p.name === undefined)
      .map((p) => String(p.id));
    const botSeats = await seatBots(store, seats, matchID, Object.fromEntries(empty.map((id) => [id, personality as Personality])));
    if (held) {
      // Whoever starts it hosts it: the host, the first seated, or someone seated after the host went away.
      const released = await release(matchID, seat.playerID);
      if (isRefusal(released)) return released;
    }
    await attachBots(matchID);
    return { matchID, botSeats };
  }

  async function summary(matchID: string): Promise<MatchSummary | Refusal> {
    const { metadata, state } = await store.fetch(matchID, { metadata: true, state: true });
    if (!metadata || !state) return noSuchMatch(matchID);
    const G = (state as State<PeninsulaState>).G;
    const status =
      metadata.gameover !== undefined || state.ctx.gameover !== undefined ? 'over' : isStarted((metadata as Metadata).start) ? 'playing' : 'waiting';
    const host = (metadata as Metadata).start?.host ?? null;
    const hostName = host === null ? null : (metadata.players[Number(host)]?.name ?? null);
    // The home page tells a guest what the waiting room would: the host has gone, and they may start it.
    const hostAway = status === 'waiting' && host !== null && waiting.has(matchID) && presence.isAway(matchID, host);
    const { rounds, scenario } = G.options;
    return { matchID, status, scenario, round: G.round, rounds, host, hostName, hostAway, nextMatchID: metadata.nextMatchID ?? null };
  }

  return {
    /** Holds a new match for its host (a Lobby create or rematch, a fork with open seats); the bots named at creation sit. */
    created,
    seatsChanged,
    here,
    start,
    summary,
    /** After a restart (or a shard taken over), for each unfinished match: one still waiting for its host stays held. */
    restoreMatch(matchID: string, metadata: Server.MatchData | undefined): void {
      if (metadata && !isStarted((metadata as Metadata).start)) {
        waiting.add(matchID);
        presence.hold(matchID);
      }
    },
    /** A shard handed back: its matches' holds are its owner's now. */
    unload(only: (matchID: string) => boolean): void {
      for (const matchID of [...waiting])
        if (only(matchID)) {
          waiting.delete(matchID);
          presence.drop(matchID);
        }
    },
  };
}

export type MatchStarts = ReturnType<typeof installMatchStart>;
