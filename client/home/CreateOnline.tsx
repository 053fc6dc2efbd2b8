import { useState } from 'react';
import { DEFAULT_PERSONALITY, type Personality, type PhaseTimers } from '../../shared/options';
import { ROLE_NAMES, ROLES, type Role } from '../../shared/roles';
import { NameField } from '../common/NameField';
import { useSubmit } from '../common/useSubmit';
import { BotStyleField, RolePicker, ScenarioFields, useScenarioChoice } from '../common/SetupFields';
import { navigate } from '../router';
import { lastName } from '../online/seatStore';
import { matchPath } from '../common/matchPath';

const TIMER_PRESETS: readonly { id: string; label: string; timers: PhaseTimers }[] = [
  { id: 'standard', label: 'Standard — diplomacy 5 min, orders 2 min', timers: { crisis: 60, diplomacy: 300, orders: 120 } },
  { id: 'relaxed', label: 'Relaxed — diplomacy 8 min, orders 3 min', timers: { crisis: 90, diplomacy: 480, orders: 180 } },
  { id: 'quick', label: 'Quick — diplomacy 3 min, orders 1 min', timers: { crisis: 45, diplomacy: 180, orders: 60 } },
  { id: 'none', label: 'No timer — phases end when everyone is done', timers: { crisis: 0, diplomacy: 0, orders: 0 } },
];

/** Create an online match: options, which seats are for people, then this browser joins its seat and goes to the match page. */
export function CreateOnline() {
  const { scenario, rounds, chooseScenario, setRounds } = useScenarioChoice();
  const [preset, setPreset] = useState('standard');
  const [humans, setHumans] = useState<Role[]>([...ROLES]);
  const [personality, setPersonality] = useState<Personality>(DEFAULT_PERSONALITY);
  const [mine, setMine] = useState<Role>('US');
  const [name, setName] = useState(lastName);

  const myRole = humans.includes(mine) ? mine : humans[0];
  // The lobby client is loaded only when the form is sent, and again only to word a failure.
  const { submit, error, busy } = useSubmit(
    async () => {
      const lobby = await import('../online/lobby');
      const bots = Object.fromEntries(ROLES.filter((r) => !humans.includes(r)).map((r) => [r, personality]));
      const timers = TIMER_PRESETS.find((p) => p.id === preset)?.timers;
      const matchID = await lobby.createMatch({ scenario, rounds, timers, bots });
      // check() has made sure a role is played by this person.
      await lobby.joinSeat(matchID, String(ROLES.indexOf(myRole!)), name.trim());
      navigate(matchPath(matchID));
    },
    {
      check: () => (!myRole ? 'At least one role must be played by a person: you.' : !name.trim() ? 'Enter the name the others will see.' : null),
      describe: async (e) => (await import('../online/lobby')).errorMessage(e),
    },
  );

  return (
    <form className="card-form" onSubmit={submit} aria-labelledby="online-title">
      <ScenarioFields idPrefix="online" scenario={scenario} rounds={rounds} onScenario={chooseScenario} onRounds={setRounds} />
      <div className="field">
        <label htmlFor="online-timer">Phase timer</label>
        <select id="online-timer" value={preset} onChange={(e) => setPreset(e.target.value)}>
          {TIMER_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <RolePicker
        legend="Seats for people"
        humans={humans}
        onChange={setHumans}
        hint="Unticked roles are played by bots from the start. Seats nobody takes become bots when you press Start."
      />
      {humans.length < ROLES.length ? <BotStyleField id="online-bots" value={personality} onChange={setPersonality} /> : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="online-role">Your role</label>
          <select id="online-role" value={myRole ?? ''} onChange={(e) => setMine(e.target.value as Role)} disabled={humans.length === 0}>
            {humans.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </div>
        <NameField id="online-name" value={name} onChange={setName} />
      </div>
      <p className="refusal" role="alert">
        {error}
      </p>
      <button type="submit" className="btn primary wide" disabled={busy}>
        {busy ? 'Creating…' : 'Create match and get an invite link'}
      </button>
    </form>
  );
}
