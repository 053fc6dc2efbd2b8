import { DISCUSSION_QUESTIONS, type TableDebrief } from '../../shared/debrief';
import { replayPath } from '../replay/api';
import { Link } from '../router';
import { api, studentToken, type MeData } from './api';
import { TableSection } from './DebriefPage';
import { usePoll } from './hooks';

/** A student's own table after its game: outcome, charts, agreements, breaches, everyone's agenda, the questions. */
export function StudentDebriefPage({ ended = false }: { ended?: boolean }) {
  const token = studentToken.get();
  const { data, error } = usePoll(() => api<TableDebrief>('GET', '/api/class/me/debrief', { studentToken: token }), 10000);
  // The student's own table, to replay it with their seat (their view, their agenda).
  const me = usePoll(() => api<MeData>('GET', '/api/class/me', { studentToken: token }), 60_000);
  const matchID = me.data?.seat?.matchID;
  return (
    <main className="page debrief-page" id="main">
      <p className="no-print button-row">
        {!ended && (
          <Link className="btn" href="/class/play">
            Back to the table
          </Link>
        )}
        <button className="btn" onClick={() => window.print()}>
          Print
        </button>
      </p>
      {ended && (
        <p className="eyebrow" role="status">
          Your teacher has ended the session
        </p>
      )}
      <h1>{ended ? 'Results of your table' : 'Debrief of your table'}</h1>
      {data ? <TableSection t={data} press={undefined} replay={matchID ? replayPath(matchID) : undefined} /> : <p role="status">{error ?? 'Loading…'}</p>}
      <section aria-labelledby="questions" className="questions">
        <h2 id="questions">Questions for discussion</h2>
        <ol>
          {DISCUSSION_QUESTIONS.map((q) => (
            <li key={q.theme}>
              <b>{q.theme}.</b> {q.question}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
