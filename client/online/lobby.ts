import { LobbyClient } from 'boardgame.io/client';
import type { ForkOrigin } from '../../shared/api/replay';
import type { ApiErrorBody } from '../../shared/api/errors';
import type { FreeSeatRequest, FreeSeatResult, MatchStart, WaitingPresence } from '../../shared/api/matches';
import { refusalText } from '../common/refusalWords';
import { NUM_PLAYERS, type Personality, type SetupInput } from '../../shared/index';
import { rememberName, saveSeat, type HeldSeat } from './seatStore';

export const GAME_NAME = 'peninsula';

export interface MatchPlayer {
  id: number;
  name?: string;
  /** A bot's seat carries its personality; a seat the host freed mid-game is marked `freed` (isFreedSeat). */
  data?: unknown;
  isConnected?: boolean;
}

export interface MatchInfo {
  matchID: string;
  players: MatchPlayer[];
  setupData?: SetupInput;
  gameover?: unknown;
  /** Online matches: who hosts and whether the host has started it (absent: started, e.g. a class table). */
  start?: MatchStart;
  /** A fork: the match and round it began from (server/replay/forks.ts). */
  fork?: ForkOrigin;
  nextMatchID?: string;
}

function lobby(): LobbyClient {
  return new LobbyClient({ server: window.location.origin });
}

/** The server answers errors as `{ error, code }`; LobbyClient keeps that body in `details`. */
export function errorMessage(error: unknown): string {
  const details = (error as { details?: unknown }).details;
  if (details && typeof details === 'object' && 'error' in details)
    return refusalText(details as Partial<ApiErrorBody>, String((details as { error: unknown }).error));
  if (typeof details === 'string' && details.length > 0 && details.length < 300) return details;
  return error instanceof Error ? error.message : String(error);
}

export { isBotName } from '../../shared/api/limits';

export async function createMatch(setupData: SetupInput): Promise<string> {
  const { matchID } = await lobby().createMatch(GAME_NAME, { numPlayers: NUM_PLAYERS, setupData });
  return matchID;
}

export async function joinSeat(matchID: string, playerID: string, playerName: string): Promise<HeldSeat> {
  const { playerCredentials } = await lobby().joinMatch(GAME_NAME, matchID, { playerID, playerName });
  const seat = { playerID, credentials: playerCredentials, playerName };
  saveSeat(matchID, seat);
  rememberName(playerName);
  return seat;
}

export async function getMatch(matchID: string): Promise<MatchInfo> {
  return (await lobby().getMatch(GAME_NAME, matchID)) as unknown as MatchInfo;
}

/** A rematch with the same options (the server holds it for its host, like a new match); every seat's request gets the same one. */
export async function playAgain(matchID: string, seat: HeldSeat, setupData: SetupInput | undefined): Promise<string> {
  const { nextMatchID } = await lobby().playAgain(GAME_NAME, matchID, {
    playerID: seat.playerID,
    credentials: seat.credentials,
    ...(setupData ? { setupData } : {}),
  });
  return nextMatchID;
}

export async function leaveSeat(matchID: string, seat: HeldSeat): Promise<void> {
  await lobby().leaveMatch(GAME_NAME, matchID, { playerID: seat.playerID, credentials: seat.credentials });
}

/** The host starts the match: every empty seat gets a bot, and the clock starts (the server's start route). */
export async function startMatch(matchID: string, seat: HeldSeat, personality?: Personality): Promise<void> {
  const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/start`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ playerID: seat.playerID, credentials: seat.credentials, ...(personality ? { personality } : {}) }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Partial<ApiErrorBody>;
    throw new Error(refusalText(body, `The server refused to start the match (HTTP ${response.status}).`));
  }
}

/** The host frees another person's seat (with the host's own credentials); refused, it throws the refusal in a player's words. */
export async function freeSeat(matchID: string, host: HeldSeat, seat: string): Promise<FreeSeatResult> {
  const body: FreeSeatRequest = { playerID: host.playerID, credentials: host.credentials };
  const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(seat)}/free`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) return (await response.json()) as FreeSeatResult;
  const refused = (await response.json().catch(() => ({}))) as Partial<ApiErrorBody>;
  throw new Error(refusalText(refused, `The server refused to free the seat (HTTP ${response.status}).`));
}

/** The waiting room says it is open (with the seat's credentials) and hears who else is, and whether the host has gone. */
export async function matchPresence(matchID: string, seat: HeldSeat): Promise<WaitingPresence | 'seat gone' | null> {
  const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/presence`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ playerID: seat.playerID, credentials: seat.credentials }),
  });
  if (response.ok) return (await response.json()) as WaitingPresence;
  // The seat's credentials are refused: the host freed it, or it was left from another tab.
  const refused = (await response.json().catch(() => ({}))) as Partial<ApiErrorBody>;
  return refused.code === 'BAD_CREDENTIALS' ? 'seat gone' : null;
}
