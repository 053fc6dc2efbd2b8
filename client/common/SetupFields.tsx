import { useState } from 'react';
import { SCENARIO_IDS, SCENARIOS, MAX_ROUNDS, MIN_ROUNDS, type ScenarioId } from '../../shared/data/scenarios';
import { ROLE_NAMES, ROLES, type Role } from '../../shared/roles';
import { PERSONALITY_TRAITS } from '../../shared/bots/personalities';
import { DEFAULT_SCENARIO, PERSONALITIES, type Personality } from '../../shared/options';
import { ROLE_COLOURS } from '../game/roleStyle';

/** A set-up form's scenario and rounds: choosing a scenario resets the rounds to that scenario's default. */
export function useScenarioChoice() {
  const [scenario, setScenario] = useState<ScenarioId>(DEFAULT_SCENARIO);
  const [rounds, setRounds] = useState(SCENARIOS[DEFAULT_SCENARIO].defaultRounds);
  const chooseScenario = (s: ScenarioId) => {
    setScenario(s);
    setRounds(SCENARIOS[s].defaultRounds);
  };
  return { scenario, rounds, chooseScenario, setRounds };
}

/** Scenario and number of rounds, shared by the online and hot-seat set-up forms. */
export function ScenarioFields({
  idPrefix,
  scenario,
  rounds,
  onScenario,
  onRounds,
}: {
  idPrefix: string;
  scenario: ScenarioId;
  rounds: number;
  onScenario: (s: ScenarioId) => void;
  onRounds: (n: number) => void;
}) {
  const def = SCENARIOS[scenario];
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-scenario`}>Scenario</label>
        <select id={`${idPrefix}-scenario`} value={scenario} onChange={(e) => onScenario(e.target.value as ScenarioId)}>
          {SCENARIO_IDS.map((id) => (
            <option key={id} value={id}>
              {SCENARIOS[id].label}
            </option>
          ))}
        </select>
        <p className="hint">
          {def.intro} <b>{def.question}</b>
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-rounds`}>Rounds</label>
        <input
          id={`${idPrefix}-rounds`}
          type="number"
          min={MIN_ROUNDS}
          max={MAX_ROUNDS}
          value={rounds}
          onChange={(e) => onRounds(Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, Number(e.target.value) || MIN_ROUNDS)))}
          aria-describedby={`${idPrefix}-rounds-hint`}
        />
        <p className="hint" id={`${idPrefix}-rounds-hint`}>
          {MIN_ROUNDS} to {MAX_ROUNDS}; a round takes about 10 minutes with people at the table.
        </p>
      </div>
    </>
  );
}

/** Which roles people play; the others are played by bots. */
export function RolePicker({ legend, humans, onChange, hint }: { legend: string; humans: Role[]; onChange: (roles: Role[]) => void; hint: string }) {
  return (
    <fieldset className="role-picker">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <div className="chip-row">
        {ROLES.map((role) => {
          const on = humans.includes(role);
          return (
            <label key={role} className={`chip-toggle${on ? ' on' : ''}`} style={{ ['--role' as string]: ROLE_COLOURS[role] }}>
              <input
                type="checkbox"
                checked={on}
                onChange={() => onChange(on ? humans.filter((r) => r !== role) : ROLES.filter((r) => r === role || humans.includes(r)))}
              />
              <span className="role-dot" aria-hidden="true" />
              {ROLE_NAMES[role]}
              <span className="muted">{on ? ' · person' : ' · bot'}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The bots' personality, with what it means, from the bots' own table. */
export function BotStyleField({ id, value, onChange }: { id: string; value: Personality; onChange: (p: Personality) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Bots play as</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Personality)} aria-describedby={`${id}-hint`}>
        {PERSONALITIES.map((p) => (
          <option key={p} value={p}>
            {PERSONALITY_TRAITS[p].label}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {PERSONALITY_TRAITS[value].explain}
      </p>
    </div>
  );
}
