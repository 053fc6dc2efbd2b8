import { useEffect, useState } from 'react';
import { navigate } from '../router';
import { errorMessage, getMatch, joinSeat, playAgain } from './lobby';
import type { HeldSeat } from './seatStore';
import { getSummary } from './summary';
import { matchPath } from '../common/matchPath';
import './playAgain.css';

/** How often the result screen looks for a rematch someone else started. */
const LOOK_MS = 5000;

/** Into the rematch: the same role if it is still free (else the waiting room offers the free ones). */
async function goTo(nextMatchID: string, seat: HeldSeat | null): Promise<void> {
  if (seat) {
    try {
      await joinSeat(nextMatchID, seat.playerID, seat.playerName);
    } catch {
      // Taken already: the waiting room lets the person choose another role.
    }
  }
  navigate(matchPath(nextMatchID));
}

/**
 * The result screen's "Play again": the first to press it makes the rematch (boardgame.io's
 * playAgain; the Lobby guard serialises it, so everyone gets the same one) and becomes its host;
 * the others see it offered here and join in their old roles.
 */
export function PlayAgain({ matchID, seat }: { matchID: string; seat: HeldSeat | null }) {
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const look = async () => {
      const summary = await getSummary(matchID).catch(() => null);
      if (live && summary?.nextMatchID) setNext(summary.nextMatchID);
    };
    void look();
    const id = setInterval(() => void look(), LOOK_MS);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [matchID]);
  const start = async () => {
    if (!seat) return;
    setBusy(true);
    try {
      const match = await getMatch(matchID);
      await goTo(await playAgain(matchID, seat, match.setupData), seat);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  if (!seat && !next) return null;
  return (
    <div className="play-again" role="group" aria-label="Play again">
      {next ? <p>A rematch is waiting for the players of this match.</p> : null}
      <div className="button-row">
        {next ? (
          <button
            type="button"
            className="btn primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void goTo(next, seat);
            }}
          >
            {seat ? 'Join the rematch' : 'Watch the rematch'}
          </button>
        ) : (
          <button type="button" className="btn primary" disabled={busy} onClick={() => void start()}>
            {busy ? 'Setting up…' : 'Play again'}
          </button>
        )}
      </div>
      <p className="refusal" role="alert">
        {error}
      </p>
    </div>
  );
}
