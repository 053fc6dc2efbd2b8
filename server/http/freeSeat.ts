import type { Server } from 'boardgame.io';
import { isRefusal, noSuchMatch, refuse, type Refusal } from '../../shared/api/errors';
import { isFreedSeat, isStarted, type FreeSeatResult, type MatchStart } from '../../shared/api/matches';
import { DEFAULT_PERSONALITY, type Personality } from '../../shared/options';
import type { BotSeats } from '../botSeats';
import type { MatchStore } from '../matchStore';
import { authSeat } from './authSeat';
import { botsFromSetup, seatBot } from './seating';
import type { InMoveQueue } from '../matchLocks';

type Metadata = Server.MatchData & { start?: MatchStart };

export interface FreeSeatDeps {
  store: MatchStore;
  seats: BotSeats;
  /** Lets the bot runner reload the match's bot seats and act on its current state. */
  attachBots: (matchID: string) => Promise<void>;
  inMoveQueue: InMoveQueue;
}

/**
 * The host gives a lost seat back (a player whose browser died without the personal link): only the host's own
 * seat credentials may, never a name. Every call runs under the match's lock (boardgame.io #1100: the Lobby's
 * routes read-modify-write the metadata). The seat's credentials change at once, so the store's metadata
 * listener drops its old sockets (SEAT_CHANGED) and a later sync with them is refused (BAD_CREDENTIALS).
 * Before the start the seat is simply open. In a running match a bot plays it meanwhile, marked `freed`: the
 * invite link offers it as a free role, and a join there stands the bot up first (`standUp`), so the person
 * takes the seat through the Lobby's own join like any other.
 */
export function installFreeSeat({ store, seats, attachBots, inMoveQueue }: FreeSeatDeps) {
  async function freeNow(matchID: string, seatParam: string, body: Record<string, unknown>): Promise<FreeSeatResult | Refusal> {
    const { metadata: stored, state } = await store.fetch(matchID, { metadata: true, state: true });
    if (!stored || !state) return noSuchMatch(matchID);
    const metadata = stored as Metadata;
    const host = authSeat(metadata, body.playerID, body.credentials, 'Only the host can free a seat: invalid credentials.');
    if (isRefusal(host)) return host;
    const refused = refusalToFree(metadata, state.ctx.gameover !== undefined, host.playerID, seatParam);
    if (refused) return refused;
    const player = metadata.players[Number(seatParam)]!;
    metadata.updatedAt = Date.now();
    if (!isStarted(metadata.start)) {
      // Nothing runs yet: the seat stands open, as if its player had left.
      metadata.players[Number(seatParam)] = { id: player.id };
      await store.setMetadata(matchID, metadata);
      return { matchID, seat: seatParam, bot: null };
    }
    // The same personality as the bots the match was created with, so the table plays on as the host chose.
    const personality: Personality = Object.values(botsFromSetup(metadata))[0] ?? DEFAULT_PERSONALITY;
    await seatBot(seats, metadata, matchID, seatParam, personality, { freed: true });
    await store.setMetadata(matchID, metadata);
    await attachBots(matchID);
    return { matchID, seat: seatParam, bot: personality };
  }

  /** Frees the seat (the caller holds the match's lock), between two moves. */
  function free(matchID: string, seatParam: string, body: Record<string, unknown>): Promise<FreeSeatResult | Refusal> {
    return inMoveQueue(matchID, () => freeNow(matchID, seatParam, body));
  }

  /**
   * A Lobby join (`join`; the caller holds the match's lock and runs it in the move queue, as every Lobby seat
   * change): a freed seat's bot stands up first, and sits down again if the Lobby refuses (it refuses by throwing).
   */
  async function joining(matchID: string, playerID: string | undefined, join: () => Promise<void>, joined: () => boolean): Promise<void> {
    const bot = await standUp(matchID, playerID);
    try {
      await join();
    } finally {
      if (bot && playerID !== undefined) await afterJoin(matchID, playerID, bot, joined());
    }
  }

  /**
   * Before a join: a freed seat's bot stands up so the Lobby's join finds the seat empty.
   * Returns the bot's personality, to seat it again if the join does not go through (`sitBackDown`); null otherwise.
   */
  async function standUp(matchID: string, playerID: string | undefined): Promise<Personality | null> {
    if (playerID === undefined) return null;
    const { metadata } = await store.fetch(matchID, { metadata: true });
    const player = metadata?.players[Number(playerID)];
    if (!metadata || !player || !isFreedSeat(player.data)) return null;
    metadata.players[Number(playerID)] = { id: player.id };
    metadata.updatedAt = Date.now();
    await seats.remove(matchID, playerID);
    await store.setMetadata(matchID, metadata);
    return player.data.bot;
  }

  /** After the join: taken, the bots forget the seat; refused, the bot plays it again, still open to a person. */
  async function afterJoin(matchID: string, playerID: string, bot: Personality, joined: boolean): Promise<void> {
    if (!joined) {
      const { metadata } = await store.fetch(matchID, { metadata: true });
      if (metadata && metadata.players[Number(playerID)]?.name === undefined) {
        await seatBot(seats, metadata, matchID, playerID, bot, { freed: true });
        await store.setMetadata(matchID, metadata);
      }
    }
    await attachBots(matchID);
  }

  return { free, joining };
}

/** Why the seat may not be freed by `hostID`, each with its own code; null when it may. */
function refusalToFree(metadata: Metadata, over: boolean, hostID: string, seatParam: string): Refusal | null {
  const { start } = metadata;
  if (!start) return refuse('NOT_HOST', 'This match has no host: a class table’s seats are the teacher’s.');
  if (over || metadata.gameover !== undefined) return refuse('MATCH_OVER', 'The match is over: its seats stay as they were.');
  if (start.host !== hostID) {
    const name = start.host === null ? null : (metadata.players[Number(start.host)]?.name ?? null);
    return refuse('NOT_HOST', name ? `Only the host, ${name}, can free a seat.` : 'Only the host can free a seat.');
  }
  if (!/^[0-4]$/.test(seatParam)) return refuse('BAD_SEAT', 'The seat must be one from "0" to "4".');
  if (seatParam === hostID) return refuse('OWN_SEAT', 'The host cannot free their own seat: leave the match instead.');
  const player = metadata.players[Number(seatParam)];
  if (player?.name === undefined) return refuse('SEAT_EMPTY', 'Nobody sits in that seat: it is already free.');
  if ((player.data as { bot?: unknown } | undefined)?.bot !== undefined)
    return refuse(
      'BOT_SEAT',
      isFreedSeat(player.data)
        ? 'That seat is already free: a bot plays it until someone takes it.'
        : 'A bot plays that seat: only a person’s seat can be freed.',
    );
  return null;
}

export type FreeSeats = ReturnType<typeof installFreeSeat>;
