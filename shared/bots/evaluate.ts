import { AGENDA_POINTS, AGENDAS } from '../data/agendas';
import { OBJECTIVES } from '../data/objectives';
import { OUTCOMES } from '../data/outcomes';
import type { Role } from '../roles';
import { measure, outcomeOf } from '../scoring';
import type { PeninsulaState } from '../state';
import type { BotTraits } from './personalities';

/** Tension from which a bot starts to fear war; the fear grows with the square of the distance. */
export const DANGER_FROM = 5;
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
  const normalisation = closeness(G.tracks.capability, 8, 4) * closeness(G.tracks.legitimacy, 7, 4);
  const armsRace = closeness(G.tracks.rokDefence + G.tracks.jpnDefence, 12, 4);
  return OUTCOMES.nuclearNormalisation.bonus[role] * normalisation + OUTCOMES.armsRace.bonus[role] * armsRace;
}

/**
 * How good a state is for a role, as the bot sees it: its public objectives, its own agenda,
 * the outcome the board points to, and the fear of war. Reads only what the role may see.
 */
export function valueFor(G: PeninsulaState, role: Role, traits: BotTraits): number {
  if (G.war !== null) return WAR_VALUE;
  const objectives = OBJECTIVES[role].reduce((sum, term) => sum + measure(G, term.measure), 0);
  const agendaId = G.private[role]?.agenda ?? null;
  const agenda = agendaId !== null && AGENDAS[agendaId].met(G) ? AGENDA_POINTS : 0;
  const outcome = OUTCOMES[outcomeOf(G)].bonus[role] + foresight(G, role);
  const danger = traits.warAversion * Math.max(0, G.tracks.tension - DANGER_FROM) ** 2 * 0.8;
  return objectives + agenda + outcome - danger;
}

/** The value of a hypothetical: run `change` on a copy and compare. */
export function gainFrom(G: PeninsulaState, role: Role, traits: BotTraits, change: (copy: PeninsulaState) => void): number {
  const copy = structuredClone(G);
  change(copy);
  return valueFor(copy, role, traits) - valueFor(G, role, traits);
}
