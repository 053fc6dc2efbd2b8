import { useState } from 'react';
import type { ForkSeat, ReplayStatus } from '../../shared/api/replay';
import { PERSONALITIES, ROLES, ROLE_NAMES, type Role } from '../../shared/index';
import { navigate } from '../router';
import { forkMatch, replayPath, type ReplayAccess } from './api';
import { matchPath } from '../common/matchPath';

const SEAT_LABEL: Record<ForkSeat, string> = {
  person: 'A person',
  hawk: 'Bot · hawk',
  dove: 'Bot · dove',
  dealmaker: 'Bot · deal-maker',
  opportunist: 'Bot · opportunist',
};

/**
 * Fork a new match from the start of the round on screen: each seat a person (an open seat to take)
 * or a bot. The seats start as the match had them: its bots stay bots, its people's seats open.
 */
export function ForkForm({
  matchID,
  round,
  names,
  status,
  access,
}: {
  matchID: string;
  round: number;
  names: (string | null)[];
  status: ReplayStatus;
  access: ReplayAccess;
}) {
  const [seats, setSeats] = useState<Record<Role, ForkSeat>>(
    () =>
      Object.fromEntries(
        ROLES.map((role, i) => {
          const bot = /^Bot · (\w+)$/.exec(names[i] ?? '')?.[1];
          return [role, (PERSONALITIES as readonly string[]).includes(bot ?? '') ? (bot as ForkSeat) : 'person'];
        }),
      ) as Record<Role, ForkSeat>,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const forked = await forkMatch(matchID, { round, seats }, access);
      // A table of bots is watched in its replay; open seats are taken on the match page.
      navigate(forked.waitsForHost ? matchPath(forked.matchID) : replayPath(forked.matchID, round));
    } catch (caught) {
      setError((caught as Error).message);
      setBusy(false);
    }
  };
  return (
    <section className="panel fork-form" aria-labelledby="fork-title">
      <h2 id="fork-title">Fork from round {round}</h2>
      <p className="muted">
        A new match starts where round {round} began.{' '}
        {status === 'over'
          ? 'It keeps this match’s deck and agendas: a what-if of the same game.'
          : `${status === 'stopped' ? 'This match was stopped before its end' : 'This match is still being played'}, so its secrets stay with it: the fork deals new agendas and shuffles the cards not yet drawn.`}
      </p>
      <div className="fork-seats">
        {ROLES.map((role) => (
          <label key={role}>
            <span>{ROLE_NAMES[role]}</span>
            <select value={seats[role]} onChange={(e) => setSeats({ ...seats, [role]: e.target.value as ForkSeat })} data-testid={`fork-seat-${role}`}>
              {(['person', ...PERSONALITIES] as ForkSeat[]).map((s) => (
                <option key={s} value={s}>
                  {SEAT_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="button-row">
        <button type="button" className="btn primary" onClick={() => void submit()} disabled={busy}>
          {busy ? 'Forking…' : `Fork from round ${round}`}
        </button>
      </div>
      {error ? (
        <p className="refusal" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
