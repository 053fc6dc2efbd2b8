import { Readable } from 'node:stream';
import type { Context, Next } from 'koa';
import { validateSetupData } from '../../shared/options';
import { HttpError } from './httpError';
import { parseJsonObject, readRawBody } from './jsonBody';

export const MAX_NAME_LENGTH = 32;
export const MAX_DATA_BYTES = 1024;

/** The Lobby routes that change a match's seats: serialised per match (boardgame.io issue #1100). */
const SEAT_ROUTE = /^\/games\/[^/]+\/([^/]+)\/(join|leave|update|rename|playAgain)$|^\/api\/matches\/([^/]+)\/start$/;

function checkName(name: unknown, field: string): void {
  if (typeof name !== 'string' || name.trim().length === 0) throw new HttpError(400, `${field} is required: a display name of 1 to ${MAX_NAME_LENGTH} characters.`);
  if (name.length > MAX_NAME_LENGTH) throw new HttpError(400, `${field} must be at most ${MAX_NAME_LENGTH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new HttpError(400, `${field} must not contain control characters.`);
}

/** Checks a Lobby request body before boardgame.io's route sees it; throws HttpError with a message a person can act on. */
export function checkLobbyBody(path: string, body: Record<string, unknown>): void {
  if (/\/create$/.test(path)) {
    const problem = validateSetupData(body.setupData, Number(body.numPlayers ?? 5));
    if (problem) throw new HttpError(400, problem);
  }
  if (/\/join$/.test(path)) {
    checkName(body.playerName, 'playerName');
    if (body.playerID !== undefined && !/^[0-4]$/.test(String(body.playerID))) throw new HttpError(400, 'playerID must be a seat from "0" to "4".');
  }
  if (/\/(update|rename)$/.test(path) && body.newName !== undefined) checkName(body.newName, 'newName');
  if (body.data !== undefined && JSON.stringify(body.data).length > MAX_DATA_BYTES) throw new HttpError(400, `data must be at most ${MAX_DATA_BYTES} bytes of JSON.`);
}

/**
 * Runs before boardgame.io's Lobby routes: reads and checks the body (then hands the same bytes on,
 * since the Lobby parses the stream itself), serialises seat changes per match, and turns every
 * error into JSON `{ error }` with a 4xx status.
 */
export function lobbyGuard(locks: MatchLocks) {
  return async (ctx: Context, next: Next) => {
    try {
      if (ctx.method === 'POST' && (ctx.path.startsWith('/games/') || ctx.path.startsWith('/api/'))) {
        const raw = await readRawBody(ctx);
        const body = parseJsonObject(raw);
        checkLobbyBody(ctx.path, body);
        const replay = Object.assign(Readable.from([raw]), { headers: ctx.req.headers });
        ctx.req = replay as unknown as typeof ctx.req;
        ctx.state.body = body;
        const match = SEAT_ROUTE.exec(ctx.path);
        const matchID = match?.[1] ?? match?.[3];
        if (matchID) return await locks.run(matchID, next);
      }
      await next();
      if (ctx.method === 'GET' && ctx.path.startsWith('/games/')) ctx.body = withoutSeeds(ctx.body);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : ((error as { status?: number }).status ?? 500);
      const exposed = error instanceof HttpError || (error as { expose?: boolean }).expose === true;
      const message = exposed ? inPlayersWords((error as Error).message) : 'Internal server error.';
      ctx.status = status;
      ctx.body = { error: message };
      if (status >= 500) ctx.app.emit('error', error, ctx);
    }
  };
}

/** boardgame.io's Lobby refusals, reworded for the person who sees them (and never echoing credentials). */
const LOBBY_WORDS: readonly [RegExp, string][] = [
  [/^Invalid credentials .*/, 'Invalid credentials.'],
  [/^Player \d+ not available$/, 'Someone has just taken that seat: choose another role.'],
  [/^Match \S+ reached maximum number of players .*/, 'Every seat is taken: you can watch instead.'],
];

function inPlayersWords(message: string): string {
  const found = LOBBY_WORDS.find(([pattern]) => pattern.test(message));
  return found ? message.replace(found[0], found[1]) : message;
}

/**
 * The Lobby lists each match's setupData to anyone; a seed there would let a player replay the
 * deck in advance, so it never leaves the server.
 */
export function withoutSeeds(body: unknown): unknown {
  const strip = (match: unknown): unknown => {
    const m = match as { setupData?: Record<string, unknown> };
    if (!m || typeof m !== 'object' || !m.setupData || typeof m.setupData !== 'object') return match;
    const { seed: _seed, ...setupData } = m.setupData;
    return { ...m, setupData };
  };
  const listing = body as { matches?: unknown[] };
  if (listing && Array.isArray(listing.matches)) return { ...listing, matches: listing.matches.map(strip) };
  return strip(body);
}

/** One promise chain per match: seat changes happen one after another, never interleaved. */
export class MatchLocks {
  private readonly chains = new Map<string, Promise<unknown>>();

  run<T>(matchID: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(matchID) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const settled = result.catch(() => undefined);
    this.chains.set(matchID, settled);
    void settled.then(() => {
      if (this.chains.get(matchID) === settled) this.chains.delete(matchID);
    });
    return result;
  }
}
