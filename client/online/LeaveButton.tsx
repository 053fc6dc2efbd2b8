import { useState } from 'react';

/** Leaving mid-game empties the seat for good, so it takes a second, deliberate click. */
export function LeaveButton({ onLeave }: { onLeave: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="btn small" onClick={() => setConfirming(true)}>
        Leave match
      </button>
    );
  }
  return (
    <span className="confirm-leave" role="group" aria-label="Confirm leaving">
      <span>Your seat will stand empty.</span>
      <button type="button" className="btn small danger" onClick={onLeave} autoFocus>
        Yes, leave
      </button>
      <button type="button" className="btn small" onClick={() => setConfirming(false)}>
        Stay
      </button>
    </span>
  );
}
