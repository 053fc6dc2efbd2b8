import type { Personality } from '../options';

/**
 * Wire types of the online-match routes the server adds beside boardgame.io's Lobby
 * (server/http/matchStart.ts). Shared so the client never imports the server.
 */

/**
 * Kept in an online match's Lobby metadata (GET /games/peninsula/:id shows it as `start`):
 * the host is the first person to take a seat; only the host's Start begins the match, and
 * until then nobody moves and no clock runs. Matches without it (class tables) start at once.
 */
export interface MatchStart {
  host: string | null;
  startedAt: number | null;
}

export type MatchStatus = 'waiting' | 'playing' | 'over';

/** GET /api/matches/:id/summary: what the home page's "Your games" list shows of a match. */
export interface MatchSummary {
  matchID: string;
  status: MatchStatus;
  scenario: string;
  round: number;
  rounds: number;
  /** The seat that may start it (online matches waiting for their start). */
  host: string | null;
  /** The host's name, as the Lobby shows it to anyone. */
  hostName: string | null;
  /** Waiting, and the host has been away so long that anyone seated may start it (as WaitingPresence.hostAway). */
  hostAway: boolean;
  /** A rematch someone started from this match's result screen. */
  nextMatchID: string | null;
}

/**
 * POST /api/matches/:id/presence (a seated player's waiting room, with the seat's credentials): who else
 * is in the waiting room, and whether the host has been away so long that any seated player may start.
 */
export interface WaitingPresence {
  /** Seats whose waiting room the server has heard from in the last few seconds. */
  here: string[];
  host: string | null;
  /** The host has been silent for `hostAwaySeconds`: anyone seated may press Start. */
  hostAway: boolean;
  hostAwaySeconds: number;
  /**
   * The match has started: the waiting room opens the table now. An answer, not a refusal: a guest's poll that
   * crossed the host's Start was a 409 every browser logged as a console error.
   */
  started: boolean;
}

/** POST /api/matches/:id/start: the seats bots took. */
export interface StartResult {
  matchID: string;
  botSeats: string[];
}

export function isStarted(start: MatchStart | undefined): boolean {
  return start === undefined || start.startedAt !== null;
}

/**
 * POST /api/matches/:id/seats/:seat/free, with the host's own seat (`playerID`, `credentials`): the host frees a
 * person's seat (a lost browser, a player who will not be back). The seat's credentials stop working at once.
 */
export interface FreeSeatRequest {
  playerID: string;
  credentials: string;
}

/** The freed seat. Before the start it is simply open; in a running match a bot plays it (`bot`: its personality) until someone takes it through the invite link. */
export interface FreeSeatResult {
  matchID: string;
  seat: string;
  bot: Personality | null;
}

/** A seat's Lobby `data` while a bot keeps it warm for a person: the invite link offers it as a free role. */
export interface FreedSeatData {
  bot: Personality;
  freed: true;
}

export function isFreedSeat(data: unknown): data is FreedSeatData {
  return typeof data === 'object' && data !== null && (data as { freed?: unknown }).freed === true && typeof (data as { bot?: unknown }).bot === 'string';
}
