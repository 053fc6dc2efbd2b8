import { ROLES, type Role } from '../roles';
import type { PeninsulaState } from '../state';
import type { BotTraits } from './personalities';

/*
 * What signing packages is worth, remembered by board. A bot is asked for a move many times a round
 * and weighs a few hundred packages each time, most of them weighed the time before: the board they
 * are valued on changes only when something is signed or walked out of, while the proposals, the
 * answers, who has left the table and the id counter change at every move, and valuing reads none of them.
 * Packages are valued on the board with those parts set aside (`valuationBoard`), so the board's text
 * (its key) settles every value remembered under it: remembered or not, a board gets the same values.
 */

/** Who has left the table or handed in orders, for a board that asks neither. */
const NOBODY: Record<Role, boolean> = Object.freeze(Object.fromEntries(ROLES.map((r) => [r, false])) as Record<Role, boolean>);

/**
 * `G` without what valuing packages does not read: the proposals (signing on it lapses none), who is
 * done or has submitted, the filled moves, the headlines, the round records and the id counter (its
 * agreements take ids from 0); the round records are most of the key's length. test/sim/valuations.test.ts values every package both ways and finds the same.
 */
export function valuationBoard(G: PeninsulaState): PeninsulaState {
  return { ...G, proposals: [], done: NOBODY, submitted: NOBODY, filled: [], headlines: [], history: [], nextId: 0 };
}

/** What a package signed is worth to its proposer (`mine`) and to the least keen invitee by the partner model (`theirs`, once asked for). */
export interface PackageValue {
  mine: number;
  theirs?: number;
  /** The package's JSON text (the jitter reads it), once a scorer has needed it. */
  text?: string;
}

/** One board's values for one proposer with one set of traits. */
export interface BoardValues {
  /** The unsigned board's value to the proposer, and to every role by the partner model. */
  myBase: number;
  partnerBase: Record<Role, number>;
  packages: Map<string, PackageValue>;
}

/** Boards remembered at once: a game's five seats a few times over; the oldest is forgotten first. */
const BOARDS_REMEMBERED = 32;
const remembered = new Map<string, BoardValues>();

/** Traits as text, written once per traits object (most are the personality tables' own). */
const traitsTexts = new WeakMap<BotTraits, string>();
function traitsText(traits: BotTraits): string {
  let text = traitsTexts.get(traits);
  if (text === undefined) traitsTexts.set(traits, (text = JSON.stringify(traits)));
  return text;
}

/** The values remembered for `role` (with `traits`) on `board` (a valuationBoard), made with `fresh` the first time. */
export function boardValues(board: PeninsulaState, role: Role, traits: BotTraits, fresh: () => Omit<BoardValues, 'packages'>): BoardValues {
  const key = `${role}|${traitsText(traits)}|${JSON.stringify(board)}`;
  const known = remembered.get(key);
  if (known) {
    // Most recently used last: Map keeps insertion order, so the first key is the one to forget.
    remembered.delete(key);
    remembered.set(key, known);
    return known;
  }
  const values: BoardValues = { ...fresh(), packages: new Map() };
  remembered.set(key, values);
  if (remembered.size > BOARDS_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  return values;
}

/** Forgets every remembered value (tests compare a bot's moves made with and without them). */
export function forgetValuations(): void {
  remembered.clear();
}
