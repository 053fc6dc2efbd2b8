import { Link } from '../router';
import { RoleChip } from '../game/roleStyle';
import { TRACK_INFO, type TrackId } from '../../shared/tracks';
import type { LiveTable } from './api';
import { PHASE_LABELS, Sparkline, TimerBadge } from './widgets';

export type Act = (path: string, body?: unknown, confirm?: string) => Promise<void>;

const GLANCE: TrackId[] = ['capability', 'sanctions', 'enforcement', 'rapport', 'trustUsRok', 'trustUsJpn'];

/** One table on the console: where it stands, who it waits for, and its own controls (none once the session ended). */
export function TableCard({
  t,
  act,
  eventId,
  fill,
  joinCode,
  ended,
  replayHref,
}: {
  t: LiveTable;
  act: Act;
  eventId: string;
  fill: 'hold' | 'bot';
  joinCode: string;
  ended: boolean;
  replayHref?: string | undefined;
}) {
  return (
    <article className={`panel table-card${t.alerts.length ? ' alerting' : ''}`} aria-label={`Table ${t.table}`}>
      <header className="table-card-head">
        <h2>Table {t.table}</h2>
        <span className="badge">
          {t.over ? `Over: ${t.outcome ?? ''}` : `Round ${t.round}/${t.rounds} · ${ended ? 'stopped' : (PHASE_LABELS[t.phase ?? ''] ?? t.phase ?? '—')}`}
        </span>
        {!t.over && !ended && <TimerBadge timer={t.timer} />}
      </header>
      <div className="tension-row">
        <span className="tension-num" aria-label={`Tension ${t.tracks?.tension ?? '—'}`}>
          {t.tracks?.tension ?? '—'}
        </span>
        <Sparkline values={t.tension} label={`Table ${t.table} tension by round`} />
        <span className="muted small">tension</span>
      </div>
      {t.tracks && (
        <ul className="glance">
          {GLANCE.map((id) => (
            <li key={id} title={TRACK_INFO[id].explain}>
              {TRACK_INFO[id].label} <b>{t.tracks![id]}</b>
            </li>
          ))}
          <li>
            Moratorium <b>{t.flags?.moratorium ? 'on' : 'off'}</b>
          </li>
        </ul>
      )}
      {t.alerts.length > 0 && (
        <ul className="alerts" role="alert">
          {t.alerts.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <p className="waiting">
        {t.over ? (
          'Game over.'
        ) : ended ? (
          'Stopped when the session ended.'
        ) : t.waitingForPeople.length ? (
          <>
            Waiting for:{' '}
            {t.waitingForPeople.map((r) => (
              <RoleChip key={r} role={r} short />
            ))}
          </>
        ) : (
          'No student to wait for.'
        )}
      </p>
      <ul className="seat-list">
        {t.seats.map((s) => (
          <li key={s.role}>
            <RoleChip role={s.role} short /> {s.bot ? <span className="muted">bot</span> : s.students.map((x) => x.name).join(', ')}
          </li>
        ))}
      </ul>
      {replayHref && (
        <p>
          <Link className="btn small" href={replayHref}>
            Replay or fork
          </Link>
        </p>
      )}
      {t.injected && (
        <p className="hint">
          Injected: “{t.injected.title}” in round {t.injected.forRound}.
        </p>
      )}
      {!t.over && !ended && t.matchID && (
        <div className="button-row">
          <button className="btn small" onClick={() => void act(t.paused ? '/resume' : '/pause', { table: t.table })}>
            {t.paused ? 'Resume' : 'Pause'}
          </button>
          <button className="btn small" onClick={() => void act('/extend', { table: t.table, seconds: 60 })}>
            +1 min
          </button>
          <button className="btn small" onClick={() => void act('/end-phase', { table: t.table, fill })}>
            End phase
          </button>
          <button className="btn small" onClick={() => void act('/inject', { table: t.table, eventId })}>
            Inject next round
          </button>
          <button
            className="btn small"
            onClick={() =>
              void act(
                '/inject',
                { table: t.table, eventId, now: true },
                `Inject now at table ${t.table}: its round ends at once (seats that have not acted hold). Go on?`,
              )
            }
          >
            Inject now
          </button>
          <a className="btn small" href={`/class/projector/${joinCode}/${t.table}`} target="_blank" rel="noreferrer">
            Projector
          </a>
        </div>
      )}
    </article>
  );
}
