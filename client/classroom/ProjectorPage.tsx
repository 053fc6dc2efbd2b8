import { TRACK_INFO, TRACKS } from '../../shared/tracks';
import type { TableDebrief } from '../../shared/debrief';
import { ROLES } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { api, type ProjectorData } from './api';
import { useClassStream, usePoll } from './hooks';
import { PHASE_LABELS, QrCode, Sparkline, TimerBadge } from './widgets';
import { agendaWords, endLabel, TableResult } from './TableResult';
import { Link } from '../router';

/**
 * The projector: large, read-only, public. Everything on it comes from the spectator's view
 * of each table (playerView with null): no agenda, no orders, no names.
 */
export function ProjectorPage({ code, table }: { code: string; table?: number | undefined }) {
  // Changes arrive by push (moves, pauses, new phases); the slow poll only covers a stream that cannot connect.
  const { data, error, stopped, refresh } = usePoll(() => api<ProjectorData>('GET', `/api/class/projector/${encodeURIComponent(code)}`), 30_000, [code]);
  useClassStream(stopped ? null : { projector: code }, refresh);
  // A code that names no class (a typo, an old class) is final: say so under a heading, with a way on.
  if (!data && stopped)
    return (
      <main className="page narrow" id="main">
        <h1>Class {code} not found</h1>
        <p role="alert">{error}</p>
        <p>
          <Link href="/class">Classroom mode</Link>
        </p>
      </main>
    );
  if (!data)
    return (
      <main className="projector" id="main">
        <p className="loading" role="status">
          {error ?? 'Loading…'}
        </p>
      </main>
    );
  const { session } = data;
  const tables = table ? data.tables.filter((t) => t.table === table) : data.tables;
  const joinUrl = session.joinUrl;
  const joinAddress = joinUrl.replace(/^https?:\/\//, '').replace(/\/[^/]*$/, '');
  const news = tables
    .flatMap((t) => t.headlines.map((h, i) => ({ ...h, table: t.table, order: i })))
    .sort((a, b) => b.round - a.round || b.order - a.order)
    .slice(0, 12);

  return (
    <main className="projector" id="main">
      <header className="projector-head">
        <div>
          <p className="eyebrow">
            {session.scenarioLabel} · {session.rounds} rounds
          </p>
          <h1>
            {session.title}
            {table ? ` — table ${table}` : ''}
          </h1>
        </div>
        {session.status === 'lobby' && (
          <div className="projector-join">
            <div>
              <p>
                Join at <b className="join-address">{joinAddress}</b>
              </p>
              <p className="join-code huge" aria-label={`Join code ${session.joinCode.split('').join(' ')}`}>
                {session.joinCode}
              </p>
              <p role="status">
                {data.joined} student{data.joined === 1 ? '' : 's'} joined
              </p>
            </div>
            <QrCode text={joinUrl} size={240} label={`QR code to join: ${joinUrl}`} />
          </div>
        )}
        {data.results && <p className="badge attention">{session.status === 'ended' ? 'Session ended' : 'All games over'}</p>}
      </header>

      {data.results && <ResultsBoard results={table ? data.results.filter((r) => r.table === table) : data.results} />}
      {session.status !== 'lobby' && !data.results && (
        <>
          <section className="news-ticker ticker" aria-label="News">
            <span className="ticker-tag">News</span>
            <ul>
              {news.map((h, i) => (
                <li key={i} className="headline">
                  {!table && <b>T{h.table} · </b>}R{h.round}: {h.text}
                </li>
              ))}
            </ul>
          </section>
          <section className={table ? 'projector-one' : 'projector-grid'}>
            {tables.map((t) => (
              <article key={t.table} className="projector-table" aria-label={`Table ${t.table}`}>
                <header>
                  <h2>Table {t.table}</h2>
                  <span className="badge">{t.over ? (t.outcome ?? 'over') : `Round ${t.round}/${t.rounds} · ${PHASE_LABELS[t.phase ?? ''] ?? ''}`}</span>
                  {!t.over && <TimerBadge timer={t.timer} big />}
                </header>
                <div className={`tension-big${(t.tracks?.tension ?? 0) >= 8 ? ' hot' : ''}`}>
                  <span className="tension-label">Tension</span>
                  <span className="tension-value">{t.tracks?.tension ?? '—'}</span>
                  <Sparkline values={t.tension} width={table ? 420 : 200} height={table ? 90 : 50} label={`Table ${t.table} tension by round`} />
                </div>
                {t.event && (
                  <p className="crisis-line">
                    <b>Crisis:</b> {t.event.title}
                  </p>
                )}
                {t.alerts.length > 0 && (
                  <ul className="alerts">
                    {t.alerts.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
                {table && t.tracks && (
                  <ul className="glance big">
                    {TRACKS.filter((id) => id !== 'tension').map((id) => (
                      <li key={id}>
                        {TRACK_INFO[id].label} <b>{t.tracks![id]}</b>
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            ))}
          </section>
        </>
      )}
    </main>
  );
}

/** The end of the class on the big screen: each table's outcome, winners and scores, agendas revealed (no names). */
export function ResultsBoard({ results }: { results: TableDebrief[] }) {
  const outcomes = new Map<string, number>();
  for (const r of results) outcomes.set(endLabel(r), (outcomes.get(endLabel(r)) ?? 0) + 1);
  return (
    <section className="results-board" aria-label="Results">
      <h2>Results</h2>
      <ul className="outcome-list">
        {[...outcomes].map(([label, n]) => (
          <li key={label}>
            <b>{label}</b>: {n} table{n === 1 ? '' : 's'}
          </li>
        ))}
      </ul>
      <div className="projector-grid">
        {results.map((r) => (
          <article key={r.table} className="projector-table" aria-label={`Table ${r.table} results`}>
            <header>
              <h3>Table {r.table}</h3>
              <span className="badge">{endLabel(r)}</span>
            </header>
            <p className="table-result">
              <TableResult t={r} short />
            </p>
            <table className="score-table">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Score</th>
                  <th scope="col">Secret agenda</th>
                </tr>
              </thead>
              <tbody>
                {ROLES.map((role) => (
                  <tr key={role}>
                    <th scope="row">
                      <RoleChip role={role} short />
                    </th>
                    <td>{r.seats[role].score}</td>
                    <td>{agendaWords(r.seats[role].agenda, r.over)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        ))}
      </div>
    </section>
  );
}
