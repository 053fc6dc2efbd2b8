import { CopyLink } from '../common/CopyLink';
import type { HeldSeat } from './seatStore';
import { seatLinkOf } from './seatLink';

/**
 * "Play on another device": the seat lives in the browser that took it, so a phone that dies or a cleared
 * browser loses it. This personal link carries the seat (its credentials in the fragment, never sent to the server).
 */
export function DeviceLink({ matchID, seat }: { matchID: string; seat: HeldSeat }) {
  return (
    <div className="device-link-body">
      <p className="hint">
        Open this link on your other phone or computer to play your seat there too; this browser keeps it as well. It is your key to the seat:{' '}
        <strong>anyone with it can play as you</strong>. Send it only to yourself, never to the group.
      </p>
      <CopyLink id="device-link" label="Your personal link" link={seatLinkOf(matchID, seat)} testId="device-link" />
    </div>
  );
}
