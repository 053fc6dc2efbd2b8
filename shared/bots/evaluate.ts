import { ACTIONS, ACTIONS_PER_ROUND, type ActionId } from '../data/actions';
import { AGENDA_POINTS, AGENDAS, type AgendaId } from '../data/agendas';
import { OBJECTIVES } from '../data/objectives';
import { NORMALISATION, OUTCOMES, type OutcomeId } from '../data/outcomes';
import { ROLES, type Role } from '../roles';
import { randomInt, seedFromString } from '../rng';
import { compliantActions } from '../rules/orders';
import { armsRaceThreshold, combinedDefence } from '../rules/upkeep';
import { countAgreementsWith } from '../queries';
import { measure, outcomeOf } from '../scoring';
import { MIN_RAPPORT_FOR_DIRECT_SUMMIT } from '../rules/summitRules';
import type { PeninsulaState } from '../state';
import type { BotTraits } from './personalities';
import { whatIfCopy } from './whatIf';

/** Brinkmanship pays up to the top of the track: a hawk sees leverage all the way to the brink. */
export const LEVERAGE_UP_TO = 10;
/** The two leaders whose summits need rapport (or a mediator at the table). */
const LEADERS: readonly Role[] = ['US', 'DPRK'];
/** What a war is worth to every role: everyone loses. */
export const WAR_VALUE = -60;

/** 0 far from a threshold, 1 at it: how close `value` has come to `threshold` over `span` steps. */
function closeness(value: number, threshold: number, span: number): number {
  return Math.max(0, Math.min(1, 1 - (threshold - value) / span));
}

/**
 * Bots look ahead a little: the outcome the board is drifting toward already counts, in
 * proportion to how close it is, so a bot does not sign away the peninsula one point at a time.
 */
function foresight(G: PeninsulaState, role: Role): number {
  const normalisation = closeness(G.tracks.capability, NORMALISATION.capability, 4) * closeness(G.tracks.legitimacy, NORMALISATION.legitimacy, 4);
  const armsRace = closeness(combinedDefence(G.tracks), armsRaceThreshold(G), 4);
  return OUTCOMES.nuclearNormalisation.bonus[role] * normalisation + OUTCOMES.armsRace.bonus[role] * armsRace;
}

/**
 * How far a counting agenda has come (0–1), for a bot that seeks it halfway: the US's two summits
 * with Pyongyang score nothing until the second, so a bot that valued only the met agenda never sought the first.
 */
const AGENDA_PROGRESS: Partial<Record<AgendaId, (G: PeninsulaState) => number>> = {
  usTwoSummits: (G) => Math.min(1, countAgreementsWith(G, 'US', 'DPRK') / 2),
};

/**
 * What a bot counts its agenda as: 2 points, what it scored until balance pass 20 made it 1. At its new worth
 * North Korea's bots stopped working for recognition ("A recognised nuclear state" met 48 to 42% of its draws) and
 * North Korea fell from 16.5% to 15.7% of 3,600 tuning games; valued as before, the bots play as before.
 */
const AGENDA_WEIGHT = 2 * AGENDA_POINTS;

function agendaValue(G: PeninsulaState, role: Role, traits: BotTraits): number {
  const agendaId = G.private[role]?.agenda ?? null;
  if (agendaId === null) return 0;
  if (AGENDAS[agendaId].met(G)) return AGENDA_WEIGHT;
  const progress = traits.seeksAgendaHalfway ? (AGENDA_PROGRESS[agendaId]?.(G) ?? 0) : 0;
  return AGENDA_WEIGHT * progress;
}

/**
 * What valuing a board reads alike for every role: the outcome it points to and each role's public
 * objectives (worked out on first use). A proposer values one signed board for itself and every
 * invitee, and a rival's score needs the others' objectives: one reading serves them all.
 * Valid only while `G` is not changed.
 */
export interface BoardReading {
  readonly G: PeninsulaState;
  readonly outcome: OutcomeId;
  readonly objectives: Partial<Record<Role, number>>;
}

export function readBoard(G: PeninsulaState): BoardReading {
  return { G, outcome: outcomeOf(G), objectives: {} };
}

function objectivesOf(reading: BoardReading, role: Role): number {
  return (reading.objectives[role] ??= publicObjectives(reading.G, role));
}

/**
 * How good a state is for a role, as the bot sees it: its public objectives, its own agenda,
 * the outcome the board points to, and the fear of war. Reads only what the role may see.
 * `reading`: the board's reading when several valuations of the same `G` share it.
 */
export function valueFor(G: PeninsulaState, role: Role, traits: BotTraits, expectedPush = 0, reading?: BoardReading): number {
  if (G.war !== null) return WAR_VALUE;
  if (reading && reading.G !== G) throw new Error('valueFor: the reading is of another board');
  const board = reading ?? readBoard(G);
  const objectives = objectivesOf(board, role);
  const agenda = agendaValue(G, role, traits);
  const outcome = OUTCOMES[board.outcome].bonus[role] + foresight(G, role);
  // Once the last round is resolved no war can follow: the fear of one (and the hope of leverage) is over.
  const ahead = G.finished ? 0 : 1;
  const danger = ahead * traits.warAversion * Math.max(0, G.tracks.tension + expectedPush - traits.dangerFrom) ** 2 * 0.8;
  const leverage = ahead * traits.brinkmanship * Math.min(G.tracks.tension, LEVERAGE_UP_TO);
  const rivalry = traits.rivalry > 0 ? traits.rivalry * bestRivalScore(board, role) : 0;
  const brink = G.flags.brink && !G.finished ? traits.brinkDread : 0;
  // Without rapport the two leaders meet only with a mediator, and every invitee must sign: a bot that loves a deal values the line.
  const channel = LEADERS.includes(role) && G.tracks.rapport >= MIN_RAPPORT_FOR_DIRECT_SUMMIT ? traits.agreementLove : 0;
  return objectives + agenda + outcome + leverage + channel - danger - rivalry - brink;
}

/** How close a rival must come to the lead before it counts as much as the leader (a soft maximum's temperature, in points). */
const RIVAL_SPREAD = 2;

/**
 * The score of the other roles that the bot plays against: the highest public score (public
 * objectives and outcome; agendas are secret), softened so that a rival one or two points behind
 * the leader still counts: any of them may overtake with its hidden agenda.
 */
function bestRivalScore(reading: BoardReading, role: Role): number {
  const outcome = OUTCOMES[reading.outcome].bonus;
  // Loops, not filter/map/reduce: bots value boards tens of thousands of times a game (same sums, same order).
  // Two passes over the roles and no array: objectivesOf reads the reading's memo the second time (same scores, same order).
  let best = -Infinity;
  for (const other of ROLES) if (other !== role) best = Math.max(best, objectivesOf(reading, other) + outcome[other]);
  let sum = 0;
  for (const other of ROLES) if (other !== role) sum += Math.exp((objectivesOf(reading, other) + outcome[other] - best) / RIVAL_SPREAD);
  return best + RIVAL_SPREAD * Math.log(sum);
}

function publicObjectives(G: PeninsulaState, role: Role): number {
  return OBJECTIVES[role].reduce((sum, term) => sum + measure(G, term.measure), 0);
}

/** The tension an action's unconditional effects add (negative if it calms). */
function tensionOf(action: ActionId): number {
  return ACTIONS[action].effects.reduce((sum, e) => sum + ('track' in e && e.track === 'tension' ? e.by : 0), 0);
}

/**
 * A simple model of the other players: they will do about what they did last round. The tension
 * their last orders added is what a bot expects on top of its own orders, so a bot among
 * escalating players calms down early instead of finding out at 10. Nothing before round 2.
 */
export function expectedPushFromOthers(G: PeninsulaState, role: Role): number {
  const last = G.history.at(-1);
  if (!last) return 0;
  let push = 0;
  for (const [other, actions] of Object.entries(last.orders) as [Role, ActionId[]][]) {
    if (other !== role) for (const a of actions) push += tensionOf(a);
  }
  return Math.max(0, push);
}

/** The others' orders in one possible round, as a bot imagines it. */
export type ImaginedOrders = Partial<Record<Role, readonly ActionId[]>>;

/**
 * `count` possible rounds: in each, every other role orders two different actions drawn at random
 * from those it can order while keeping its commitments. A bot cannot know what the others will
 * order, so it weighs its own orders against a spread of what they could. Seeded by `key`: the same
 * state gives the same rounds.
 */
export function imaginedRounds(G: PeninsulaState, role: Role, count: number, key: string): ImaginedOrders[] {
  const stream = { rng: seedFromString(key) };
  const options = ROLES.filter((other) => other !== role).map((other) => [other, compliantActions(G, other)] as const);
  const rounds: ImaginedOrders[] = [];
  for (let k = 0; k < count; k++) {
    const round: ImaginedOrders = {};
    for (const [other, actions] of options) {
      if (actions.length < ACTIONS_PER_ROUND) continue;
      const first = randomInt(stream, actions.length);
      const second = (first + 1 + randomInt(stream, actions.length - 1)) % actions.length;
      round[other] = [actions[first]!, actions[second]!];
    }
    rounds.push(round);
  }
  return rounds;
}

/** Puts imagined orders for the other roles into a what-if copy (their slices are not in a bot's view). */
export function imagineOrders(copy: PeninsulaState, round: ImaginedOrders): void {
  for (const [other, actions] of Object.entries(round) as [Role, ActionId[]][]) {
    copy.private[other] = { agenda: null, orders: { actions, commitments: {} }, unseenBreaches: [] };
  }
}

/** The value of a hypothetical: run `change` on a copy and compare. */
export function gainFrom(
  G: PeninsulaState,
  role: Role,
  traits: BotTraits,
  change: (copy: PeninsulaState) => void,
  expectedPush = 0,
  base = valueFor(G, role, traits, expectedPush),
): number {
  const copy = whatIfCopy(G);
  change(copy);
  return valueFor(copy, role, traits, expectedPush) - base;
}
