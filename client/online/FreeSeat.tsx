import { useState } from 'react';
import { errorMessage, freeSeat } from './lobby';
import type { HeldSeat } from './seatStore';

/**
 * The host's *Free seat* beside another person's seat, for a player whose browser is gone without the personal
 * link. It takes the seat from that browser at once, so it asks a second, deliberate click (like *Leave match*).
 */
export function FreeSeatButton({
  matchID,
  host,
  seat,
  who,
  running,
  onFreed,
}: {
  matchID: string;
  host: HeldSeat;
  seat: string;
  who: string;
  /** The match runs: a bot plays the seat meanwhile. */
  running: boolean;
  onFreed: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const free = async () => {
    setBusy(true);
    try {
      await freeSeat(matchID, host, seat);
      setConfirming(false);
      setError(null);
      onFreed();
    } catch (e) {
      setError(errorMessage(e));
    }
    setBusy(false);
  };
  const after = running ? 'a bot plays it until they take it again through the invite link' : 'they can take it again through the invite link';
  return (
    <>
      {confirming ? (
        <span className="confirm-leave free-seat" role="group" aria-label={`Confirm freeing ${who}’s seat`}>
          <span>
            {who}’s browser loses the seat now; {after}.
          </span>
          <button type="button" className="btn small danger" onClick={() => void free()} disabled={busy} autoFocus>
            Yes, free it
          </button>
          <button type="button" className="btn small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="btn small" aria-label={`Free seat: ${who}`} onClick={() => setConfirming(true)}>
          Free seat
        </button>
      )}
      {error ? (
        <span className="refusal" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
