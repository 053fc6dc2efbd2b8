/**
 * Wire types of replay and fork (server/replay/): a match seen at the start of any round, and a new
 * match forked from one. Shared so the client never imports the server.
 */
import type { Personality } from '../options';
import type { Role } from '../roles';
import type { GameResult } from '../scoring';
import type { Agreement, Headline, RoundRecord, SeatView } from '../state';
import type { MatchStatus } from './matches';

/** Kept in a forked match's metadata (`fork`) and shown wherever the match is. */
export interface ForkOrigin {
  parentID: string;
  /** The round whose start the fork began from. */
  round: number;
  /** Whether the fork kept the parent's deck and agendas (a finished parent) or dealt its secrets anew (a running one). */
  exact: boolean;
}

/** A match's status, or a class table the teacher stopped before its end (no outcome, no result). */
export type ReplayStatus = MatchStatus | 'stopped';

/** GET /api/matches/:id/replay?round=N: the match at the start of round N, as the one asking may see it. */
export interface ReplayRound {
  matchID: string;
  status: ReplayStatus;
  round: number;
  /** The rounds that can be shown (and forked from): firstRound (1, or where a fork began) to lastRound. */
  firstRound: number;
  lastRound: number;
  /** The seat whose view this is (credentials were given), or null: a spectator's. */
  seat: string | null;
  /** The board when round N began: its crisis drawn, before anyone moved (the seat's playerView). */
  view: SeatView;
  /** What round N brought, once it was played: its news, its deals and its record (orders revealed at its end). */
  headlines: Headline[];
  agreements: Agreement[];
  record: RoundRecord | null;
  /** The result with every agenda, once the match is over (as the end screen shows it). */
  result: GameResult | null;
  fork: ForkOrigin | null;
  /** The people and bots at the table, by seat. */
  names: (string | null)[];
  /** Matches forked from this one, oldest first. */
  forks: ForkChild[];
}

export interface ForkChild {
  matchID: string;
  round: number;
  exact: boolean;
}

/** Who sits where in a fork: a person (an open seat to join) or a bot of a personality. */
export type ForkSeat = 'person' | Personality;

/** POST /api/matches/:id/fork. Seats left out keep the parent's: its bots stay bots, its people's seats open. */
export interface ForkRequest {
  round: number;
  seats?: Partial<Record<Role, ForkSeat>>;
}

export interface ForkResult {
  matchID: string;
  fork: ForkOrigin;
  botSeats: string[];
  /** Open seats wait for people; the first to sit hosts and starts it (as any online match). All-bot forks start at once. */
  waitsForHost: boolean;
}

/** Error codes of the replay and fork routes, beside the message a person reads. */
export type ReplayErrorCode = 'BAD_MATCH_ID' | 'NO_SUCH_MATCH' | 'BAD_ROUND' | 'BAD_SEATS' | 'BAD_CREDENTIALS' | 'NOT_YOURS' | 'UNREPLAYABLE';
