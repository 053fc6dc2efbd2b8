import type { Game } from 'boardgame.io';
import { MOVE_ARGS_LIMITS } from '../../shared/moveLimits';
import { isCleanText, jsonProblem } from '../edge/plainJson';
import type { SocketRefusal } from '../../shared/api/socketRefusals';

/**
 * What a socket message may be before boardgame.io's handlers see it (docs/ARCHITECTURE.md,
 * "Trust boundary"). Pure: the transport (gatedSocketIO.ts) applies the verdict. A message that
 * passes is rebuilt from its checked parts, so nothing else the sender put in it travels on.
 *
 * boardgame.io 0.50.2 would otherwise apply any action type (PATCH, UPDATE, RESET, SYNC, UNDO,
 * REDO, GAME_EVENT), checks credentials against the `playerID` beside the action while the rules
 * read `payload.playerID`, formats move arguments into strings, and creates a match for a `sync`
 * to an unknown id.
 */

/** The ids this server gives matches: boardgame.io's nanoid (21) and classroom UUIDs (36), no more. */
const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Credentials are generated UUIDs; anything far longer is not one. */
const MAX_CREDENTIALS_LENGTH = 128;

export interface GateRules {
  /** Every move the game defines, in any phase. */
  moves: ReadonlySet<string>;
  /** The seat ids: "0" … numPlayers - 1. */
  seats: ReadonlySet<string>;
}

/** Every move the game defines, in any phase, and its seat ids. */
export function gateRulesOf(game: Game): GateRules {
  const phases = Object.values(game.phases ?? {});
  const moves = [...Object.keys(game.moves ?? {}), ...phases.flatMap((p) => Object.keys(p.moves ?? {}))];
  const seats = Array.from({ length: game.maxPlayers ?? 0 }, (_, i) => String(i));
  return { moves: new Set(moves), seats: new Set(seats) };
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: SocketRefusal };

export interface GatedMove {
  matchID: string;
  playerID: string;
  move: string;
  /** The message rebuilt for boardgame.io's `update` handler: [action, stateID, matchID, playerID]. */
  args: [{ type: 'MAKE_MOVE'; payload: { type: string; args: unknown[]; playerID: string; credentials: string } }, number, string, string];
}

export interface GatedSync {
  matchID: string;
  /** [matchID, playerID, credentials]: a spectator has neither. */
  args: [string, string | null, string | undefined];
}

const refuse = (reason: SocketRefusal): { ok: false; reason: SocketRefusal } => ({ ok: false, reason });

export function isMatchId(value: unknown): value is string {
  return typeof value === 'string' && MATCH_ID.test(value);
}

function isCredentials(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_CREDENTIALS_LENGTH && isCleanText(value);
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `update`: a MAKE_MOVE of one of the game's moves, for the seat whose credentials it carries, with plain arguments that fit the largest legal move. */
export function gateMove(message: readonly unknown[], rules: GateRules): Verdict<GatedMove> {
  const [action, stateID, matchID, playerID] = message;
  if (!isMatchId(matchID)) return refuse('BAD_MATCH_ID');
  const a = record(action);
  const payload = record(a?.payload);
  if (!a || !payload || a.type !== 'MAKE_MOVE') return refuse('NOT_A_MOVE');
  if (typeof payload.type !== 'string' || !rules.moves.has(payload.type)) return refuse('UNKNOWN_MOVE');
  if (typeof playerID !== 'string' || !rules.seats.has(playerID) || payload.playerID !== playerID) return refuse('NOT_YOUR_SEAT');
  if (!isCredentials(payload.credentials)) return refuse('BAD_CREDENTIALS');
  if (typeof stateID !== 'number' || !Number.isSafeInteger(stateID) || stateID < 0) return refuse('BAD_STATE_ID');
  const args = payload.args ?? [];
  if (!Array.isArray(args) || args.length > MOVE_ARGS_LIMITS.maxArgs) return refuse('NOT_A_MOVE');
  // Prose: a decision memo may hold line breaks (the rules judge its text; this only keeps it storable).
  const problem = jsonProblem(args, { ...MOVE_ARGS_LIMITS, text: 'prose' });
  if (problem) return refuse(problem);
  const clean = { type: 'MAKE_MOVE' as const, payload: { type: payload.type, args: args as unknown[], playerID, credentials: payload.credentials } };
  return { ok: true, value: { matchID, playerID, move: payload.type, args: [clean, stateID, matchID, playerID] } };
}

/** `sync`: a match id of ours, and a seat with credentials or a spectator (whether the match exists is the transport's question). */
export function gateSync(message: readonly unknown[], rules: GateRules): Verdict<GatedSync> {
  const [matchID, playerID, credentials] = message;
  if (!isMatchId(matchID)) return refuse('BAD_MATCH_ID');
  if (playerID === null || playerID === undefined) return { ok: true, value: { matchID, args: [matchID, null, undefined] } };
  if (typeof playerID !== 'string' || !rules.seats.has(playerID)) return refuse('NOT_YOUR_SEAT');
  if (!isCredentials(credentials)) return refuse('BAD_CREDENTIALS');
  return { ok: true, value: { matchID, args: [matchID, playerID, credentials] } };
}
