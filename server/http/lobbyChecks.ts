import { isPlainText } from '../../shared/plainText';
import { refuse, type Refusal } from '../../shared/api/errors';
import { MAX_NAME_LENGTH } from '../../shared/api/limits';
import { NUM_PLAYERS, validateSetupData } from '../../shared/options';

/** Join data (`data`) a seat may carry in the Lobby's metadata. */
export const MAX_DATA_BYTES = 1024;

function nameRefusal(name: unknown, field: string): Refusal | null {
  if (typeof name !== 'string' || name.trim().length === 0)
    return refuse('BAD_INPUT', `${field} is required: a display name of 1 to ${MAX_NAME_LENGTH} characters.`);
  if (name.length > MAX_NAME_LENGTH) return refuse('BAD_INPUT', `${field} must be at most ${MAX_NAME_LENGTH} characters.`);
  if (!isPlainText(name, 'line')) return refuse('BAD_INPUT', `${field} must not contain control characters.`);
  return null;
}

/** What the Lobby's routes take, checked before boardgame.io sees it (it stores what it is given). */
export const lobbyChecks = {
  create(body: Record<string, unknown>): Refusal | null {
    const problem = validateSetupData(body.setupData, Number(body.numPlayers ?? NUM_PLAYERS));
    return problem ? refuse('BAD_INPUT', problem) : dataRefusal(body);
  },
  join(body: Record<string, unknown>): Refusal | null {
    const name = nameRefusal(body.playerName, 'playerName');
    if (name) return name;
    if (body.playerID !== undefined && !/^[0-4]$/.test(String(body.playerID))) return refuse('BAD_SEAT', 'playerID must be a seat from "0" to "4".');
    return dataRefusal(body);
  },
  update(body: Record<string, unknown>): Refusal | null {
    return (body.newName !== undefined ? nameRefusal(body.newName, 'newName') : null) ?? dataRefusal(body);
  },
  other: dataRefusal,
};

function dataRefusal(body: Record<string, unknown>): Refusal | null {
  if (body.data !== undefined && JSON.stringify(body.data).length > MAX_DATA_BYTES)
    return refuse('BAD_INPUT', `data must be at most ${MAX_DATA_BYTES} bytes of JSON.`);
  return null;
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
