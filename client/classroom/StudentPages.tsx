import { useState } from 'react';
import { ROLE_NAMES, type Role } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { Link, navigate } from '../router';
import { api, ApiError, studentToken, type MeData, type TimerInfo } from './api';
import { usePoll } from './hooks';
import { ClassGameClient } from './ClassGame';
import { TimerBadge } from './widgets';
import { useSubmit } from '../common/useSubmit';

/** /join: a code and a display name; no email, no password. */
export function JoinPage({ code: initialCode }: { code?: string | undefined }) {
  const [code, setCode] = useState(initialCode ?? '');
  const [name, setName] = useState('');
  const { submit, error, busy } = useSubmit(async () => {
    const joined = await api<{ token: string }>('POST', '/api/class/join', { body: { code, name } });
    studentToken.set(joined.token);
    navigate('/class/play');
  });

  return (
    <main className="page narrow join-page" id="main">
      <p className="eyebrow">Peninsula · classroom</p>
      <h1>Join your class</h1>
      <form className="card card-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="join-code">Class code</label>
          <input id="join-code" className="code-input" value={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12}
            onChange={(e) => setCode(e.target.value.toUpperCase())} placeholder="e.g. K7MWXP" aria-describedby="join-code-hint" required />
          <p className="hint" id="join-code-hint">Six letters and digits, shown on the board.</p>
        </div>
        <div className="field">
          <label htmlFor="join-name">Your display name</label>
          <input id="join-name" value={name} maxLength={32} autoComplete="nickname" onChange={(e) => setName(e.target.value)} required />
          <p className="hint">First name or a nickname. No email, no password.</p>
        </div>
        <p className="refusal" role="alert">{error ?? ''}</p>
        <button className="btn primary big wide" type="submit" disabled={busy}>Join</button>
      </form>
    </main>
  );
}

/** /class/play: where a student sits; the briefing before the start, then the role's own view of the table. */
export function StudentTable() {
  const token = studentToken.get();
  const [seated, setSeated] = useState(false);
  // Often while waiting for the start; then only for the session's status and the end of the game.
  const me = usePoll(() => api<MeData>('GET', '/api/class/me', { studentToken: token }), seated ? 10_000 : 3000, [seated]);
  if (!seated && me.data?.seat) setSeated(true);
  const matchID = me.data?.seat?.matchID;
  const timer = usePoll(() => (matchID ? api<TimerInfo>('GET', `/api/matches/${matchID}/timer`) : Promise.resolve(null)), 2000, [matchID]);

  if (!token || (me.error && !me.data)) {
    const gone = !token || /Unknown student|deleted/.test(me.error ?? '');
    return (
      <main className="page narrow" id="main">
        <h1>{gone ? 'You are not in a class yet' : 'Connecting…'}</h1>
        {gone ? <p><Link href="/join">Join with your class code</Link></p> : <p className="muted">{me.error}</p>}
      </main>
    );
  }
  if (!me.data) return <main className="page" id="main"><p className="loading" role="status">Finding your seat…</p></main>;
  const { student, session, teammates, seat } = me.data;
  const role = student.role as Role;

  const bar = (
    <span className="class-bar">
      <span className="badge">Table {student.table}</span>
      {teammates.length > 0 && <span className="muted">with {teammates.join(', ')}</span>}
      <TimerBadge timer={timer.data} />
      {timer.data?.paused && <span className="badge attention" role="status">Paused by your teacher</span>}
      {session.status === 'ended' && <span className="badge attention">Session ended</span>}
      {(me.data.over || session.status === 'ended') && <Link className="btn small" href="/class/play/debrief">Table debrief</Link>}
    </span>
  );

  if (!seat) {
    return (
      <main className="page narrow" id="main">
        <p className="eyebrow">{session.title} · {session.scenarioLabel}</p>
        <h1>You are <RoleChip role={role} /> at table {student.table}</h1>
        <p className="lead">{teammates.length ? `You play this role as a team with ${teammates.join(', ')}: you all see the same screen and any of you may act.` : 'Other students may join your role as a team.'}</p>
        <p role="status">Waiting for your teacher to start the game. Read your briefing in the meantime.</p>
        <p><Link className="btn primary" href={`/class/briefing/${role}`}>Read the {ROLE_NAMES[role]} briefing</Link></p>
        <p className="hint">Not you? <button className="btn small" onClick={() => { studentToken.remove(); navigate('/join'); }}>Leave and join again</button></p>
      </main>
    );
  }
  return <ClassGameClient matchID={seat.matchID} playerID={seat.playerID} credentials={seat.credentials} toolbar={bar} />;
}

export { ApiError };
