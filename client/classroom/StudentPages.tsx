import { useState } from 'react';
import type { Joined } from '../../shared/api/classroom';
import { ROLE_NAMES } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { Link, navigate } from '../router';
import { api, ApiError, studentToken, type MeData, type TeacherMessage, type TimerInfo } from './api';
import { ClassGameClient } from './ClassGame';
import { StudentDebriefPage } from './StudentDebriefPage';
import { useClassStream, usePoll } from './hooks';
import { TimerBadge } from './widgets';

/** /join: a code and a display name; no email, no password. A taken name asks whether it is the same student. */
export function JoinPage({ code: initialCode }: { code?: string | undefined }) {
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);

  async function join(rejoin: boolean) {
    setBusy(true);
    try {
      const joined = await api<Joined>('POST', '/api/class/join', { body: { code, name, ...(rejoin ? { rejoin: true } : {}) } });
      studentToken.set(joined.token);
      navigate('/class/play');
    } catch (e) {
      setTaken(e instanceof ApiError && e.code === 'NAME_TAKEN');
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <main className="page narrow join-page" id="main">
      <p className="eyebrow">Peninsula · classroom</p>
      <h1>Join your class</h1>
      <form
        className="card card-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join(false);
        }}
      >
        <div className="field">
          <label htmlFor="join-code">Class code</label>
          <input
            id="join-code"
            className="code-input"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            placeholder="e.g. K7MWXP"
            aria-describedby="join-code-hint"
            required
          />
          <p className="hint" id="join-code-hint">
            Six letters and digits, shown on the board.
          </p>
        </div>
        <div className="field">
          <label htmlFor="join-name">Your display name</label>
          <input
            id="join-name"
            value={name}
            maxLength={32}
            autoComplete="nickname"
            onChange={(e) => {
              setName(e.target.value);
              setTaken(false);
            }}
            required
          />
          <p className="hint">First name or a nickname. No email, no password. Back on a new device? Type the same name.</p>
        </div>
        <p className="refusal" role="alert">
          {error ?? ''}
        </p>
        {taken && (
          <button className="btn wide" type="button" disabled={busy} onClick={() => void join(true)}>
            That is me: rejoin my seat
          </button>
        )}
        <button className="btn primary big wide" type="submit" disabled={busy}>
          Join
        </button>
      </form>
    </main>
  );
}

function Messages({ messages }: { messages: TeacherMessage[] }) {
  const latest = messages[messages.length - 1];
  if (!latest) return null;
  return (
    <p className="teacher-note" role="status">
      <b>Teacher{latest.table === null ? '' : ` (table ${latest.table})`}:</b> {latest.text}
    </p>
  );
}

/** /class/play: where a student sits; the briefing before the start, the role's own view of the table, results at the end. */
export function StudentTable() {
  const token = studentToken.get();
  const [seated, setSeated] = useState(false);
  // The start, pauses, extensions, the teacher's messages and new phases arrive by push; the slow polls only cover a stream that cannot connect.
  const me = usePoll(() => api<MeData>('GET', '/api/class/me', { studentToken: token }), 30_000, [seated]);
  if (!seated && me.data?.seat) setSeated(true);
  const matchID = me.data?.session.status === 'running' ? me.data.seat?.matchID : undefined;
  const timer = usePoll(() => (matchID ? api<TimerInfo>('GET', `/api/matches/${matchID}/timer`) : Promise.resolve(null)), 30_000, [matchID]);
  useClassStream(token && !me.stopped ? { studentToken: token } : null, () => {
    me.refresh();
    timer.refresh();
  });

  if (!token || me.stopped || (me.error && !me.data)) {
    const gone = !token || me.stopped;
    return (
      <main className="page narrow" id="main">
        <h1>{gone ? 'You are not in a class yet' : 'Connecting…'}</h1>
        {token && me.error && <p role="alert">{me.error}</p>}
        {gone && (
          <p>
            <Link className="btn primary" href="/join">
              Join with your class code
            </Link>
          </p>
        )}
      </main>
    );
  }
  if (!me.data)
    return (
      <main className="page" id="main">
        <p className="loading" role="status">
          Finding your seat…
        </p>
      </main>
    );
  const { student, session, teammates, seat, paused, messages } = me.data;
  const role = student.role;
  // An ended session is results only: no live game, no timer, no controls.
  if (session.status === 'ended') return <StudentDebriefPage ended />;

  const bar = (
    <span className="class-bar">
      <span className="badge">Table {student.table}</span>
      {teammates.length > 0 && <span className="muted">with {teammates.join(', ')}</span>}
      {paused ? (
        <span className="badge attention" role="status">
          Paused by your teacher
        </span>
      ) : (
        <TimerBadge timer={timer.data} />
      )}
      {me.data.over && (
        <Link className="btn small" href="/class/play/debrief">
          Table debrief
        </Link>
      )}
      <Messages messages={messages} />
    </span>
  );

  if (!seat) {
    return (
      <main className="page narrow" id="main">
        <p className="eyebrow">
          {session.title} · {session.scenarioLabel}
        </p>
        <h1>
          You are <RoleChip role={role} /> at table {student.table}
        </h1>
        <p className="lead">
          {teammates.length
            ? `You play this role as a team with ${teammates.join(', ')}: you all see the same screen and any of you may act.`
            : 'Other students may join your role as a team.'}
        </p>
        <Messages messages={messages} />
        <p role="status">Waiting for your teacher to start the game. Read your briefing in the meantime.</p>
        <p>
          <Link className="btn primary" href={`/class/briefing/${role}/${session.scenario}`}>
            Read the {ROLE_NAMES[role]} briefing
          </Link>
        </p>
        <p className="hint">
          Not you?{' '}
          <button
            className="btn small"
            onClick={() => {
              studentToken.remove();
              navigate('/join');
            }}
          >
            Leave and join again
          </button>
        </p>
      </main>
    );
  }
  return (
    <ClassGameClient
      key={seat.matchID}
      matchID={seat.matchID}
      playerID={seat.playerID}
      credentials={seat.credentials}
      toolbar={bar}
      paused={paused}
      press={session.press}
    />
  );
}

export { ApiError };
