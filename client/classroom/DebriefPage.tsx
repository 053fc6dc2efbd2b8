import { OUTCOMES, type OutcomeId } from '../../shared/data/outcomes';
import type { TableDebrief } from '../../shared/debrief';
import { MemoSection, WhatIfSection } from '../learn/debrief/LearnDebrief';
import { HistorySeasons, historyReference } from '../learn/debrief/HistorySeasons';
import { ROLE_NAMES, ROLES } from '../../shared/roles';
import { TRACK_INFO, type TrackId } from '../../shared/tracks';
import { LineChart } from '../game/LineChart';
import { warBlame } from '../../shared/scoring';
import { RoleChip } from '../game/roleStyle';
import { Link } from '../router';
import { useEffect, useState } from 'react';
import { api, classReplayPath, download, teacherKeys, type DebriefData, type PressLine } from './api';
import { usePoll } from './hooks';
import { TableBranches } from './Branches';
import { agendaWords, endLabel, TableResult } from './TableResult';

const CHARTS: { title: string; tracks: TrackId[] }[] = [
  { title: 'Tension and capability', tracks: ['tension', 'capability', 'legitimacy'] },
  { title: 'Pressure', tracks: ['sanctions', 'enforcement', 'economy'] },
  { title: 'Trust and rapport', tracks: ['rapport', 'trustUsRok', 'trustUsJpn'] },
];

export function TableSection({ t, press, replay }: { t: TableDebrief; press: PressLine[] | undefined; replay?: string | undefined }) {
  return (
    <section className="debrief-table" aria-labelledby={`table-${t.table}`}>
      <h2 id={`table-${t.table}`}>
        Table {t.table}: {endLabel(t)}
      </h2>
      <p>
        {t.outcome
          ? t.outcome.explain
          : `The teacher stopped this table in round ${t.roundsPlayed} of ${t.rounds}, before the game reached an outcome. The charts show where the tracks stood.`}{' '}
        {t.war ? `War broke out in round ${t.war.round}: ${t.war.cause}. ${warBlame(t.war) ?? ''}` : ''}
      </p>
      <p className="table-result">
        <TableResult t={t} /> · {t.scenario}
      </p>
      {replay ? (
        <p className="no-print">
          <Link href={replay} className="btn small">
            Replay table {t.table} round by round
          </Link>
        </p>
      ) : null}
      <div className="chart-row">
        {CHARTS.map((c) => (
          <LineChart
            key={c.title}
            title={`Table ${t.table}: ${c.title}`}
            series={c.tracks.map((id) => ({ label: TRACK_INFO[id].label, values: t.tracks.map((p) => p.tracks[id]) }))}
            reference={historyReference(t.history, c.tracks)}
          />
        ))}
      </div>
      {t.history && <HistorySeasons overlay={t.history} id={`table-${t.table}-history`} />}
      <WhatIfSection paths={t.whatIfs} id={`table-${t.table}-what-ifs`} />
      <MemoSection memos={t.memos} id={`table-${t.table}-memos`} />
      <div className="debrief-cols">
        <div>
          <h3>Turning points</h3>
          {t.turningPoints.length ? (
            <ol>
              {t.turningPoints.map((p, i) => (
                <li key={i}>
                  Round {p.round}: {p.text}
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">A quiet game.</p>
          )}
          <h3>Summits and agreements</h3>
          {t.agreements.length ? (
            <ul>
              {t.agreements.map((a, i) => (
                <li key={i}>
                  Round {a.round}, {a.venue}: {a.kind === 'deal' ? 'deal' : 'joint statement'} between {a.parties.join(', ')} — {a.items.join(', ')}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No agreement.</p>
          )}
          <h3>Breaches exposed</h3>
          {t.breaches.length ? (
            <ul>
              {t.breaches.map((b, i) => (
                <li key={i}>
                  {ROLE_NAMES[b.role]} broke “{b.commitment}” in round {b.round} (exposed in round {b.exposedInRound})
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None.</p>
          )}
        </div>
        <div>
          <h3>Seats, scores and secret agendas</h3>
          <table className="score-table">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Played by</th>
                <th scope="col">Score</th>
                <th scope="col">Secret agenda</th>
              </tr>
            </thead>
            <tbody>
              {ROLES.map((r) => {
                const s = t.seats[r];
                return (
                  <tr key={r}>
                    <th scope="row">
                      <RoleChip role={r} short />
                    </th>
                    <td>{s.bot ? 'bot' : s.names.join(', ')}</td>
                    <td>{s.score}</td>
                    <td>{agendaWords(s.agenda, t.over)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3>Press (private messages)</h3>
          {press === undefined ? (
            <p className="muted">Not available.</p>
          ) : press.length === 0 ? (
            <p className="muted">No messages.</p>
          ) : (
            <details>
              <summary>
                {press.length} message{press.length === 1 ? '' : 's'}
              </summary>
              <ul className="press-list">
                {press.map((m) => (
                  <li key={m.id}>
                    R{m.round} · <b>{m.from}</b> → {m.to === 'all' ? 'all' : m.to.join(', ')}: {m.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </div>
    </section>
  );
}

/** The class debrief: outcomes class-wide and table by table, questions, printable; CSV/JSON of every decision. */
export function DebriefPage({ sessionId }: { sessionId: string }) {
  const key = teacherKeys.get(sessionId);
  const { data, error } = usePoll(() => api<DebriefData>('GET', `/api/class/${sessionId}/debrief`, { teacherKey: key }), 15000, [sessionId]);
  const [press, setPress] = useState<Record<number, PressLine[]>>({});
  const matchList = data?.matches.map((m) => m.matchID).join();
  useEffect(() => {
    if (!data) return;
    let alive = true;
    void Promise.all(
      data.matches.map(async (m) => {
        try {
          const res = await api<{ messages: PressLine[] }>('GET', `/api/matches/${m.matchID}/press/debrief`, { teacherKey: key });
          return [m.table, res.messages] as const;
        } catch {
          return null;
        }
      }),
    ).then((rows) => {
      if (alive) setPress(Object.fromEntries(rows.filter((r): r is readonly [number, PressLine[]] => r !== null)));
    });
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the list of match ids, not on `data`: the 15 s poll hands back a new object each time, and the press is re-read only when a table is added.
  }, [matchList]);
  if (!key)
    return (
      <main className="page narrow" id="main">
        <h1>Debrief</h1>
        <p>Open the debrief from the browser that created the session (it holds the teacher key).</p>
      </main>
    );
  if (!data)
    return (
      <main className="page" id="main">
        <p className="loading" role="status">
          {error ?? 'Building the debrief…'}
        </p>
      </main>
    );
  const { debrief, decisions } = data;

  async function csv() {
    download('peninsula-decisions.csv', 'text/csv', await api<string>('GET', `/api/class/${sessionId}/decisions.csv`, { teacherKey: key }));
  }

  return (
    <main className="page debrief-page" id="main">
      <p className="no-print button-row">
        <Link className="btn" href={`/class/${sessionId}`}>
          Back to the console
        </Link>
        <button className="btn" onClick={() => window.print()}>
          Print
        </button>
        <button className="btn" onClick={() => void csv()}>
          Decisions (CSV)
        </button>
        <button className="btn" onClick={() => download('peninsula-debrief.json', 'application/json', JSON.stringify({ ...data, press }, null, 2))}>
          Everything (JSON)
        </button>
      </p>
      <h1>Debrief</h1>
      <section aria-labelledby="class-summary">
        <h2 id="class-summary">The class</h2>
        <p>
          {debrief.tables.length} table{debrief.tables.length === 1 ? '' : 's'} · {debrief.agreements} agreement{debrief.agreements === 1 ? '' : 's'} ·{' '}
          {debrief.breaches} breach{debrief.breaches === 1 ? '' : 'es'} exposed · {decisions.length} decisions recorded
        </p>
        <ul className="outcome-list">
          {Object.entries(debrief.outcomes).map(([id, n]) => (
            <li key={id}>
              <b>{OUTCOMES[id as OutcomeId].label}</b>: {n} table{n === 1 ? '' : 's'}
            </li>
          ))}
          {debrief.stopped > 0 && (
            <li>
              <b>Stopped early, no outcome</b>: {debrief.stopped} table{debrief.stopped === 1 ? '' : 's'}
            </li>
          )}
        </ul>
        <div className="chart-row">
          <LineChart title="Mean tension across the class" series={[{ label: 'Mean tension', values: debrief.meanTension }]} />
          {debrief.tables.length > 1 && (
            <LineChart
              title="Tension at every table"
              series={debrief.tables.map((t) => ({ label: `Table ${t.table}`, values: t.tracks.map((p) => p.tracks.tension) }))}
            />
          )}
        </div>
      </section>
      <section aria-labelledby="questions" className="questions">
        <h2 id="questions">Questions for discussion</h2>
        <ol>
          {debrief.questions.map((q) => (
            <li key={q.theme}>
              <b>{q.theme}.</b> {q.question}
            </li>
          ))}
        </ol>
      </section>
      {debrief.tables.map((t) => {
        const matchID = data.matches.find((m) => m.table === t.table)?.matchID;
        return (
          <div key={t.table}>
            <TableSection t={t} press={press[t.table]} replay={matchID ? classReplayPath(sessionId, matchID) : undefined} />
            {matchID ? <TableBranches sessionId={sessionId} table={t.table} matchID={matchID} teacherKey={key} /> : null}
          </div>
        );
      })}
    </main>
  );
}
