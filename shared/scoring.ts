import { AGENDA_POINTS, AGENDAS, type AgendaId } from './data/agendas';
import { COUNTS, OBJECTIVE_TERM_MAX, OBJECTIVES, type Measure } from './data/objectives';
import { OUTCOME_IDS, OUTCOMES, WAR_BLAME_POINTS, type OutcomeId } from './data/outcomes';
import { breachCount, countAgreementsWith } from './queries';
import { ROLE_NAMES, ROLES, type Role } from './roles';
import type { PeninsulaState, War } from './state';
import { TRACK_MAX } from './tracks';

export interface ScoreLine {
  label: string;
  points: number;
}

export interface RoleScore {
  objectives: ScoreLine[];
  agenda: { id: AgendaId | null; label: string; met: boolean; points: number };
  outcomeBonus: number;
  total: number;
  breaches: number;
  /** Agreements the role signed: the last tie-break. */
  agreements: number;
}

export interface GameResult {
  outcome: OutcomeId;
  winners: Role[];
  scores: Record<Role, RoleScore>;
  /** Revealed to everyone at the end. */
  agendas: Record<Role, AgendaId | null>;
  war: War | null;
  roundsPlayed: number;
}

export function measure(G: PeninsulaState, m: Measure): number {
  return m.kind === 'average' ? Math.round(measureExact(G, m)) : measureExact(G, m);
}

/** A term before an average is rounded: what one more point on one of its tracks is worth (the role cards rank orders by it). */
export function measureExact(G: PeninsulaState, m: Measure): number {
  switch (m.kind) {
    case 'track':
      return m.want === 'high' ? G.tracks[m.track] : TRACK_MAX - G.tracks[m.track];
    case 'average': {
      const mean = m.tracks.reduce((sum, t) => sum + G.tracks[t], 0) / m.tracks.length;
      return m.want === 'high' ? mean : TRACK_MAX - mean;
    }
    case 'count':
      return Math.min(OBJECTIVE_TERM_MAX, COUNTS[m.count].of(G) * m.pointsEach);
  }
}

export function outcomeOf(G: PeninsulaState): OutcomeId {
  return OUTCOME_IDS.find((id) => OUTCOMES[id].holds(G)) ?? 'frozenConflict';
}

export function scoreRole(G: PeninsulaState, role: Role, outcome: OutcomeId): RoleScore {
  const objectives = OBJECTIVES[role].map((term) => ({ label: term.label, points: measure(G, term.measure) }));
  const agendaId = G.private[role]?.agenda ?? null;
  const met = agendaId !== null && AGENDAS[agendaId].met(G);
  const agenda = { id: agendaId, label: agendaId ? AGENDAS[agendaId].label : 'Unknown', met, points: met ? AGENDA_POINTS : 0 };
  // A war's blame (War.blamed) is part of its outcome for the role that bears it.
  const outcomeBonus = OUTCOMES[outcome].bonus[role] - (outcome === 'war' && G.war?.blamed === role ? WAR_BLAME_POINTS : 0);
  const total = objectives.reduce((sum, line) => sum + line.points, 0) + agenda.points + outcomeBonus;
  return { objectives, agenda, outcomeBonus, total, breaches: breachCount(G, role), agreements: countAgreementsWith(G, role) };
}

/** The public objectives' points: the part of a score the table earned in the open. */
export function objectivePoints(score: RoleScore): number {
  return score.objectives.reduce((sum, line) => sum + line.points, 0);
}

/**
 * Highest total wins; ties go to the fewest breaches, then to the higher public objectives
 * (play over the secret draw: issue 15 measured 14% of games shared), then to the more agreements
 * signed (balance pass 15: 5% of games were still shared after the first two); a war has no winners.
 */
export function winnersOf(scores: Record<Role, RoleScore>, outcome: OutcomeId): Role[] {
  if (outcome === 'war') return [];
  const rank = (r: Role) => [scores[r].total, -scores[r].breaches, objectivePoints(scores[r]), scores[r].agreements] as const;
  const better = (a: readonly number[], b: readonly number[]) => {
    const i = a.findIndex((x, k) => x !== b[k]);
    return i >= 0 && a[i]! > b[i]!;
  };
  const best = rank(ROLES.reduce((a, b) => (better(rank(b), rank(a)) ? b : a)));
  return ROLES.filter((r) => !better(best, rank(r)));
}

export function finalResult(G: PeninsulaState): GameResult {
  const outcome = outcomeOf(G);
  const scores = Object.fromEntries(ROLES.map((r) => [r, scoreRole(G, r, outcome)])) as Record<Role, RoleScore>;
  const agendas = Object.fromEntries(ROLES.map((r) => [r, G.private[r]?.agenda ?? null])) as Record<Role, AgendaId | null>;
  return { outcome, winners: winnersOf(scores, outcome), scores, agendas, war: G.war, roundsPlayed: G.round };
}

/** Who a war's blame falls on, in a sentence for the end screen and the debriefs; null when no order raised tension (War.blamed). */
export function warBlame(war: War): string | null {
  if (!war.blamed) return null;
  return `${ROLE_NAMES[war.blamed]}'s orders raised tension most in that last round: it bears the blame, ${WAR_BLAME_POINTS} points off its score.`;
}
