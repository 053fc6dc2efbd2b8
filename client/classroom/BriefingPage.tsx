import { BRIEFING_TIMELINE, BRIEFINGS } from '../../shared/data/briefings';
import { ROLES, type Role } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';

function OneBriefing({ role }: { role: Role }) {
  const b = BRIEFINGS[role];
  return (
    <article className="briefing" aria-labelledby={`brief-${role}`}>
      <p className="eyebrow">Role briefing · before round 1</p>
      <h1 id={`brief-${role}`}><RoleChip role={role} /> {b.title}</h1>
      <p className="lead">{b.youAre}</p>
      <div className="briefing-cols">
        <section>
          <h2>The road here</h2>
          <ul className="timeline">{BRIEFING_TIMELINE.map((t) => <li key={t.year}><b>{t.year}</b> {t.text}</li>)}</ul>
        </section>
        <section>
          <h2>What your government remembers</h2>
          <ul className="timeline">{b.history.map((t) => <li key={t.year + t.text.slice(0, 10)}><b>{t.year}</b> {t.text}</li>)}</ul>
          <h2>Your interests</h2>
          <ul>{b.interests.map((x) => <li key={x}>{x}</li>)}</ul>
          <h2>Your red lines</h2>
          <ul>{b.redLines.map((x) => <li key={x}>{x}</li>)}</ul>
          <h2>What if…?</h2>
          <ul>{b.whatIf.map((x) => <li key={x}>{x}</li>)}</ul>
        </section>
      </div>
      <p className="hint">You also hold a secret agenda, shown on your screen when the game starts. Keep it to yourself.</p>
    </article>
  );
}

/** One role's briefing (a student's), or all five (the teacher's printout, one per page). */
export function BriefingPage({ role }: { role?: Role | undefined }) {
  const roles = role ? [role] : [...ROLES];
  return (
    <main className="page briefing-page" id="main">
      <p className="no-print button-row">
        <button className="btn" onClick={() => window.print()}>Print</button>
        <button className="btn" onClick={() => window.history.back()}>Back</button>
      </p>
      {roles.map((r) => <OneBriefing key={r} role={r} />)}
    </main>
  );
}
