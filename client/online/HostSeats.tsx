import { isFreedSeat } from '../../shared/api/matches';
import { ROLES } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { FreeSeatButton } from './FreeSeat';
import { isBotName, type MatchInfo } from './lobby';
import type { HeldSeat } from './seatStore';
import { InviteBox } from './WaitingRoom';

/** In the game, for the host: who sits where, *Free seat* beside each other person, and the invite link to send whoever comes back. */
export function HostSeatsPanel({
  matchID,
  match,
  host,
  onFreed,
  onClose,
}: {
  matchID: string;
  match: MatchInfo;
  host: HeldSeat;
  onFreed: () => void;
  onClose: () => void;
}) {
  return (
    <section id="seats-panel" className="banner device-panel" aria-labelledby="seats-panel-title">
      <h2 id="seats-panel-title">Seats</h2>
      <p className="hint">
        Someone lost their browser without their personal link? Free their seat: a bot plays it until they take it again through the invite link.
      </p>
      <ul className="seat-list">
        {ROLES.map((role, i) => {
          const player = match.players.find((p) => p.id === i);
          const person = player?.name !== undefined && !isBotName(player.name);
          return (
            <li key={role}>
              <RoleChip role={role} />
              <span className="seat-who-name">{player?.name ?? 'empty'}</span>
              {String(i) === host.playerID ? <span className="badge">you</span> : null}
              {isFreedSeat(player?.data) ? <span className="badge">free: a bot plays it</span> : null}
              {person && String(i) !== host.playerID ? (
                <FreeSeatButton matchID={matchID} host={host} seat={String(i)} who={player?.name ?? ''} running onFreed={onFreed} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <InviteBox matchID={matchID} />
      <button type="button" className="btn small" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
