import { useState } from 'react';
import { EVENTS, type EventId } from '../../shared/data/events';
import { buildDeck } from '../../shared/rules/setup';
import { Link, navigate } from '../router';
import { api, classReplayPath, recoveryCodes, teacherKeys, type ConsoleData } from './api';
import { useClassStream, usePoll } from './hooks';
import { Seating } from './Seating';
import { TableCard, type Act } from './TableCard';
import { TeacherMessages } from './TeacherMessages';
import { QrCode } from './widgets';

/** A teacher link (/class/:id#key=…) carries the key to another device; it is stored there and dropped from the address bar. */
function keyFromLink(sessionId: string): string | null {
  const match = /(?:^#|&)key=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    teacherKeys.set(sessionId, match[1]);
    window.history.replaceState(null, '', window.location.pathname);
  }
  return teacherKeys.get(sessionId);
}

function NoConsole({ why }: { why: string }) {
  return (
    <main className="page narrow" id="main">
      <h1>Teacher console</h1>
      <p role="alert">{why}</p>
      <p>
        <Link className="btn primary" href="/class/recover">
          Recover the console with your recovery code
        </Link>
      </p>
      <p>
        <Link href="/class">Create a new session</Link>
      </p>
    </main>
  );
}

/** Shown once after creation: the code that reclaims this console from another device. */
function RecoveryNotice({ sessionId }: { sessionId: string }) {
  const [code, setCode] = useState(() => recoveryCodes.get(sessionId));
  if (!code) return null;
  return (
    <section className="panel recovery-notice" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Write down your recovery code</h2>
      <p>
        If this browser is lost or closed, this code (with the join code) opens the console on another device at <b>/class/recover</b>. It is shown only now.
      </p>
      <p className="recovery-code">{code}</p>
      <button
        className="btn small"
        onClick={() => {
          recoveryCodes.remove(sessionId);
          setCode(null);
        }}
      >
        I have written it down
      </button>
    </section>
  );
}

/** The teacher console: seating before the start, then every table live with its controls; results once ended. */
export function TeacherConsole({ sessionId }: { sessionId: string }) {
  const [key] = useState(() => keyFromLink(sessionId));
  // Changes arrive by push; the slow poll only covers a stream that cannot connect.
  const { data, error, stopped, refresh } = usePoll(() => api<ConsoleData>('GET', `/api/class/${sessionId}`, { teacherKey: key }), 30_000, [sessionId]);
  useClassStream(key && !stopped ? { teacher: sessionId, key } : null, refresh);
  const [notice, setNotice] = useState<string | null>(null);
  const [picked, setPicked] = useState<EventId | null>(null);
  const [fill, setFill] = useState<'hold' | 'bot'>('hold');

  if (!key) return <NoConsole why="This browser does not hold the teacher key of this session." />;
  if (stopped && error) return <NoConsole why={error} />;

  const act: Act = async (path, body, confirmText) => {
    if (confirmText && !window.confirm(confirmText)) return;
    setNotice(null);
    try {
      const method = path === '' ? 'DELETE' : 'POST';
      const result = await api<Record<string, unknown>>(method, `/api/class/${sessionId}${path}`, { teacherKey: key, body: body ?? {} });
      if (path === '') {
        teacherKeys.remove(sessionId);
        navigate('/class');
        return;
      }
      if (path === '/inject') {
        const injected = (result.injected as { table: number; forRound: number; lastRound: boolean }[]) ?? [];
        const now = (body as { now?: boolean } | undefined)?.now === true;
        const title = EVENTS[(body as { eventId: EventId }).eventId].title;
        setNotice(
          injected.length
            ? `"${title}" ${now ? 'opens a new round now' : `will be the crisis of round ${injected[0]!.forRound}`} at ${injected.length} table(s).${injected.some((i) => i.lastRound) ? ' (Tables in their last round will not draw it.)' : ''}`
            : 'No table in play to inject into.',
        );
      }
      refresh();
    } catch (e) {
      setNotice((e as Error).message);
    }
  };

  if (!data)
    return (
      <main className="page" id="main">
        <p className="loading" role="status">
          {error ?? 'Loading the console…'}
        </p>
      </main>
    );
  const { session, students, tables } = data;
  const lobby = session.status === 'lobby';
  const ended = session.status === 'ended';
  const joinAddress = session.joinUrl.replace(/^https?:\/\//, '').replace(/\/[^/]*$/, '');
  // The cards this scenario's deck holds: no Russian card in 2018, no Hanoi walk-out in 2025.
  const injectable = [...new Set(buildDeck(session.scenario))];
  const eventId = picked !== null && injectable.includes(picked) ? picked : (injectable[0] as EventId);

  return (
    <main className="page class-console" id="main">
      <header className="console-head">
        <div>
          <p className="eyebrow">
            Teacher console · {session.scenarioLabel} · {session.rounds} rounds · {ended ? 'ended' : session.status}
          </p>
          <h1>{session.title}</h1>
          {!ended && (
            <p className="join-line">
              Students go to <b className="join-address">{joinAddress}</b> and type{' '}
              <span className="join-code" aria-label={`Join code ${session.joinCode.split('').join(' ')}`}>
                {session.joinCode}
              </span>
            </p>
          )}
          {!ended && !session.reachable && (
            <p className="refusal" role="alert">
              Only this computer can reach the server: phones cannot open this address. Restart it with HOST=0.0.0.0 (same network) or set PUBLIC_URL (see the
              README).
            </p>
          )}
          <p className="button-row">
            <a className="btn small" href={`/class/projector/${session.joinCode}`} target="_blank" rel="noreferrer">
              Projector view
            </a>
            <Link className="btn small" href={`/class/${sessionId}/briefings/${session.scenario}`}>
              Role briefings
            </Link>
            <Link className={`btn small${ended ? ' primary' : ''}`} href={`/class/${sessionId}/debrief`}>
              Debrief
            </Link>
          </p>
          <details className="teacher-link">
            <summary>Open this console on another device</summary>
            <p className="hint">
              This link holds your teacher key: anyone with it controls the session. Do not project it. Your recovery code works too (at /class/recover).
            </p>
            <input readOnly aria-label="Teacher link" value={`${window.location.origin}/class/${sessionId}#key=${key}`} onFocus={(e) => e.target.select()} />
          </details>
        </div>
        {!ended && <QrCode text={session.joinUrl} size={140} label={`QR code to join: ${session.joinUrl}`} />}
      </header>
      <RecoveryNotice sessionId={sessionId} />

      <section className="panel console-controls" aria-label="Controls for all tables">
        {lobby && (
          <button
            className="btn primary big"
            onClick={() => void act('/start', {}, `Start all tables now with ${students.length} student(s)? Empty seats become bots.`)}
          >
            Start all tables
          </button>
        )}
        {ended && (
          <p role="status">
            <b>The session has ended.</b> Every table is frozen as it stood; results are on the projector and in the debrief.
          </p>
        )}
        {session.status === 'running' && (
          <div className="button-row">
            <button className="btn" onClick={() => void act('/pause')}>
              Pause all
            </button>
            <button className="btn" onClick={() => void act('/resume')}>
              Resume all
            </button>
            <button className="btn" onClick={() => void act('/extend', { seconds: 60 })}>
              +1 min for all
            </button>
            <label className="inline">
              Late seats:{' '}
              <select value={fill} onChange={(e) => setFill(e.target.value as 'hold' | 'bot')}>
                <option value="hold">hold (calm, keep commitments)</option>
                <option value="bot">play as a bot</option>
              </select>
            </label>
            <button className="btn" onClick={() => void act('/end-phase', { fill }, 'End the current phase at every table now?')}>
              End phase now (all)
            </button>
            <label className="inline">
              Crisis:{' '}
              <select value={eventId} onChange={(e) => setPicked(e.target.value as EventId)} aria-label="Crisis event to inject">
                {injectable.map((id) => (
                  <option key={id} value={id}>
                    {EVENTS[id].title}
                  </option>
                ))}
              </select>
            </label>
            <button className="btn" onClick={() => void act('/inject', { eventId })}>
              Inject next round (all)
            </button>
            <button
              className="btn"
              onClick={() =>
                void act(
                  '/inject',
                  { eventId, now: true },
                  'Inject now: every table ends its current round at once (seats that have not acted hold) and the event opens the next. Go on?',
                )
              }
            >
              Inject now (all)
            </button>
            <label className="inline">
              <input type="checkbox" checked={session.press} onChange={(e) => void act('/settings', { press: e.target.checked })} /> Student press
            </label>
            <button className="btn danger" onClick={() => void act('/end', {}, 'End the session? Games stop where they are; results and the debrief stay.')}>
              End session
            </button>
          </div>
        )}
        <p className="button-row">
          <button
            className="btn danger small"
            onClick={() => void act('', undefined, 'Delete this session and all its data (students, games, decisions)? This cannot be undone.')}
          >
            Delete session and all its data
          </button>
        </p>
        <p className="refusal" role="status">
          {notice ?? error ?? ''}
        </p>
      </section>

      {session.status === 'running' && <TeacherMessages act={act} tables={tables.map((t) => t.table)} messages={data.messages} />}
      {lobby ? (
        <Seating sessionId={sessionId} teacherKey={key} data={data} onChange={refresh} />
      ) : (
        <section className="table-grid" aria-label="Tables">
          {tables.map((t) => (
            <TableCard
              key={t.table}
              t={t}
              act={act}
              eventId={eventId}
              fill={fill}
              joinCode={session.joinCode}
              ended={ended}
              replayHref={t.matchID ? classReplayPath(sessionId, t.matchID) : undefined}
            />
          ))}
        </section>
      )}
    </main>
  );
}
