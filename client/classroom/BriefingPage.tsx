import { briefingsFor, type BriefingSet } from '../../shared/data/briefings';
import { ROLES, type Role } from '../../shared/roles';
import { ROLE_COLOURS } from '../game/roleStyle';
import { Link } from '../router';
import { api, studentToken, type MeData } from './api';
import { useClassStream, usePoll } from './hooks';

function OneBriefing({ role, set }: { role: Role; set: BriefingSet }) {
  const b = set.roles[role];
  const sources = [...(b.sources ?? []), ...set.sources];
  return (
    <article className="briefing" aria-labelledby={`brief-${role}`}>
      <p className="eyebrow">Role briefing · {set.setIn} · before round 1</p>
      {/* The title starts with the role's name: a chip beside it would have it read out twice; the dot keeps the colour. */}
      <h1 id={`brief-${role}`} style={{ ['--role' as string]: ROLE_COLOURS[role] }}>
        <span className="role-dot" aria-hidden="true" /> {b.title}
      </h1>
      <p className="lead">{b.youAre}</p>
      <div className="briefing-cols">
        <section>
          <h2>The road here</h2>
          <ul className="timeline">
            {set.timeline.map((t) => (
              <li key={t.year}>
                <b>{t.year}</b> {t.text}
              </li>
            ))}
          </ul>
        </section>
        <section>
          <h2>What your government remembers</h2>
          <ul className="timeline">
            {b.history.map((t) => (
              <li key={t.year + t.text.slice(0, 10)}>
                <b>{t.year}</b> {t.text}
              </li>
            ))}
          </ul>
          <h2>Your interests</h2>
          <ul>
            {b.interests.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          <h2>Your red lines</h2>
          <ul>
            {b.redLines.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
          <h2>What if…?</h2>
          <ul>
            {b.whatIf.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </section>
      </div>
      {sources.length > 0 && (
        <section className="briefing-sources">
          <h2>Sources</h2>
          <ul>
            {sources.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="hint">You also hold a secret agenda, shown on your screen when the game starts. Keep it to yourself.</p>
    </article>
  );
}

/**
 * A student reading the briefing while the teacher starts: the class's push says so here, where the clock is
 * not shown, or the crisis timer ran out on a student still reading.
 */
function GameStartedNotice() {
  const token = studentToken.get();
  const me = usePoll(() => (token ? api<MeData>('GET', '/api/class/me', { studentToken: token }) : Promise.resolve(null)), 30_000);
  useClassStream(token && !me.stopped ? { studentToken: token } : null, me.refresh);
  if (!me.data?.seat || me.data.session.status !== 'running') return null;
  return (
    <p className="banner notice no-print game-started" role="alert">
      <span>Your teacher has started the game: the clock is running.</span>
      <Link className="btn primary" href="/class/play">
        Back to your table
      </Link>
    </p>
  );
}

/** One role's briefing (a student's), or all five (the teacher's printout, one per page), for the class's scenario. */
export function BriefingPage({ role, scenario }: { role?: Role | undefined; scenario?: string | undefined }) {
  const roles = role ? [role] : [...ROLES];
  const set = briefingsFor(scenario);
  return (
    <main className="page briefing-page" id="main">
      {role ? <GameStartedNotice /> : null}
      <p className="no-print button-row">
        <button className="btn" onClick={() => window.print()}>
          Print
        </button>
        <button className="btn" onClick={() => window.history.back()}>
          Back
        </button>
      </p>
      {roles.map((r) => (
        <OneBriefing key={r} role={r} set={set} />
      ))}
    </main>
  );
}
