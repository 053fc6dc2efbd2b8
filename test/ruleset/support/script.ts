import { isActionId, type ActionId } from '../../../shared/data/actions';
import type { ConcessionId } from '../../../shared/data/concessions';
import type { EventId } from '../../../shared/data/events';
import type { VenueId } from '../../../shared/data/venues';
import type { RejectionCode } from '../../../shared/rejection';
import { isRole, playerOfRole, ROLES, type Role } from '../../../shared/roles';
import { checkCrisisChoice } from '../../../shared/rules/crisis';
import { availableActions, bindingCommitments, checkOrders } from '../../../shared/rules/orders';
import { checkCounter, checkDone, checkPropose, checkRespond, checkWalkOut } from '../../../shared/rules/summits';
import { applyMove, type MatchState } from '../../../tools/sim/headless';
import type { CommitmentChoice, Orders, PeninsulaState } from '../../../shared/state';
import { FLAGS, TRACKS, type Tracks } from '../../../shared/tracks';
import { newMatch } from '../../support/match';

/**
 * Scripted rounds in a short notation, one line a move, for scenario fixtures:
 *
 *   US propose DPRK @singapore give:partialSanctionsRelief get:testMoratorium
 *   DPRK accept #1                      (#n: the n-th proposal of this round)
 *   DPRK counter #1 give:freezeYongbyon get:usHumanitarianAid
 *   US walkout #1        US reject #1        US done        all done
 *   DPRK orders missileTest cyberOperation breach:testMoratorium   (other commitments: comply)
 *   others quiet        (every seat without orders gives its QUIET orders)
 *   US choose walkOut   (a crisis card's choice)
 *
 * A refused line throws with the rule's reason, so a fixture never silently does less than it says.
 */

/** Orders that touch few tracks and start nothing: what the seats a scenario is not about do. */
/** None of them touches rapport or legitimacy, so a breach's cost shows clean against a control run. */
export const QUIET: Readonly<Record<Role, readonly [ActionId, ActionId]>> = {
  US: ['reassureAllies', 'pressChina'],
  DPRK: ['sanctionsEvasion', 'armsExports'],
  ROK: ['coordinateWithWashington', 'demandAssurances'],
  PRC: ['enforceSanctions', 'openBorderTrade'],
  JPN: ['missileDefence', 'trilateralCoordination'],
};

/**
 * Seoul's quiet orders cannot all be given every round (balance pass 10: coordination not two rounds running, a demand
 * only with trust at 7 or less): when its pair is unavailable it gives the first of these that is, still without rapport or legitimacy.
 */
const QUIET_ROTATION: Readonly<Partial<Record<Role, readonly (readonly [ActionId, ActionId])[]>>> = {
  ROK: [
    ['coordinateWithWashington', 'rokBolsterDefence'],
    ['demandAssurances', 'rokBolsterDefence'],
    ['interKoreanProject', 'rokBolsterDefence'],
  ],
};

/** The quiet orders a role gives this round: its QUIET pair, or the first pair of its rotation that it may order now. */
function quietOrders(G: PeninsulaState, role: Role): readonly [ActionId, ActionId] {
  const available = availableActions(G, role);
  const pair = [QUIET[role], ...(QUIET_ROTATION[role] ?? [])].find((p) => p.every((a) => available.includes(a)));
  if (!pair) throw new Error(`${role} has no quiet orders available in round ${G.round}`);
  return pair;
}

export interface FixtureOptions {
  /** Tracks that differ from the mid-board (every track 5). */
  tracks?: Partial<Tracks>;
  moratorium?: boolean;
  rounds?: number;
  /** The cards of the rounds after the first, in order; quiet seasons after them. */
  deck?: EventId[];
}

/**
 * A match at the start of round 1's diplomacy on a known board: every track 5 (room both ways),
 * no flags, no headlines yet, and a deck of quiet seasons unless the fixture names the cards.
 */
export function fixture(options: FixtureOptions = {}): MatchState {
  const start = newMatch({ rounds: options.rounds ?? 6 });
  return edit(start, (G) => {
    G.tracks = { ...(Object.fromEntries(TRACKS.map((t) => [t, 5])) as Tracks), ...options.tracks };
    // Round 1 began on this board: swings are bounded from it.
    G.roundStart = { ...G.tracks };
    for (const flag of FLAGS) G.flags[flag] = false;
    G.flags.moratorium = options.moratorium ?? false;
    G.headlines = [];
    if (G.secret) G.secret.deck = [...(options.deck ?? []), ...Array<EventId>(12).fill('quietRound')];
    G.deckSize = G.secret?.deck.length ?? 0;
  });
}

/** A copy of the match with G changed: the reducer's state is frozen, so fixtures edit a clone. */
export function edit(state: MatchState, change: (G: PeninsulaState) => void): MatchState {
  const G = structuredClone(state.G);
  change(G);
  return { ...state, G };
}

function listOf(words: string[], key: string): string[] {
  const word = words.find((w) => w.startsWith(`${key}:`));
  return word
    ? word
        .slice(key.length + 1)
        .split(',')
        .filter(Boolean)
    : [];
}

function proposalId(G: PeninsulaState, ref: string | undefined): string {
  const index = Number(ref?.replace('#', '')) - 1;
  return G.proposals[index]?.id ?? `missing${ref}`;
}

/** The orders a line gives: its two actions, and comply for every commitment unless it names it with breach:. */
function ordersOf(G: PeninsulaState, role: Role, words: string[]): Orders {
  const breached = listOf(words, 'breach');
  const commitments: Record<string, CommitmentChoice> = {};
  for (const c of bindingCommitments(G, role)) commitments[c.id] = breached.includes(c.concession) ? 'breach' : 'comply';
  return { actions: words.filter((w) => !w.includes(':')) as Orders['actions'], commitments };
}

type Step = { role: Role; move: string; input: unknown; why: () => { code: RejectionCode; message: string } | null };

function stepsOf(G: PeninsulaState, line: string): Step[] {
  const [who, verb, ...rest] = line.trim().split(/\s+/);
  if (who === 'all' && verb === 'done') return ROLES.filter((r) => !G.done[r]).flatMap((r) => stepsOf(G, `${r} done`));
  if (who === 'others' && verb === 'quiet')
    return ROLES.filter((r) => !G.submitted[r]).flatMap((r) => stepsOf(G, `${r} orders ${quietOrders(G, r).join(' ')}`));
  if (!isRole(who)) throw new Error(`"${line}": a line starts with a role, "all" or "others"`);
  const role = who;
  switch (verb) {
    case 'propose': {
      const input = {
        to: (rest[0] ?? '').split('+'),
        venue: (rest[1] ?? '').replace('@', '') as VenueId,
        offers: listOf(rest, 'give'),
        asks: listOf(rest, 'get'),
      };
      return [{ role, move: 'propose', input, why: () => checkPropose(G, role, input) }];
    }
    case 'accept':
    case 'reject': {
      const input = { proposalId: proposalId(G, rest[0]), answer: verb === 'accept' ? 'accepted' : 'rejected' };
      return [{ role, move: 'respond', input, why: () => checkRespond(G, role, input) }];
    }
    case 'counter': {
      const input = { proposalId: proposalId(G, rest[0]), offers: listOf(rest, 'give'), asks: listOf(rest, 'get') };
      return [{ role, move: 'counter', input, why: () => checkCounter(G, role, input) }];
    }
    case 'walkout': {
      const input = { proposalId: proposalId(G, rest[0]) };
      return [{ role, move: 'walkOut', input, why: () => checkWalkOut(G, role, input) }];
    }
    case 'done':
      return [{ role, move: 'done', input: undefined, why: () => checkDone(G, role) }];
    case 'orders': {
      const input = ordersOf(G, role, rest);
      if (!input.actions.every(isActionId)) throw new Error(`"${line}": unknown action`);
      return [{ role, move: 'submitOrders', input, why: () => checkOrders(G, role, input) }];
    }
    case 'choose': {
      const input = { option: rest[0] };
      return [{ role, move: 'chooseCrisisOption', input, why: () => checkCrisisChoice(G, role, input) }];
    }
    default:
      throw new Error(`"${line}": unknown verb ${String(verb)}`);
  }
}

/** Plays the lines in order; throws with the rule's reason if one is refused. */
export function play(state: MatchState, ...lines: string[]): MatchState {
  let s = state;
  for (const line of lines) {
    // Expand against the state as it is when the line is reached (ids and commitments exist by then).
    for (const step of stepsOf(s.G, line)) {
      const next = applyMove(s, playerOfRole(step.role), step.move, step.input === undefined ? [] : [step.input]);
      if (next._stateID === s._stateID) {
        const why = step.why();
        throw new Error(
          `"${line}" was refused (${step.role} ${step.move}): ${why ? `${why.code} ${why.message}` : `not allowed in phase ${String(s.ctx.phase)}`}`,
        );
      }
      s = next;
    }
  }
  return s;
}

/** A round in one call: the diplomacy lines, everyone done, the given orders, the rest quiet. */
export function round(state: MatchState, diplomacy: string[], orders: string[] = []): MatchState {
  return play(state, ...diplomacy, 'all done', ...orders, 'others quiet');
}

/** What changed between two boards, in TRACKS order then flags: `sanctions-2 economy+1 moratorium=true`. */
export function delta(before: Pick<PeninsulaState, 'tracks' | 'flags'>, after: Pick<PeninsulaState, 'tracks' | 'flags'>): string {
  const tracks = TRACKS.filter((t) => after.tracks[t] !== before.tracks[t]).map((t) => {
    const by = after.tracks[t] - before.tracks[t];
    return `${t}${by > 0 ? '+' : ''}${by}`;
  });
  const flags = FLAGS.filter((f) => after.flags[f] !== before.flags[f]).map((f) => `${f}=${after.flags[f]}`);
  return [...tracks, ...flags].join(' ');
}

/** Agreements, commitments and breaches in the notation of the tests: whole results in a few lines. */
export function record(G: PeninsulaState): { agreements: string[]; commitments: string[]; breaches: string[] } {
  return {
    agreements: G.agreements.map((a) => `${a.kind} @${a.venue} round ${a.round}: ${a.parties.join('+')}: ${a.items.join(' ')}`),
    commitments: G.commitments.map((c) => `${c.role} ${c.concession} rounds ${c.madeInRound}-${c.endsAfterRound} ${c.status}`),
    breaches: G.breaches.map((b) => `${b.role} ${b.concession} broken in ${b.round}, exposed in ${b.exposedInRound}`),
  };
}

export function concessionCommitment(G: PeninsulaState, concession: ConcessionId): string {
  const found = G.commitments.find((c) => c.concession === concession);
  if (!found) throw new Error(`No commitment to ${concession}`);
  return found.id;
}
