import { AGENDA_IDS, AGENDAS, type AgendaId } from '../../shared/data/agendas';
import { OBJECTIVES } from '../../shared/data/objectives';
import { ROLES, type Role } from '../../shared/roles';
import { TRACK_MAX, TRACK_MIN, TRACKS, type TrackId } from '../../shared/tracks';
import type { GameSummary } from './match';
import { wilson, type Interval } from './interval';

/**
 * Does the winner depend on play or on the draw? The figures issue 15 asked the report to tell:
 * how often each secret agenda is met and wins, how many winners met theirs, how close the
 * finishes are, what each objective is worth, where each track ends, and whether war follows
 * the hawks at the table.
 */
export interface AgendaStats {
  role: Role;
  /** Games that drew it. */
  drawn: number;
  /** Met, of the games that drew it (a war meets nothing: war games count as not met). */
  met: Interval;
  /** Its owner won, of the games that drew it. */
  wins: Interval;
}

export interface TrackDistribution {
  mean: number;
  p10: number;
  median: number;
  p90: number;
  /** Share of games ending at the bottom and at the top of the track. */
  atMin: number;
  atMax: number;
}

export interface FairnessStats {
  agendas: Record<AgendaId, AgendaStats>;
  /** Of the winners of games without war, the share that met their agenda. */
  winnersMetAgenda: Interval;
  /** Of the games without war, the share with more than one winner after the tie-breaks (a shared win). */
  tie: Interval;
  /** Of the games without war, the share in which the best total was shared before the tie-breaks. */
  pointsTie: Interval;
  /** Games without war by the best total's lead over the second: "0", "1", "2", "3–4", "5–9", "10+". */
  marginHistogram: Record<string, number>;
  medianMargin: number;
  /** Mean points of each public objective term, per role, in OBJECTIVES order. */
  objectiveMeans: Record<Role, number[]>;
  tracks: Record<TrackId, TrackDistribution>;
  /** War rate by the number of hawks at the table (0–5), of the games with that many. */
  warByHawks: Interval[];
}

export const MARGIN_BUCKETS: readonly { label: string; min: number; max: number }[] = [
  { label: '0', min: 0, max: 0 },
  { label: '1', min: 1, max: 1 },
  { label: '2', min: 2, max: 2 },
  { label: '3–4', min: 3, max: 4 },
  { label: '5–9', min: 5, max: 9 },
  { label: '10+', min: 10, max: Infinity },
];

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function distribution(values: readonly number[]): TrackDistribution {
  const sorted = [...values].sort((a, b) => a - b);
  const n = Math.max(1, values.length);
  return {
    mean: mean(values),
    p10: quantile(sorted, 0.1),
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    atMin: values.filter((v) => v === TRACK_MIN).length / n,
    atMax: values.filter((v) => v === TRACK_MAX).length / n,
  };
}

/** Reports written before issue 15 lack these fields: they count as nothing drawn, nothing met. */
function agendaOf(g: GameSummary, role: Role): AgendaId | null {
  return g.agendas?.[role] ?? null;
}

export function fairnessStats(games: readonly GameSummary[]): FairnessStats {
  const agendas = Object.fromEntries(
    AGENDA_IDS.map((id) => {
      const role = AGENDAS[id].role;
      const drew = games.filter((g) => agendaOf(g, role) === id);
      return [
        id,
        {
          role,
          drawn: drew.length,
          met: wilson(drew.filter((g) => g.agendaMet?.[role]).length, drew.length),
          wins: wilson(drew.filter((g) => g.winners.includes(role)).length, drew.length),
        },
      ];
    }),
  ) as Record<AgendaId, AgendaStats>;
  const peaceful = games.filter((g) => !g.war);
  const winners = peaceful.flatMap((g) => g.winners.map((r) => g.agendaMet?.[r] === true));
  const margins = peaceful.map((g) => g.margin ?? 0);
  const marginHistogram = Object.fromEntries(MARGIN_BUCKETS.map((b) => [b.label, margins.filter((m) => m >= b.min && m <= b.max).length]));
  const objectiveMeans = Object.fromEntries(
    ROLES.map((r) => [r, OBJECTIVES[r].map((_, i) => mean(games.map((g) => g.objectivePoints?.[r]?.[i] ?? 0)))]),
  ) as Record<Role, number[]>;
  const tracks = Object.fromEntries(TRACKS.map((t) => [t, distribution(games.map((g) => g.finalTracks[t]))])) as Record<TrackId, TrackDistribution>;
  const warByHawks = [0, 1, 2, 3, 4, 5].map((h) => {
    const mine = games.filter((g) => g.seats.filter((s) => s === 'hawk').length === h);
    return wilson(mine.filter((g) => g.war).length, mine.length);
  });
  return {
    agendas,
    winnersMetAgenda: wilson(winners.filter(Boolean).length, winners.length),
    tie: wilson(peaceful.filter((g) => g.winners.length > 1).length, peaceful.length),
    pointsTie: wilson(margins.filter((m) => m === 0).length, margins.length),
    marginHistogram,
    medianMargin: quantile(
      [...margins].sort((a, b) => a - b),
      0.5,
    ),
    objectiveMeans,
    tracks,
    warByHawks,
  };
}
