import type { State } from 'boardgame.io';

/**
 * A move's state written as what changed since the last whole state stored (its base), not whole.
 *
 * A late state is ~17 KB of JSON, and a move changes a few of its parts: `ctx`, the random plugin, and
 * three or four of `G`'s ~30 keys (bot games: 3.3 KB written per move on average instead of 11.4 KB).
 * The database holds, per match:
 * - `state`: the base, written whole with `G` as its last key, so its text ends with G's `}` and the
 *   state's `}`;
 * - `state_g_patch` and `state_top_patch`: the entries (`"key":value,…`, no braces) of `G` and of the
 *   state's top level that differ from the base, or NULL when the base is the current state;
 * - `state_base`: the state id of the base, so a patch is only ever written onto the base it was made against.
 * The current state is the base's text with the G entries inserted before G's `}` and the top-level ones
 * before the state's: JSON with a key twice, where the later value wins (JSON.parse, which both drivers
 * use, keeps the key where it first stood and takes the last value). STATE_COLUMN is that expression:
 * every reader (SqlStorage.fetch, the restore) selects the state through it and gets the parsed state.
 */
export const STATE_COLUMN = `(CASE WHEN state_top_patch IS NULL THEN state
  ELSE left(state, -2) || CASE WHEN state_g_patch = '' THEN '' ELSE ',' || state_g_patch END || '},' || state_top_patch || '}'
  END)::json AS state`;

/** A patch larger than this share of its base's text is not worth it: the whole state is written, and becomes the base. */
export const MAX_PATCH_SHARE = 0.5;

/** A whole state as this process wrote it: the object (frozen), its id and its text's length. */
export interface Base {
  id: number;
  state: Readonly<State>;
  bytes: number;
}

/** A state's text with `G` last (see above); the same JSON as JSON.stringify(state) but for the order of the top-level keys. */
export function baseText(state: Readonly<State>): string {
  const { G, ...rest } = state;
  return JSON.stringify({ ...rest, G });
}

type Entries = Readonly<Record<string, unknown>>;

/**
 * The entries of `next` that are not the very values of `base` (compared by reference: both are frozen,
 * and boardgame.io's reducer keeps every part a move did not change), as JSON text; undefined when the
 * two do not have the same keys (a patch can add a value but not take one away) or a changed value has
 * no JSON (undefined: the base's value would show through).
 */
function changedEntries(base: Entries, next: Entries, skip?: string): string[] | undefined {
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(base).length) return undefined;
  const out: string[] = [];
  for (const key of keys) {
    if (key === skip) continue;
    if (!Object.hasOwn(base, key)) return undefined;
    const value = next[key];
    if (value === base[key]) continue;
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return undefined;
    out.push(`${JSON.stringify(key)}:${text}`);
  }
  return out;
}

const isRecord = (value: unknown): value is Entries => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The patch that turns `base` into `next`, or undefined when the whole state should be written instead. */
export function patchOf(base: Base, next: Readonly<State>): { g: string; top: string } | undefined {
  const { G: baseG } = base.state;
  const { G: nextG } = next;
  // The base's text must end with a G that has entries ("…}}"), so the G entries can go before its brace.
  if (!isRecord(baseG) || !isRecord(nextG) || Object.keys(baseG).length === 0) return undefined;
  const g = changedEntries(baseG, nextG);
  const top = changedEntries(base.state as unknown as Entries, next as unknown as Entries, 'G');
  // The top level always changes (`_stateID`); nothing changed there means no newer state to write.
  if (!g || !top || top.length === 0) return undefined;
  const patch = { g: g.join(','), top: top.join(',') };
  return patch.g.length + patch.top.length > base.bytes * MAX_PATCH_SHARE ? undefined : patch;
}
