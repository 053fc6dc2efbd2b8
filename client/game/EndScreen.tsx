import type { ReactNode } from 'react';
import {
  AGENDAS,
  OUTCOMES,
  ROLE_NAMES,
  ROLES,
  SCENARIOS,
  TRACK_INFO,
  type GameResult,
  type SeatView,
  type Role,
  type TrackId,
  warBlame,
} from '../../shared/index';
import { LearnDebrief } from '../learn/debrief/LearnDebrief';
import { HistorySeasons, historyReference } from '../learn/debrief/HistorySeasons';
import { historyOverlay } from '../../shared/learn/historyOverlay';
import { LineChart } from './LineChart';
import { CommitmentsPanel } from './panels/CommitmentsPanel';
import { NewsLog } from './panels/News';
import { RoleChip } from './roleStyle';

const CHART_GROUPS: readonly { title: string; tracks: readonly TrackId[] }[] = [
  { title: 'Danger', tracks: ['tension', 'capability'] },
  { title: 'Pressure on Pyongyang', tracks: ['sanctions', 'enforcement', 'economy'] },
  { title: 'Standing', tracks: ['legitimacy', 'usCredibility', 'rapport'] },
  { title: 'Alliances and ties', tracks: ['trustUsRok', 'trustUsJpn', 'tiesPrcDprk'] },
  { title: 'Defence build-up', tracks: ['rokDefence', 'jpnDefence'] },
];

/** The debrief: outcome, scores with their parts, every agenda revealed, and the tracks round by round. */
export function EndScreen({ G, result, role, next }: { G: SeatView; result: GameResult; role: Role | undefined; next?: ReactNode }) {
  const outcome = OUTCOMES[result.outcome];
  const start = SCENARIOS[G.options.scenario].tracks;
  const ranked = [...ROLES].sort((a, b) => result.scores[b].total - result.scores[a].total);
  // A war in the crisis or at the table ends the game before its round is recorded: chart the board as it ended.
  const unrecorded = (G.history[G.history.length - 1]?.round ?? 0) < G.round;
  const won = role !== undefined && result.winners.includes(role);
  const history = historyOverlay(G);
  return (
    <main className="end-screen" id="main">
      <header className={`outcome outcome-${result.outcome}`}>
        <p className="eyebrow">
          Game over after {result.roundsPlayed} round{result.roundsPlayed === 1 ? '' : 's'}
        </p>
        <h1>{outcome.label}</h1>
        <p className="lead">{outcome.explain}</p>
        {result.war ? (
          <p>
            War broke out in round {result.war.round} after: {result.war.cause}. {warBlame(result.war)}
          </p>
        ) : null}
        <p className="winners">
          {result.winners.length === 0 ? (
            'Nobody wins.'
          ) : (
            <>
              Winner{result.winners.length > 1 ? 's' : ''}:{' '}
              {result.winners.map((r) => (
                <RoleChip key={r} role={r} />
              ))}
            </>
          )}
          {role ? <span className="you"> {won ? '— that is you!' : ''}</span> : null}
        </p>
        {next}
      </header>

      <section className="panel" aria-labelledby="scores-title">
        <h2 id="scores-title">Scores</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Scores table">
          <table className="scores">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Objectives</th>
                <th scope="col">Secret agenda</th>
                <th scope="col">Outcome</th>
                <th scope="col">Breaches</th>
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => {
                const s = result.scores[r];
                const agendaId = result.agendas[r];
                return (
                  <tr key={r} className={r === role ? 'me' : ''}>
                    <th scope="row">
                      <RoleChip role={r} />
                    </th>
                    <td data-label="Objectives">
                      <ul className="score-lines">
                        {s.objectives.map((o) => (
                          <li key={o.label}>
                            {o.label}: <b>{o.points}</b>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td data-testid={`agenda-${r}`} data-label="Secret agenda">
                      <b>{agendaId ? AGENDAS[agendaId].label : '—'}</b>
                      {agendaId ? <p className="muted">{AGENDAS[agendaId].explain}</p> : null}
                      <span className={`agenda-status ${s.agenda.met ? 'met' : 'unmet'}`}>{s.agenda.met ? `✓ met, +${s.agenda.points}` : '✗ not met'}</span>
                    </td>
                    <td data-label="Outcome">{s.outcomeBonus > 0 ? `+${s.outcomeBonus}` : s.outcomeBonus}</td>
                    <td data-label="Breaches">{s.breaches}</td>
                    <td className="total" data-label="Total">
                      {s.total}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="charts-title">
        <h2 id="charts-title">The tracks, round by round</h2>
        <div className="charts">
          {CHART_GROUPS.map((group) => (
            <LineChart
              key={group.title}
              title={group.title}
              series={group.tracks.map((t) => ({
                label: TRACK_INFO[t].label,
                values: [start[t], ...G.history.map((h) => h.tracks[t]), ...(unrecorded ? [G.tracks[t]] : [])],
              }))}
              reference={historyReference(history, group.tracks)}
            />
          ))}
        </div>
      </section>
      {history && <HistorySeasons overlay={history} id="history-seasons" />}

      <LearnDebrief G={G} role={role} />

      <div className="end-columns">
        <CommitmentsPanel G={G} role={undefined} />
        <NewsLog G={G} />
      </div>
      <p className="muted center">
        Scenario: {SCENARIOS[G.options.scenario].label}. Roles: {ROLES.map((r) => ROLE_NAMES[r]).join(', ')}.
      </p>
    </main>
  );
}
