import type { TableDebrief } from '../../shared/debrief';
import { ROLES } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';

type Result = Pick<TableDebrief, 'table' | 'over' | 'winners' | 'roundsPlayed' | 'rounds' | 'seats'>;

/** How a table ended, in a heading or a badge: its outcome, or that the teacher stopped it (no outcome claimed). */
export function endLabel(t: Pick<TableDebrief, 'outcome'>): string {
  return t.outcome?.label ?? 'Stopped early';
}

/** A secret agenda at the end: met or not; at a table stopped early, only so far. */
export function agendaWords(agenda: { label: string; met: boolean }, over: boolean): string {
  return `${agenda.label} — ${agenda.met ? 'met' : 'not met'}${over ? '' : ' so far'}`;
}

/**
 * One table's result line, the same on the projector, the teacher's debrief and a student's results. A
 * table the teacher stopped early has no winner: its scores are standings so far, highest first, and
 * saying "Winner: China" after one round of six would crown whoever happened to lead.
 */
export function TableResult({ t, short = false }: { t: Result; short?: boolean }) {
  if (!t.over) {
    const standings = [...ROLES].sort((a, b) => t.seats[b].score - t.seats[a].score);
    return (
      <>
        <b>
          Stopped in round {t.roundsPlayed} of {t.rounds} — no winner.
        </b>{' '}
        Standings so far:{' '}
        <span className="standings" aria-label={`Table ${t.table} standings so far`}>
          {standings.map((role) => (
            <span key={role} className="standing">
              <RoleChip role={role} short={short} /> {t.seats[role].score}
            </span>
          ))}
        </span>
      </>
    );
  }
  return (
    <>
      {t.winners.length ? (
        <>
          Winner{t.winners.length > 1 ? 's' : ''}:{' '}
          {t.winners.map((r) => (
            <RoleChip key={r} role={r} short={short} />
          ))}
        </>
      ) : (
        'No winner.'
      )}{' '}
      · {t.roundsPlayed} of {t.rounds} rounds
    </>
  );
}
