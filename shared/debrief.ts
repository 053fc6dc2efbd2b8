import { AGENDAS } from './data/agendas';
import { CONCESSIONS } from './data/concessions';
import { EVENTS } from './data/events';
import { OUTCOME_IDS, OUTCOMES, type OutcomeId } from './data/outcomes';
import { SCENARIOS } from './data/scenarios';
import { VENUES } from './data/venues';
import { ROLES, type Role } from './roles';
import { memosOf, type DebriefMemo } from './learn/memos';
import { whatIfPaths, type WhatIfPath } from './learn/whatIfs';
import { historyOverlay, type HistoryOverlay } from './learn/historyOverlay';

export { memosOf, type DebriefMemo };
import { finalResult, warBlame } from './scoring';
import type { AgreementKind, Headline, PeninsulaState } from './state';
import type { Tracks } from './tracks';

/**
 * The debrief of a class: built from each table's final (full, unfiltered) state by pure
 * functions, so the teacher's page, the printout and the exports all say the same thing.
 * It reveals every secret agenda, so only the teacher, or everyone once a game is over, sees it.
 */

export interface TableInput {
  table: number;
  /** Who sat where: names per role; a seat without names was a bot. */
  seats: Partial<Record<Role, string[]>>;
  G: PeninsulaState;
  /** Whether the game reached its end (or war); an ended session may stop a game early. */
  over: boolean;
}

export interface TrackPoint {
  round: number;
  tracks: Tracks;
}

export interface DebriefAgreement {
  round: number;
  venue: string;
  parties: Role[];
  items: string[];
  kind: AgreementKind;
}

export interface DebriefBreach {
  round: number;
  exposedInRound: number;
  role: Role;
  commitment: string;
}

export interface TurningPoint {
  round: number;
  text: string;
}

export interface TableDebrief {
  table: number;
  scenario: string;
  over: boolean;
  roundsPlayed: number;
  rounds: number;
  /**
   * Null when the teacher stopped the table before its end: an outcome read off a board in round 2
   * of 6 would be a projection, and the debrief, the projector and the exports all say "stopped early".
   */
  outcome: { id: OutcomeId; label: string; explain: string } | null;
  /** Empty when stopped early: the scores are standings so far. */
  winners: Role[];
  war: { round: number; cause: string; blamed: Role | null } | null;
  seats: Record<Role, { names: string[]; bot: boolean; score: number; agenda: { label: string; explain: string; met: boolean } }>;
  /** Round 0 is the scenario's start. */
  tracks: TrackPoint[];
  agreements: DebriefAgreement[];
  breaches: DebriefBreach[];
  turningPoints: TurningPoint[];
  headlines: Headline[];
  /** The table's path beside the three what-ifs of the design brief and what really happened. */
  whatIfs: WhatIfPath[];
  /** Each role's orders, round by round, beside the memo that explains them. */
  memos: DebriefMemo[];
  /** History mode: the real path, for the charts and "your table vs history"; null in other scenarios. */
  history: HistoryOverlay | null;
}

export interface DiscussionQuestion {
  theme: string;
  question: string;
}

export interface ClassDebrief {
  tables: TableDebrief[];
  /** Tables that reached an outcome, by outcome; tables stopped early are counted in `stopped`. */
  outcomes: Partial<Record<OutcomeId, number>>;
  stopped: number;
  /** Mean tension across tables, round by round (round 0 = start). */
  meanTension: number[];
  agreements: number;
  breaches: number;
  questions: DiscussionQuestion[];
}

export const DISCUSSION_QUESTIONS: readonly DiscussionQuestion[] = [
  {
    theme: 'Personal rapport vs verification',
    question:
      'Singapore produced a warm statement and letters; Hanoi failed over what would be verified. At your table, did rapport between leaders lead to verified steps, or replace them?',
  },
  {
    theme: "Sanctions and China's enforcement",
    question:
      "Pressure on the North's economy was sanctions times China's enforcement. Who really held the leverage, and what did China get for using it — or for not using it?",
  },
  {
    theme: 'Alliance trust',
    question: 'When Washington dealt with Pyongyang, did Seoul and Tokyo feel consulted? What did a drop in alliance trust cost the United States later?',
  },
  {
    theme: 'Normalising a nuclear North Korea',
    question: 'Did your table end up living with a nuclear-armed North Korea? Is a freeze without disarmament a step to peace, or acceptance of the bomb?',
  },
  {
    theme: 'History',
    question:
      'The 1994 Agreed Framework and the Six-Party Talks both ended over verification. Did anything at your table break that pattern? What would have to be different in the real world?',
  },
];

function startTracks(G: PeninsulaState): Tracks {
  return { ...SCENARIOS[G.options.scenario].tracks };
}

/** Tracks at the start and at the end of every round played (a game stopped mid-round ends the series with the board as it stands). */
export function trackSeries(G: PeninsulaState): TrackPoint[] {
  const points: TrackPoint[] = [{ round: 0, tracks: startTracks(G) }, ...G.history.map((r) => ({ round: r.round, tracks: { ...r.tracks } }))];
  const last = points[points.length - 1];
  if (last && G.round > last.round) points.push({ round: G.round, tracks: { ...G.tracks } });
  return points;
}

export function turningPoints(G: PeninsulaState): TurningPoint[] {
  const points: TurningPoint[] = [];
  const series = trackSeries(G);
  let biggest: { round: number; from: number; to: number } | null = null;
  for (let i = 1; i < series.length; i++) {
    const from = series[i - 1]!.tracks.tension;
    const to = series[i]!.tracks.tension;
    if (!biggest || Math.abs(to - from) > Math.abs(biggest.to - biggest.from)) biggest = { round: series[i]!.round, from, to };
  }
  if (biggest && Math.abs(biggest.to - biggest.from) >= 2) {
    const record = G.history.find((r) => r.round === biggest.round);
    const event = record ? ` (the crisis card was "${EVENTS[record.event].title}")` : '';
    points.push({ round: biggest.round, text: `Tension ${biggest.to > biggest.from ? 'jumped' : 'fell'} from ${biggest.from} to ${biggest.to}${event}.` });
  }
  const firstDeal = G.agreements.find((a) => a.kind === 'deal');
  if (firstDeal)
    points.push({
      round: firstDeal.round,
      text: `First verifiable deal, at ${VENUES[firstDeal.venue].label}: ${firstDeal.items.map((i) => CONCESSIONS[i].label).join(', ')}.`,
    });
  else if (G.agreements[0])
    points.push({ round: G.agreements[0].round, text: `First agreement, a joint statement at ${VENUES[G.agreements[0].venue].label}, with nothing verified.` });
  for (const b of G.breaches) points.push({ round: b.exposedInRound, text: `${b.role} was caught breaking "${CONCESSIONS[b.concession].label}".` });
  for (const h of G.headlines)
    if (h.kind === 'event' && /moratorium/i.test(h.text) && /ends|no longer/i.test(h.text)) points.push({ round: h.round, text: h.text });
  // Issue 15: a test breaks the moratorium only if the moratorium held when it was ordered, not merely at the start.
  const testedUnderMoratorium = G.history.find(
    (r) => r.moratoriumAtOrders === true && (r.orders.DPRK ?? []).some((a) => a === 'missileTest' || a === 'nuclearTest'),
  );
  if (testedUnderMoratorium) points.push({ round: testedUnderMoratorium.round, text: 'North Korea tested during the moratorium, and ended it.' });
  for (const h of G.headlines) if (h.kind === 'brink') points.push({ round: h.round, text: h.text });
  if (G.war) points.push({ round: G.war.round, text: [`War: ${G.war.cause}`, warBlame(G.war)].filter((t) => t !== null).join('. ') });
  return points.sort((a, b) => a.round - b.round);
}

export function tableDebrief(input: TableInput): TableDebrief {
  const { G } = input;
  const result = finalResult(G);
  const outcome = OUTCOMES[result.outcome];
  const seats = Object.fromEntries(
    ROLES.map((role) => {
      const names = input.seats[role] ?? [];
      const agendaId = result.agendas[role];
      const agenda = agendaId
        ? { label: AGENDAS[agendaId].label, explain: AGENDAS[agendaId].explain, met: result.scores[role].agenda.met }
        : { label: 'None', explain: '', met: false };
      return [role, { names, bot: names.length === 0, score: result.scores[role].total, agenda }];
    }),
  ) as TableDebrief['seats'];
  return {
    table: input.table,
    scenario: SCENARIOS[G.options.scenario].label,
    over: input.over,
    roundsPlayed: G.round,
    rounds: G.options.rounds,
    outcome: input.over ? { id: result.outcome, label: outcome.label, explain: outcome.explain } : null,
    winners: input.over ? result.winners : [],
    war: G.war ? { round: G.war.round, cause: G.war.cause, blamed: G.war.blamed ?? null } : null,
    seats,
    tracks: trackSeries(G),
    agreements: G.agreements.map((a) => ({
      round: a.round,
      venue: VENUES[a.venue].label,
      parties: [...a.parties],
      items: a.items.map((i) => CONCESSIONS[i].label),
      kind: a.kind,
    })),
    breaches: G.breaches.map((b) => ({ round: b.round, exposedInRound: b.exposedInRound, role: b.role, commitment: CONCESSIONS[b.concession].label })),
    turningPoints: turningPoints(G),
    headlines: G.headlines.map((h) => ({ ...h, roles: [...h.roles] })),
    whatIfs: whatIfPaths(G),
    memos: memosOf(G),
    history: historyOverlay(G),
  };
}

export function classDebrief(inputs: readonly TableInput[]): ClassDebrief {
  const tables = [...inputs].sort((a, b) => a.table - b.table).map(tableDebrief);
  const outcomes: Partial<Record<OutcomeId, number>> = {};
  for (const id of OUTCOME_IDS) {
    const n = tables.filter((t) => t.outcome?.id === id).length;
    if (n > 0) outcomes[id] = n;
  }
  const longest = Math.max(0, ...tables.map((t) => t.tracks.length));
  const meanTension: number[] = [];
  for (let i = 0; i < longest; i++) {
    // A table that ended early (war) keeps its last tension in later rounds' means.
    const values = tables.map((t) => t.tracks[Math.min(i, t.tracks.length - 1)]?.tracks.tension ?? 0);
    meanTension.push(values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : 0);
  }
  return {
    tables,
    outcomes,
    stopped: tables.filter((t) => t.outcome === null).length,
    meanTension,
    agreements: tables.reduce((s, t) => s + t.agreements.length, 0),
    breaches: tables.reduce((s, t) => s + t.breaches.length, 0),
    questions: [...DISCUSSION_QUESTIONS],
  };
}
