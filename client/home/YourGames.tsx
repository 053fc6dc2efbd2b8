import { useEffect, useState } from 'react';
import type { MatchSummary } from '../../shared/api/matches';
import { isScenarioId, SCENARIOS } from '../../shared/data/scenarios';
import { roleOfPlayer } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { hostWaitWords } from '../online/hostWords';
import { getSummary } from '../online/summary';
import { forgetSeat, heldSeats, type HeldSeat } from '../online/seatStore';
import { replayPath } from '../replay/api';
import { Link } from '../router';
import { matchPath } from '../common/matchPath';
import './yourGames.css';

/** A held match as the list shows it: loading, gone from the server, or the server's summary. */
interface Row {
  matchID: string;
  seat: HeldSeat;
  summary: MatchSummary | null | 'loading' | 'unreachable';
}

function statusText(summary: Row['summary'], seat: HeldSeat): string {
  if (summary === 'loading') return 'Looking it up…';
  if (summary === 'unreachable') return 'The server did not answer; try again later.';
  if (summary === null) return 'No longer on the server.';
  if (summary.status === 'waiting')
    return summary.host === seat.playerID ? 'Waiting for you to start it.' : hostWaitWords(summary.hostName ?? 'the host', summary.hostAway);
  if (summary.status === 'over') return 'Finished.';
  return `Round ${summary.round} of ${summary.rounds}.`;
}

/** "Your games": every online match this browser holds a seat in, to resume; finished or vanished ones can be removed. */
export function YourGames() {
  const [rows, setRows] = useState<Row[]>(() => heldSeats().map((h) => ({ ...h, summary: 'loading' })));
  useEffect(() => {
    let live = true;
    for (const { matchID } of heldSeats()) {
      void getSummary(matchID).then(
        (summary) => live && setRows((all) => all.map((r) => (r.matchID === matchID ? { ...r, summary } : r))),
        () => live && setRows((all) => all.map((r) => (r.matchID === matchID ? { ...r, summary: 'unreachable' } : r))),
      );
    }
    return () => {
      live = false;
    };
  }, []);
  if (rows.length === 0) return null;
  const remove = (matchID: string) => {
    forgetSeat(matchID);
    setRows((all) => all.filter((r) => r.matchID !== matchID));
  };
  return (
    <section className="card your-games" aria-labelledby="your-games-title">
      <h2 id="your-games-title">Your games</h2>
      <ul className="your-games-list">
        {rows.map(({ matchID, seat, summary }) => {
          const role = roleOfPlayer(seat.playerID);
          const scenarioId = typeof summary === 'object' && summary ? summary.scenario : null;
          const scenario = scenarioId && isScenarioId(scenarioId) ? SCENARIOS[scenarioId].label : null;
          const removable = summary === null || (typeof summary === 'object' && summary.status === 'over');
          return (
            <li key={matchID} data-match={matchID}>
              <div className="your-game-what">
                {role ? <RoleChip role={role} name={seat.playerName} /> : null}
                <span>{scenario ?? `Match ${matchID}`}</span>
                <span className="muted">{statusText(summary, seat)}</span>
              </div>
              <div className="button-row">
                {summary !== null ? (
                  <Link
                    href={matchPath(matchID)}
                    className="btn small primary"
                    aria-label={`${removable ? 'Open' : 'Resume'} ${scenario ?? `match ${matchID}`}`}
                  >
                    {removable ? 'Open' : 'Resume'}
                  </Link>
                ) : null}
                {typeof summary === 'object' && summary && summary.status !== 'waiting' ? (
                  <Link href={replayPath(matchID)} className="btn small" aria-label={`Replay ${scenario ?? `match ${matchID}`}`}>
                    Replay
                  </Link>
                ) : null}
                {removable ? (
                  <button
                    type="button"
                    className="btn small"
                    onClick={() => remove(matchID)}
                    aria-label={`Remove ${scenario ?? `match ${matchID}`} from this list`}
                  >
                    Remove
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
