import { ACTIONS, actionsOf, type ActionId } from '../data/actions';
import { AGENDA_POINTS, AGENDAS, agendasOf } from '../data/agendas';
import { CONCESSIONS, concessionsOf, type ConcessionId } from '../data/concessions';
import { OBJECTIVES, COUNTS, type Measure } from '../data/objectives';
import { SCENARIOS, type ScenarioId } from '../data/scenarios';
import { applyEffects, describeEffects, type Effect } from '../effects';
import { DEFAULT_SCENARIO, normaliseOptions } from '../options';
import { RESOLUTION_ORDER, ROLE_NAMES, ROLES, type Role } from '../roles';
import { createInitialState } from '../rules/setup';
import { measureExact } from '../scoring';
import type { PeninsulaState } from '../state';
import { TRACK_INFO } from '../tracks';
import { ROLE_NOTES } from './roleNotes';

/**
 * A quick card per role, computed from the ruleset's tables: what it scores, the two agendas it may
 * draw, the orders that score it most on the opening board, and what each other role would gain
 * from its orders and concessions. Only the historical line and the tip are written by hand.
 */
export const CARD_SCENARIO: ScenarioId = DEFAULT_SCENARIO;

export interface CardItem {
  readonly kind: 'order' | 'concession';
  readonly id: ActionId | ConcessionId;
  readonly label: string;
  readonly effects: string;
  /** Points the role in question would gain on the opening board, to one decimal. */
  readonly gain: number;
}

export interface RoleCardData {
  readonly role: Role;
  readonly name: string;
  readonly objectives: readonly { label: string; scoring: string }[];
  readonly agendas: readonly { label: string; explain: string }[];
  readonly agendaPoints: number;
  readonly strongestOrders: readonly CardItem[];
  readonly othersWant: readonly { role: Role; name: string; items: readonly CardItem[] }[];
  /** 1 = resolves first. */
  readonly resolvesAt: number;
  readonly historicalLine: string;
  readonly tip: string;
}

export function measureText(m: Measure): string {
  if (m.kind === 'track') return m.want === 'high' ? `${TRACK_INFO[m.track].label} (its value)` : `10 − ${TRACK_INFO[m.track].label}`;
  if (m.kind === 'average') return `${m.want === 'high' ? '' : '10 − '}average of ${m.tracks.map((t) => TRACK_INFO[t].label).join(' and ')}`;
  return `${m.pointsEach} per ${COUNTS[m.count].label}, at most 10`;
}

function objectiveScore(G: PeninsulaState, role: Role): number {
  return OBJECTIVES[role].reduce((sum, term) => sum + measureExact(G, term.measure), 0);
}

function openingBoard(): PeninsulaState {
  return createInitialState(normaliseOptions({ scenario: CARD_SCENARIO }));
}

/** What `role` gains when `change` is made to the opening board (a fresh copy each time). */
function gainFor(role: Role, change: (G: PeninsulaState) => void): number {
  const before = openingBoard();
  const after = openingBoard();
  change(after);
  return Math.round((objectiveScore(after, role) - objectiveScore(before, role)) * 10) / 10;
}

function orderItem(action: ActionId, forRole: Role): CardItem {
  const def = ACTIONS[action];
  const gain = gainFor(forRole, (G) => {
    applyEffects(G, def.effects);
    G.timesUsed[action] = 1;
  });
  return { kind: 'order', id: action, label: def.label, effects: describeEffects(def.effects), gain };
}

function concessionItem(concession: ConcessionId, forRole: Role): CardItem {
  const def = CONCESSIONS[concession];
  const agreement = (items: ConcessionId[]) => ({
    id: 'card',
    round: 1,
    venue: 'singapore' as const,
    parties: [def.role, forRole],
    items,
    kind: 'deal' as const,
  });
  // Both sides of the difference sign an agreement, so only the item itself is counted, not the signature.
  const base = openingBoard();
  base.agreements.push(agreement([]));
  const withItem = openingBoard();
  withItem.agreements.push(agreement([concession]));
  applyEffects(withItem, def.effects as readonly Effect[]);
  const gain = Math.round((objectiveScore(withItem, forRole) - objectiveScore(base, forRole)) * 10) / 10;
  return { kind: 'concession', id: concession, label: def.label, effects: describeEffects(def.effects), gain };
}

const byGain = (a: CardItem, b: CardItem) => b.gain - a.gain || a.label.localeCompare(b.label);

export function roleCard(role: Role): RoleCardData {
  const strongestOrders = actionsOf(role)
    .map((a) => orderItem(a, role))
    .filter((i) => i.gain > 0)
    .sort(byGain)
    .slice(0, 3);
  const othersWant = ROLES.filter((r) => r !== role).map((other) => ({
    role: other,
    name: ROLE_NAMES[other],
    items: [...actionsOf(role).map((a) => orderItem(a, other)), ...concessionsOf(role).map((c) => concessionItem(c, other))]
      .filter((i) => i.gain > 0)
      .sort(byGain)
      .slice(0, 2),
  }));
  return {
    role,
    name: ROLE_NAMES[role],
    objectives: OBJECTIVES[role].map((t) => ({ label: t.label, scoring: measureText(t.measure) })),
    agendas: agendasOf(role).map((id) => ({ label: AGENDAS[id].label, explain: AGENDAS[id].explain })),
    agendaPoints: AGENDA_POINTS,
    strongestOrders,
    othersWant,
    resolvesAt: RESOLUTION_ORDER.indexOf(role) + 1,
    historicalLine: ROLE_NOTES[role].historicalLine,
    tip: ROLE_NOTES[role].tip,
  };
}

export function ordinalWord(n: number): string {
  return ['first', 'second', 'third', 'fourth', 'fifth'][n - 1] ?? String(n);
}

export const CARD_SCENARIO_LABEL = SCENARIOS[CARD_SCENARIO].label;
