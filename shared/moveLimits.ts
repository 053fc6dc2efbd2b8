import { ACTIONS, ACTIONS_PER_ROUND } from './data/actions';
import { CONCESSIONS } from './data/concessions';
import { EVENTS } from './data/events';
import { fillMark, FILLERS } from './fills';
import { VENUES } from './data/venues';
import { ROLES } from './roles';
import { MEMO_MAX_LENGTH } from './rules/orders';
import { MAX_ITEMS_PER_PACKAGE } from './rules/summitRules';

/**
 * How large a move's arguments can be while still being legal, derived from the data tables:
 * the server refuses anything larger before the rules see it (a legal move never is). Every move
 * takes at most one input, built from ids of the tables, roles, ids the state counts up
 * (proposals "p12", commitments "c34") and a memo of bounded length, then the server's fill mark
 * (shared/fills.ts); so the largest legal arguments of each move can be written down: the longest
 * ids, the most items a package or an order holds, every commitment a role could be bound by.
 * test/ruleset/moveLimits.test.ts checks that every move of random games fits.
 */
export interface MoveArgsLimits {
  /** Arguments after the move name: an input and the server's fill mark at most. */
  readonly maxArgs: number;
  /** Nesting of the arguments array itself (1) and what it holds. */
  readonly maxDepth: number;
  /** Length of the arguments written as JSON. */
  readonly maxJsonLength: number;
}

const longest = (ids: readonly string[]): string => ids.reduce((a, b) => (b.length > a.length ? b : a), '');

/** Ids the state counts up (nextId) never outgrow a safe integer. */
const countedId = (prefix: string, n = 0): string => `${prefix}${String(Number.MAX_SAFE_INTEGER - n)}`;

const concession = longest(Object.keys(CONCESSIONS));
const options = Object.values(EVENTS).flatMap((e) => (e.choice ? e.choice.options.map((o) => o.id) : []));

/** For each move, its largest legal input (larger than any a game can produce). */
const LARGEST_LEGAL_INPUTS: readonly unknown[] = [
  { option: longest(options) },
  { to: [...ROLES], venue: longest(Object.keys(VENUES)), offers: Array<string>(MAX_ITEMS_PER_PACKAGE).fill(concession), asks: [] },
  { proposalId: countedId('p'), answer: 'accepted' },
  { proposalId: countedId('p'), offers: Array<string>(MAX_ITEMS_PER_PACKAGE).fill(concession), asks: [] },
  { proposalId: countedId('p') },
  // A role is bound by at most one commitment per concession (a concession in force cannot be agreed again).
  {
    actions: Array<string>(ACTIONS_PER_ROUND).fill(longest(Object.keys(ACTIONS))),
    commitments: Object.fromEntries(Object.keys(CONCESSIONS).map((_, i) => [countedId('c', i), 'comply'])),
    memo: 'x'.repeat(MEMO_MAX_LENGTH),
  },
];
const LARGEST_LEGAL_ARGS = LARGEST_LEGAL_INPUTS.map((input) => [input, fillMark(longest(FILLERS) as (typeof FILLERS)[number])]);

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

export const MOVE_ARGS_LIMITS: MoveArgsLimits = {
  maxArgs: Math.max(...LARGEST_LEGAL_ARGS.map((args) => args.length)),
  maxDepth: Math.max(...LARGEST_LEGAL_ARGS.map(depthOf)),
  maxJsonLength: Math.max(...LARGEST_LEGAL_ARGS.map((args) => JSON.stringify(args).length)),
};
