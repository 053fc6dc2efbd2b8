import { useEffect, useState } from 'react';
import type { ReplayRound } from '../../shared/api/replay';
import { EVENTS, OUTCOMES, SCENARIOS, TRACK_INFO, type RoundRecord, type TrackId } from '../../shared/index';
import { LineChart } from '../game/LineChart';
import { RoleChip } from '../game/roleStyle';
import { Link } from '../router';
import { getReplay } from '../replay/api';

const COMPARED: readonly TrackId[] = ['tension', 'capability', 'sanctions'];

/** Every round record a branch has so far: those before its latest round, and the latest once played. */
function recordsOf(r: ReplayRound): RoundRecord[] {
  return [...r.view.history, ...(r.record ? [r.record] : [])];
}

function Branch({ title, replay, forkRound }: { title: string; replay: ReplayRound; forkRound: number }) {
  const records = recordsOf(replay);
  const start = SCENARIOS[replay.view.options.scenario].tracks;
  return (
    <section className="branch" aria-label={title} data-testid="branch">
      <h4>{title}</h4>
      <p>
        {replay.result ? (
          <>
            <b>{OUTCOMES[replay.result.outcome].label}</b> ·{' '}
            {replay.result.winners.length ? replay.result.winners.map((r) => <RoleChip key={r} role={r} short />) : 'no winner'}
          </>
        ) : (
          <span className="muted">Still being played: round {replay.round}.</span>
        )}
      </p>
      <LineChart
        title={`${title}: the board`}
        series={COMPARED.map((t) => ({ label: TRACK_INFO[t].label, values: [start[t], ...records.map((h) => h.tracks[t])] }))}
      />
      <ol className="branch-events">
        {records.map((h) => (
          <li key={h.round} className={h.round >= forkRound ? 'after-fork' : ''}>
            Round {h.round}: {EVENTS[h.event].title}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A table and a fork of it, side by side in the class debrief: the same start, then two branches
 * from the fork's round on (rounds from there are marked). The teacher forks a table from its
 * replay; the newest fork is shown, and a choice appears when there are several.
 */
export function TableBranches({ sessionId, table, matchID, teacherKey }: { sessionId: string; table: number; matchID: string; teacherKey: string }) {
  const [original, setOriginal] = useState<ReplayRound | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [fork, setFork] = useState<ReplayRound | null>(null);
  useEffect(() => {
    let live = true;
    getReplay(matchID, null, { teacherKey }).then(
      (r) => live && setOriginal(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [matchID, teacherKey]);
  const forkID = chosen ?? original?.forks[original.forks.length - 1]?.matchID ?? null;
  useEffect(() => {
    if (!forkID) return;
    let live = true;
    getReplay(forkID, null).then(
      (r) => live && setFork(r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [forkID]);
  const replayLink = (
    <Link className="btn small" href={`/class/${sessionId}/replay/${matchID}`}>
      Replay or fork table {table}
    </Link>
  );
  if (!original || original.forks.length === 0) return <p className="no-print">{replayLink}</p>;
  return (
    <section className="branches-wrap" aria-labelledby={`branches-${table}`}>
      <h3 id={`branches-${table}`}>Table {table}: two branches</h3>
      {original.forks.length > 1 ? (
        <label className="no-print">
          Fork shown{' '}
          <select value={forkID ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {original.forks.map((f, i) => (
              <option key={f.matchID} value={f.matchID}>
                Fork {i + 1}, from round {f.round}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {fork && fork.fork ? (
        <div className="branches">
          <Branch title={`Table ${table} as played`} replay={original} forkRound={fork.fork.round} />
          <Branch title={`Fork from round ${fork.fork.round}`} replay={fork} forkRound={fork.fork.round} />
        </div>
      ) : (
        <p role="status">Loading the fork…</p>
      )}
      <p className="no-print">{replayLink}</p>
    </section>
  );
}
