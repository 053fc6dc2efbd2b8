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
}

/** POST /api/matches/:id/start: the seats bots took. */
export interface StartResult {
  matchID: string;
  botSeats: string[];
}

export function isStarted(start: MatchStart | undefined): boolean {
  return start === undefined || start.startedAt !== null;
}
