import { useState } from 'react';
import { EVENT_IDS, EVENTS } from '../../shared/data/events';
import type { ScenarioId } from '../../shared/data/scenarios';
import { ROLES, type Role } from '../../shared/roles';
import { TRACK_INFO, type TrackId } from '../../shared/tracks';
import { ScenarioFields } from '../common/SetupFields';
import { useSubmit } from '../common/useSubmit';
import { RoleChip } from '../game/roleStyle';
import { Link, navigate } from '../router';
import { api, teacherKeys, type ConsoleData, type LiveTable } from './api';
import { usePoll } from './hooks';
import { LessonPresetField } from '../teach/LessonPresetField';
import { PHASE_LABELS, QrCode, Sparkline, TimerBadge } from './widgets';

/** Create a class: scenario, rounds, phase timers, tables. The teacher key stays in this browser. */
export function CreateClass() {
  const [title, setTitle] = useState('');
  const [scenario, setScenario] = useState<ScenarioId>('singapore2018');
  const [rounds, setRounds] = useState(6);
  const [diplomacy, setDiplomacy] = useState(5);
  const [orders, setOrders] = useState(2);
  const [crisis, setCrisis] = useState(1);
  const [tablesMode, setTablesMode] = useState<'auto' | 'fixed'>('auto');
  const [tables, setTables] = useState(6);
  const { submit, error, busy } = useSubmit(async () => {
    const created = await api<{ sessionId: string; teacherKey: string }>('POST', '/api/class', {
      body: {
        title, scenario, rounds,
        timers: { crisis: Math.round(crisis * 60), diplomacy: Math.round(diplomacy * 60), orders: Math.round(orders * 60) },
        tables: tablesMode === 'auto' ? null : tables,
      },
    });
    teacherKeys.set(created.sessionId, created.teacherKey);
    navigate(`/class/${created.sessionId}`);
  });

  const minutes = (id: string, label: string, value: number, set: (n: number) => void, hint: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={0} max={60} step={0.5} value={value} onChange={(e) => set(Math.max(0, Math.min(60, Number(e.target.value) || 0)))} aria-describedby={`${id}-hint`} />
      <p className="hint" id={`${id}-hint`}>{hint}</p>
    </div>
  );

  return (
    <main className="page narrow" id="main">
      <p className="eyebrow">Classroom mode</p>
      <h1>Create a class session</h1>
      <p className="lead">No account needed: you get a join code for the board and a secret teacher key, kept in this browser.</p>
      <form className="card card-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="class-title">Name of the session (optional)</label>
          <input id="class-title" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Politics 11B, Tuesday" />
        </div>
        <LessonPresetField onPreset={(p) => {
          setRounds(p.rounds);
          setDiplomacy(p.timers.diplomacy / 60);
          setOrders(p.timers.orders / 60);
          setCrisis(p.timers.crisis / 60);
        }} />
        <ScenarioFields idPrefix="class" scenario={scenario} rounds={rounds} onScenario={setScenario} onRounds={setRounds} />
        <fieldset className="field">
          <legend>Phase timers (minutes; 0 = no timer)</legend>
          <div className="field-row">
            {minutes('timer-diplomacy', 'Diplomacy', diplomacy, setDiplomacy, 'Talks, summits, press.')}
            {minutes('timer-orders', 'Orders', orders, setOrders, 'Secret orders; late seats hold.')}
          </div>
          {minutes('timer-crisis', 'Crisis choice', crisis, setCrisis, 'When a card asks a role to choose.')}
        </fieldset>
        <fieldset className="field">
          <legend>Tables</legend>
          <label className="radio-row">
            <input type="radio" name="tables" checked={tablesMode === 'auto'} onChange={() => setTablesMode('auto')} /> From the students who join (a new table when five seats are taken)
          </label>
          <label className="radio-row">
            <input type="radio" name="tables" checked={tablesMode === 'fixed'} onChange={() => setTablesMode('fixed')} /> A fixed number of tables:{' '}
            <input type="number" aria-label="Number of tables" min={1} max={20} value={tables} disabled={tablesMode !== 'fixed'} onChange={(e) => setTables(Math.max(1, Math.min(20, Number(e.target.value) || 1)))} style={{ width: '5em' }} />
          </label>
          <p className="hint">Students fill tables seat by seat; extra students share a role as a team. Empty seats are played by bots.</p>
        </fieldset>
        <p className="refusal" role="alert">{error ?? ''}</p>
        <button className="btn primary big" type="submit" disabled={busy}>
          Create the session
        </button>
      </form>
    </main>
  );
}

const GLANCE: TrackId[] = ['capability', 'sanctions', 'enforcement', 'rapport', 'trustUsRok', 'trustUsJpn'];

/** A teacher link (/class/:id#key=…) carries the key to another device; it is stored there and dropped from the address bar. */
function keyFromLink(sessionId: string): string | null {
  const match = /(?:^#|&)key=([\w-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    teacherKeys.set(sessionId, match[1]);
    window.history.replaceState(null, '', window.location.pathname);
  }
  return teacherKeys.get(sessionId);
}

/** The teacher console: seating before the start, then every table live with its controls. */
export function TeacherConsole({ sessionId }: { sessionId: string }) {
  const [key] = useState(() => keyFromLink(sessionId));
  const { data, error, refresh } = usePoll(() => api<ConsoleData>('GET', `/api/class/${sessionId}`, { teacherKey: key }), 2000, [sessionId]);
  const [notice, setNotice] = useState<string | null>(null);
  const [eventId, setEventId] = useState<string>(EVENT_IDS[0]!);
  const [fill, setFill] = useState<'hold' | 'bot'>('hold');

  if (!key) {
    return (
      <main className="page narrow" id="main">
        <h1>Teacher console</h1>
        <p>This browser does not hold the teacher key of this session. Open the console from the browser that created it.</p>
        <Link href="/class">Create a new session</Link>
      </main>
    );
  }

  async function act(path: string, body?: unknown, confirmText?: string) {
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
        setNotice(injected.length ? `"${EVENTS[eventId as keyof typeof EVENTS].title}" will be the crisis of round ${injected[0]!.forRound} at ${injected.length} table(s).${injected.some((i) => i.lastRound) ? ' (Tables in their last round will not draw it.)' : ''}` : 'No table in play to inject into.');
      }
      refresh();
    } catch (e) {
      setNotice((e as Error).message);
    }
  }

  if (!data) return <main className="page" id="main"><p className="loading" role="status">{error ?? 'Loading the console…'}</p></main>;
  const { session, students, tables } = data;
  const joinUrl = `${window.location.origin}/join/${session.joinCode}`;
  const lobby = session.status === 'lobby';

  return (
    <main className="page class-console" id="main">
      <header className="console-head">
        <div>
          <p className="eyebrow">Teacher console · {session.scenarioLabel} · {session.rounds} rounds · {session.status}</p>
          <h1>{session.title}</h1>
          <p className="join-line">
            Students go to <b>{window.location.host}/join</b> and type <span className="join-code" aria-label={`Join code ${session.joinCode.split('').join(' ')}`}>{session.joinCode}</span>
          </p>
          <p className="button-row">
            <a className="btn small" href={`/class/projector/${session.joinCode}`} target="_blank" rel="noreferrer">Projector view</a>
            <Link className="btn small" href={`/class/${sessionId}/briefings`}>Role briefings</Link>
            <Link className="btn small" href={`/class/${sessionId}/debrief`}>Debrief</Link>
          </p>
          <details className="teacher-link">
            <summary>Open this console on another device</summary>
            <p className="hint">This link holds your teacher key: anyone with it controls the session. Do not project it.</p>
            <input readOnly aria-label="Teacher link" value={`${window.location.origin}/class/${sessionId}#key=${key}`} onFocus={(e) => e.target.select()} />
          </details>
        </div>
        <QrCode text={joinUrl} size={140} label={`QR code to join: ${joinUrl}`} />
      </header>

      <section className="panel console-controls" aria-label="Controls for all tables">
        {lobby ? (
          <button className="btn primary big" onClick={() => act('/start', {}, `Start all tables now with ${students.length} student(s)? Empty seats become bots.`)}>
            Start all tables
          </button>
        ) : (
          <div className="button-row">
            <button className="btn" onClick={() => act('/pause')}>Pause all</button>
            <button className="btn" onClick={() => act('/resume')}>Resume all</button>
            <button className="btn" onClick={() => act('/extend', { seconds: 60 })}>+1 min for all</button>
            <label className="inline">
              Late seats:{' '}
              <select value={fill} onChange={(e) => setFill(e.target.value as 'hold' | 'bot')}>
                <option value="hold">hold (calm, keep commitments)</option>
                <option value="bot">play as a bot</option>
              </select>
            </label>
            <button className="btn" onClick={() => act('/end-phase', { fill }, 'End the current phase at every table now?')}>End phase now (all)</button>
            <label className="inline">
              Crisis:{' '}
              <select value={eventId} onChange={(e) => setEventId(e.target.value)} aria-label="Crisis event to inject">
                {EVENT_IDS.map((id) => <option key={id} value={id}>{EVENTS[id].title}</option>)}
              </select>
            </label>
            <button className="btn" onClick={() => act('/inject', { eventId })}>Inject into all tables</button>
            {session.status !== 'ended' && <button className="btn danger" onClick={() => act('/end', {}, 'End the session? Games stop where they are; the debrief stays.')}>End session</button>}
          </div>
        )}
        <p className="button-row">
          <button className="btn danger small" onClick={() => act('', undefined, 'Delete this session and all its data (students, games, decisions)? This cannot be undone.')}>Delete session and all its data</button>
        </p>
        <p className="refusal" role="status">{notice ?? error ?? ''}</p>
      </section>

      {lobby ? <Seating sessionId={sessionId} teacherKey={key} data={data} onChange={refresh} /> : (
        <section className="table-grid" aria-label="Tables">
          {tables.map((t) => <TableCard key={t.table} t={t} act={act} eventId={eventId} fill={fill} joinCode={session.joinCode} />)}
        </section>
      )}
    </main>
  );
}

function TableCard({ t, act, eventId, fill, joinCode }: { t: LiveTable; act: (path: string, body?: unknown, confirm?: string) => void; eventId: string; fill: 'hold' | 'bot'; joinCode: string }) {
  return (
    <article className={`panel table-card${t.alerts.length ? ' alerting' : ''}`} aria-label={`Table ${t.table}`}>
      <header className="table-card-head">
        <h2>Table {t.table}</h2>
        <span className="badge">{t.over ? `Over: ${t.outcome ?? ''}` : `Round ${t.round}/${t.rounds} · ${PHASE_LABELS[t.phase ?? ''] ?? t.phase ?? '—'}`}</span>
        {!t.over && <TimerBadge timer={t.timer} />}
      </header>
      <div className="tension-row">
        <span className="tension-num" aria-label={`Tension ${t.tracks?.tension ?? '—'}`}>{t.tracks?.tension ?? '—'}</span>
        <Sparkline values={t.tension} label={`Table ${t.table} tension by round`} />
        <span className="muted small">tension</span>
      </div>
      {t.tracks && (
        <ul className="glance">
          {GLANCE.map((id) => <li key={id} title={TRACK_INFO[id].explain}>{TRACK_INFO[id].label} <b>{t.tracks![id]}</b></li>)}
          <li>Moratorium <b>{t.flags?.moratorium ? 'on' : 'off'}</b></li>
        </ul>
      )}
      {t.alerts.length > 0 && <ul className="alerts" role="alert">{t.alerts.map((a) => <li key={a}>{a}</li>)}</ul>}
      <p className="waiting">
        {t.over ? 'Game over.' : t.waitingForPeople.length ? <>Waiting for: {t.waitingForPeople.map((r) => <RoleChip key={r} role={r} short />)}</> : 'No student to wait for.'}
      </p>
      <ul className="seat-list">
        {t.seats.map((s) => (
          <li key={s.role}><RoleChip role={s.role} short /> {s.bot ? <span className="muted">bot</span> : s.students.map((x) => x.name).join(', ')}</li>
        ))}
      </ul>
      {t.injected && <p className="hint">Injected: “{t.injected.title}” in round {t.injected.forRound}.</p>}
      {!t.over && t.matchID && (
        <div className="button-row">
          <button className="btn small" onClick={() => act(t.paused ? '/resume' : '/pause', { table: t.table })}>{t.paused ? 'Resume' : 'Pause'}</button>
          <button className="btn small" onClick={() => act('/extend', { table: t.table, seconds: 60 })}>+1 min</button>
          <button className="btn small" onClick={() => act('/end-phase', { table: t.table, fill })}>End phase</button>
          <button className="btn small" onClick={() => act('/inject', { table: t.table, eventId })}>Inject crisis</button>
          <a className="btn small" href={`/class/projector/${joinCode}/${t.table}`} target="_blank" rel="noreferrer">Projector</a>
        </div>
      )}
    </article>
  );
}

function Seating({ sessionId, teacherKey, data, onChange }: { sessionId: string; teacherKey: string; data: ConsoleData; onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const { students, session } = data;
  const tableCount = Math.max(session.tables ?? 0, ...students.map((s) => s.table), 1) + (session.tables === null ? 1 : 0);
  async function move(studentId: string, table: number, role: Role) {
    try {
      await api('POST', `/api/class/${sessionId}/seat`, { teacherKey, body: { studentId, table, role } });
      setError(null);
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const tables = Array.from({ length: tableCount }, (_, i) => i + 1);
  return (
    <section className="panel" aria-label="Seating">
      <h2>Seating ({students.length} student{students.length === 1 ? '' : 's'} joined)</h2>
      <p className="hint">Students are seated as they join. Move anyone before the start; several students on one role play it as a team. Empty seats will be bots.</p>
      <p className="refusal" role="alert">{error ?? ''}</p>
      <div className="table-grid">
        {tables.map((table) => (
          <div key={table} className="seating-table">
            <h3>Table {table}{students.some((s) => s.table === table) ? '' : ' — empty, will not start'}</h3>
            <ul className="seat-list">
              {ROLES.map((role) => {
                const team = students.filter((s) => s.table === table && s.role === role);
                return (
                  <li key={role}>
                    <RoleChip role={role} short />{' '}
                    {team.length === 0 ? <span className="muted">bot</span> : team.map((s) => (
                      <span key={s.studentId} className="student">
                        {s.name}{' '}
                        <select aria-label={`Move ${s.name}`} value={`${s.table}:${s.role}`} onChange={(e) => {
                          const [t, r] = e.target.value.split(':');
                          void move(s.studentId, Number(t), r as Role);
                        }}>
                          {tables.flatMap((tt) => ROLES.map((rr) => <option key={`${tt}:${rr}`} value={`${tt}:${rr}`}>Table {tt} · {rr}</option>))}
                        </select>
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
