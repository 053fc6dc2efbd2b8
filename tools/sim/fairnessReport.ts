import { ACTIONS, actionsOf } from '../../shared/data/actions';
import { AGENDA_IDS, AGENDAS } from '../../shared/data/agendas';
import { OBJECTIVES } from '../../shared/data/objectives';
import { ROLES } from '../../shared/roles';
import { TRACK_INFO, TRACKS } from '../../shared/tracks';
import { MARGIN_BUCKETS } from './fairness';
import type { Interval } from './interval';
import type { GroupStats } from './stats';

/** The Markdown of the fairness figures (agendas, margins, objectives, tracks, orders per role, hawks). */

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** A rate with its normal-approximation half-width, as the issue asks: p ± 1.96·sqrt(p(1−p)/n). */
export const plusMinus = (i: Interval) => `${pct(i.rate)} ± ${pct(i.n === 0 ? 0 : 1.96 * Math.sqrt((i.rate * (1 - i.rate)) / i.n))}`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function fairnessSection(s: GroupStats): string {
  const f = s.fairness;
  const agendaRows = AGENDA_IDS.map((id) => {
    const a = f.agendas[id];
    return [a.role, AGENDAS[id].label, String(a.drawn), plusMinus(a.met), plusMinus(a.wins)];
  });
  const peaceful = Object.values(f.marginHistogram).reduce((x, y) => x + y, 0);
  const marginRows = [MARGIN_BUCKETS.map((b) => `${f.marginHistogram[b.label] ?? 0} (${pct((f.marginHistogram[b.label] ?? 0) / Math.max(1, peaceful))})`)];
  const objectiveRows = ROLES.flatMap((r) => OBJECTIVES[r].map((term, i) => [r, term.label, (f.objectiveMeans[r][i] ?? 0).toFixed(1)]));
  const trackRows = TRACKS.map((t) => {
    const d = f.tracks[t];
    return [TRACK_INFO[t].label, d.mean.toFixed(1), String(d.p10), String(d.median), String(d.p90), pct(d.atMin), pct(d.atMax)];
  });
  const orderRows = ROLES.map((r) => [
    r,
    actionsOf(r)
      .map((a) => `${ACTIONS[a].label} ${pct(s.actionUsage[a].share)}`)
      .join(' · '),
  ]);
  const hawkRows = f.warByHawks.map((i, hawks) => [String(hawks), String(i.n), i.n === 0 ? '—' : plusMinus(i)]);
  return [
    '### Does the winner depend on play?',
    `Of the winners of games without war, **${plusMinus(f.winnersMetAgenda)}** met their secret agenda (target ≤ 80%). Shared wins (ties after the tie-breaks): **${plusMinus(f.tie)}** of games without war (target ≤ 5%); equal best totals before the tie-breaks ${plusMinus(f.pointsTie)}; median winning margin ${f.medianMargin} points.`,
    '#### Secret agendas (met and won, of the games that drew each; ± is 1.96·√(p(1−p)/n))',
    table(['Role', 'Agenda', 'Drawn', 'Met', 'Owner won'], agendaRows),
    '#### Winning margin (best total minus second best), games without war',
    table(
      MARGIN_BUCKETS.map((b) => b.label),
      marginRows,
    ),
    '#### Mean points per public objective (0–10; target 1.5–8.5)',
    table(['Role', 'Objective', 'Mean'], objectiveRows),
    '#### Where the tracks end (target: mean 1–9)',
    table(['Track', 'Mean', '10th pct', 'Median', '90th pct', 'At 0', 'At 10'], trackRows),
    "#### Orders per role (share of the role's orders; target 3–60% each)",
    table(['Role', 'Orders'], orderRows),
    '#### War by the number of hawks at the table (target: ≤ 50% with 3 or more)',
    table(['Hawks', 'Games', 'War'], hawkRows),
  ].join('\n\n');
}
