import { useState } from 'react';
import { isFreedSeat } from '../../shared/api/matches';
import { ROLE_NAMES, ROLES, type Role } from '../../shared/roles';
import { NameField } from '../common/NameField';
import { useSubmit } from '../common/useSubmit';
import { RoleChip } from '../game/roleStyle';
import { errorMessage, joinSeat, type MatchInfo } from './lobby';
import { lastName, type HeldSeat } from './seatStore';

/** The roles a person may take: open seats, and seats the host freed mid-game (a bot plays them until then). */
export function freeRoles(match: MatchInfo): Role[] {
  return ROLES.filter((_, i) => {
    const player = match.players.find((p) => p.id === i);
    return player?.name === undefined || isFreedSeat(player.data);
  });
}

/** The invite link's form: a free role and a name, or just watch. */
export function JoinForm({
  matchID,
  match,
  onJoined,
  onWatch,
}: {
  matchID: string;
  match: MatchInfo;
  onJoined: (seat: HeldSeat) => void;
  onWatch: () => void;
}) {
  const free = freeRoles(match);
  const [role, setRole] = useState<Role | undefined>(free[0]);
  const [name, setName] = useState(lastName);
  const chosen = role && free.includes(role) ? role : free[0];
  const { submit, error, busy } = useSubmit(
    // check() has made sure a free role is chosen.
    async () => onJoined(await joinSeat(matchID, String(ROLES.indexOf(chosen!)), name.trim())),
    { check: () => (!chosen ? 'Every seat is taken: watch instead.' : !name.trim() ? 'Enter the name the others will see.' : null), describe: errorMessage },
  );
  return (
    <form onSubmit={submit} className="card-form" aria-labelledby="join-title">
      <h2 id="join-title">Take a seat</h2>
      <fieldset>
        <legend>Free roles</legend>
        <div className="chip-row">
          {free.map((r) => (
            <label key={r} className={`chip-toggle${chosen === r ? ' on' : ''}`}>
              <input type="radio" name="join-role" value={r} checked={chosen === r} onChange={() => setRole(r)} />
              <RoleChip role={r} />
            </label>
          ))}
        </div>
      </fieldset>
      <NameField id="join-name" value={name} onChange={setName} />
      <p className="refusal" role="alert">
        {error}
      </p>
      <div className="button-row">
        <button type="submit" className="btn primary" disabled={busy || !chosen}>
          Join as {chosen ? ROLE_NAMES[chosen] : '…'}
        </button>
        <button type="button" className="btn" onClick={onWatch}>
          Just watch
        </button>
      </div>
    </form>
  );
}
