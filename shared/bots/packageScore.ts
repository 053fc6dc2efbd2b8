import { CONCESSION_IDS, type ConcessionId } from '../data/concessions';
import { VENUE_IDS, type VenueId } from '../data/venues';
import { nextRandom, seedFromString } from '../rng';
import { ROLES, type Role } from '../roles';
import { formAgreement } from '../rules/agreements';
import type { PeninsulaState, Proposal } from '../state';
import { readBoard, valueFor, type BoardReading } from './evaluate';
import { signedWhatIfCopy } from './whatIf';
import type { PackageInput } from './packages';
import { PERSONALITY_TRAITS, type BotTraits } from './personalities';
import { boardValues, valuationBoard } from './valuations';

/** How a bot reads another role when it guesses whether a package will be accepted. */
export const PARTNER_MODEL = PERSONALITY_TRAITS.dealmaker;

/** A deterministic jitter in [0, 0.5) so equal options do not always resolve the same way. */
export function jitter(G: PeninsulaState, playerID: string, key: string): number {
  return jitterAfter(jitterSeed(G, playerID), key);
}

/** The hash of jitter's text up to `key` (FNV-1a goes on from it): a scorer works it out once for the hundreds of packages it weighs. */
function jitterSeed(G: PeninsulaState, playerID: string): number {
  return seedFromString(`${G.round}|${G.nextId}|${playerID}|`);
}

function jitterAfter(seed: number, key: string): number {
  return nextRandom(seedFromString(key, seed))[0] / 2;
}

/*
 * A package's key among the values remembered for a board: one character per role, venue and item,
 * in order, each kind in a range of its own, so two keys are equal exactly when the packages are (the
 * same parties, venue, offers and asks, in the same order). A scorer looks up thousands of packages
 * a game; their JSON text is ~80 characters to write and to hash, the key a few. The jitter still
 * reads the JSON text, written once per remembered package. test/sim/packageKey.test.ts.
 */
const ROLE_CODES = new Map<Role, number>(ROLES.map((r, i) => [r, 0x100 + i]));
const VENUE_CODES = new Map<VenueId, number>(VENUE_IDS.map((v, i) => [v, 0x200 + i]));
const OFFER_CODES = new Map<ConcessionId, number>(CONCESSION_IDS.map((c, i) => [c, 0x1000 + i]));
const ASK_CODES = new Map<ConcessionId, number>(CONCESSION_IDS.map((c, i) => [c, 0x2000 + i]));
const codes: number[] = [];

/** `input`'s key (see above); an id no table knows falls back to its JSON text, which starts with `{`, below every code. */
export function packageKey(input: PackageInput): string {
  codes.length = 0;
  for (const r of input.to) codes.push(ROLE_CODES.get(r) ?? -1);
  codes.push(VENUE_CODES.get(input.venue) ?? -1);
  for (const c of input.offers) codes.push(OFFER_CODES.get(c) ?? -1);
  for (const c of input.asks) codes.push(ASK_CODES.get(c) ?? -1);
  return codes.includes(-1) ? JSON.stringify(input) : String.fromCharCode.apply(null, codes);
}

/** The board as it would be if `proposal` were signed now: one what-if copy that every party can value. */
function signedCopy(G: PeninsulaState, proposal: Proposal): PeninsulaState {
  const copy = signedWhatIfCopy(G);
  formAgreement(copy, { ...proposal, answers: {}, status: 'agreed' });
  return copy;
}

/** A package signed by `from` on `board`, with the one reading of it that the proposer and every invitee share. */
interface SignedBoard {
  board: PeninsulaState;
  reading: BoardReading;
}

function signedBoard(board: PeninsulaState, from: Role, input: PackageInput): SignedBoard {
  const copy = signedCopy(board, { id: 'draft', round: board.round, from, answers: {}, status: 'open', ...input });
  return { board: copy, reading: readBoard(copy) };
}

/** What signing is worth to `role` (`base`: its value of the board unsigned; `reading`: of the signed board, shared by its parties). */
function gainOfSigning(signed: PeninsulaState, role: Role, traits: BotTraits, base: number, reading?: BoardReading): number {
  return valueFor(signed, role, traits, 0, reading) - base + traits.agreementLove;
}

/** What signing `proposal` now is worth to `role`: the judgement behind every answer a bot gives, at the table or in press. */
export function packageGain(G: PeninsulaState, role: Role, traits: BotTraits, proposal: Proposal, base = valueFor(G, role, traits)): number {
  return gainOfSigning(signedCopy(G, proposal), role, traits, base);
}

/** A package's rank among the proposer's options (`score`) and what signing it is worth to the proposer alone (`mine`). */
export interface PackageScore {
  score: number;
  mine: number;
}

/** When a bot would put a package forward: the rules allow it, it gains at least `floor`, and (unless it asks boldly) the invitees should accept. */
export interface ScoringRule {
  allowed: (input: PackageInput) => boolean;
  floor: number;
  asksBoldly: boolean;
}

/**
 * Scores packages `role` could put forward on the board `G`, or null for one it would not: the same
 * weighing for a first proposal and for a counter. The unsigned board is valued once for every package,
 * and what signing a package is worth is remembered for the next time `role` weighs it on this board
 * (valuations.ts); whether the rules allow it and the jitter are worked out afresh on `G` (the rules only
 * for a package not already remembered as below the bar: null either way).
 */
export function packageScorer(
  G: PeninsulaState,
  playerID: string,
  role: Role,
  traits: BotTraits,
  rule: ScoringRule,
): (input: PackageInput) => PackageScore | null {
  const board = valuationBoard(G);
  const values = boardValues(board, role, traits, () => {
    const unsigned = readBoard(board);
    return {
      myBase: valueFor(board, role, traits, 0, unsigned),
      partnerBase: Object.fromEntries(ROLES.map((r) => [r, valueFor(board, r, PARTNER_MODEL, 0, unsigned)])) as Record<Role, number>,
    };
  });
  const seed = jitterSeed(G, playerID);
  return (input) => {
    const key = packageKey(input);
    let value = values.packages.get(key);
    // A package remembered as not worth it is passed over before the rules are asked (null either way):
    // most are, and asking the rules cost more than the rest of a remembered package's weighing.
    if (value && (value.mine < rule.floor || (!rule.asksBoldly && value.theirs !== undefined && value.theirs < PARTNER_MODEL.acceptThreshold))) return null;
    if (!rule.allowed(input)) return null;
    let signed: SignedBoard | undefined;
    if (!value) {
      signed = signedBoard(board, role, input);
      value = { mine: gainOfSigning(signed.board, role, traits, values.myBase, signed.reading) };
      values.packages.set(key, value);
    }
    const { mine } = value;
    if (mine < rule.floor) return null;
    // A bold bot asks for what it wants and lets the other side say no; the others propose only what they expect accepted.
    if (!rule.asksBoldly && value.theirs === undefined) {
      const { board: copy, reading } = (signed ??= signedBoard(board, role, input));
      let theirs = Infinity;
      for (const partner of input.to) theirs = Math.min(theirs, gainOfSigning(copy, partner, PARTNER_MODEL, values.partnerBase[partner], reading));
      value.theirs = theirs;
    }
    const theirs = rule.asksBoldly ? null : value.theirs!;
    if (theirs !== null && theirs < PARTNER_MODEL.acceptThreshold) return null;
    // The jitter reads the package's text (its items in order, which the signing follows), written once per remembered package.
    value.text ??= JSON.stringify(input);
    return { score: mine + (theirs ?? 0) / 2 + jitterAfter(seed, value.text), mine };
  };
}
