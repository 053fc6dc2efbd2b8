import { useEffect, useState } from 'react';
import type { ReplayRound } from '../../shared/api/replay';
import { SCENARIOS } from '../../shared/index';
import { PageHeader } from '../common/PageHeader';
import { MapSlot } from '../game/MapSlot';
import { CrisisCard } from '../game/panels/CrisisCard';
import { TracksPanel } from '../game/panels/TracksPanel';
import { Link } from '../router';
import { getReplay, replayPath, type ReplayAccess } from './api';
import { replayViewer } from './classAccess';
import { ForkForm } from './ForkForm';
import { RoundStory } from './RoundStory';
import { matchPath } from '../common/matchPath';
import './replay.css';

const STATUS_TEXT = {
  over: 'Finished',
  playing: 'Being played',
  waiting: 'Waiting for its host',
  stopped: 'Stopped early by the teacher, no outcome',
} as const;

function roundFromUrl(): number | null {
  const raw = new URLSearchParams(window.location.search).get('round');
  return raw && /^\d{1,3}$/.test(raw) ? Number(raw) : null;
}

const noMoves = () => null;
/** A match still being played is looked at again this often, so new rounds appear (a replay is cached per state). */
const FOLLOW_MS = 10_000;

/**
 * A match at the start of any round, stepping forward and back: the board, the crisis, what the
 * round brought, and after the end the agendas. What it shows is what the server's replay gives
 * this browser (its seat's view, or a spectator's). A Fork button starts a new match from that round.
 */
export default function ReplayPage({ matchID, access }: { matchID: string; access?: ReplayAccess }) {
  const [round, setRound] = useState<number | null>(roundFromUrl);
  // Who this browser is for this match, settled once before the first read (a class table's student: see classAccess.ts).
  const [viewer, setViewer] = useState<ReplayAccess | null>(access ?? null);
  useEffect(() => {
    if (viewer === null) void replayViewer(matchID).then(setViewer);
  }, [matchID, viewer]);
  const [replay, setReplay] = useState<ReplayRound | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const running = replay !== null && (replay.status === 'playing' || replay.status === 'waiting');
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTick((t) => t + 1), FOLLOW_MS);
    return () => clearInterval(id);
  }, [running]);
  useEffect(() => {
    if (viewer === null) return;
    let live = true;
    getReplay(matchID, round, viewer).then(
      (r) => {
        if (!live) return;
        setReplay(r);
        setError(null);
        window.history.replaceState(null, '', `${window.location.pathname}?round=${r.round}`);
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [matchID, round, tick, viewer]);

  if (error && !replay) {
    return (
      <main className="page narrow" id="main">
        <h1>Replay</h1>
        <p className="refusal" role="alert">
          {error}
        </p>
        <Link href="/">Home</Link>
      </main>
    );
  }
  if (!replay)
    return (
      <div className="loading" role="status">
        Loading the replay…
      </div>
    );
  const { view, firstRound, lastRound, fork, forks } = replay;
  const step = (to: number) => setRound(Math.min(lastRound, Math.max(firstRound, to)));
  return (
    <>
      <PageHeader where={`Replay · match ${matchID}`} />
      <main className="page replay-page" id="main" data-round={replay.round}>
        <header className="replay-head">
          <p className="eyebrow">
            Replay · {SCENARIOS[view.options.scenario].label} · {STATUS_TEXT[replay.status]}
          </p>
          <h1>
            Round <span data-testid="replay-round">{replay.round}</span> of {view.options.rounds}
          </h1>
          {fork ? (
            <p className="fork-origin" data-testid="fork-origin">
              Forked from <Link href={replayPath(fork.parentID, fork.round)}>another match</Link> at the start of round {fork.round}
              {fork.exact ? ' (same deck and agendas)' : ' (secrets dealt anew)'}.
            </p>
          ) : null}
          <nav className="replay-steps" aria-label="Rounds">
            <button type="button" className="btn" onClick={() => step(replay.round - 1)} disabled={replay.round <= firstRound} aria-label="Previous round">
              ◀ Previous
            </button>
            <ol className="round-dots">
              {Array.from({ length: lastRound - firstRound + 1 }, (_, i) => firstRound + i).map((r) => (
                <li key={r}>
                  <button
                    type="button"
                    className={`btn small${r === replay.round ? ' primary' : ''}`}
                    aria-current={r === replay.round ? 'step' : undefined}
                    onClick={() => step(r)}
                  >
                    {r}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="btn" onClick={() => step(replay.round + 1)} disabled={replay.round >= lastRound} aria-label="Next round">
              Next ▶
            </button>
          </nav>
          {error ? (
            <p className="refusal" role="alert">
              {error}
            </p>
          ) : null}
        </header>
        <div className="replay-grid">
          <div className="replay-board">
            <MapSlot G={view} />
            <TracksPanel G={view} />
          </div>
          <div className="replay-side">
            <CrisisCard G={view} playerID={replay.seat} send={noMoves} id="replay-crisis" offerChoice={false} />
            <RoundStory replay={replay} />
            <ForkForm key={replay.round} matchID={matchID} round={replay.round} names={replay.names} status={replay.status} access={viewer ?? {}} />
            {forks.length > 0 ? (
              <section className="panel" aria-labelledby="branches-title">
                <h2 id="branches-title">Forks of this match</h2>
                <ul>
                  {forks.map((f) => (
                    <li key={f.matchID}>
                      <Link href={replayPath(f.matchID, f.round)}>From round {f.round}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <p>
              <Link href={matchPath(matchID)}>Back to the match</Link>
            </p>
          </div>
        </div>
      </main>
    </>
  );
}
