import { useState, type FormEvent } from 'react';
import { DEFAULT_PERSONALITY, type Personality } from '../../shared/options';
import { ROLES, type Role } from '../../shared/roles';
import { BotStyleField, RolePicker, ScenarioFields, useScenarioChoice } from '../common/SetupFields';
import { PageHeader } from '../common/PageHeader';
import type { HotSeatOptions } from './engine';
import { HotSeatGame } from './HotSeatGame';
import { forgetDrafts, PAGE_MATCH } from '../game/panels/drafts';
import { loadHotSeat, type SavedHotSeat } from './saved';

/** /hotseat: choose who sits at this screen, then play; a match saved in this browser goes on at once. */
export default function HotSeatPage() {
  const [saved, setSaved] = useState<SavedHotSeat | null>(loadHotSeat);
  const { scenario, rounds, chooseScenario, setRounds } = useScenarioChoice();
  const [humans, setHumans] = useState<Role[]>(['US', 'DPRK']);
  const [personality, setPersonality] = useState<Personality>(DEFAULT_PERSONALITY);
  const [options, setOptions] = useState<HotSeatOptions | null>(() => saved?.options ?? null);
  const [error, setError] = useState<string | null>(null);

  const quit = () => {
    setSaved(null);
    setOptions(null);
  };
  if (options) return <HotSeatGame options={options} saved={saved} onQuit={quit} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (humans.length === 0) return setError('Choose at least one role for the people at this screen.');
    forgetDrafts(PAGE_MATCH); // a new game: nothing composed in an earlier one comes back
    setOptions({ humans, personality, setup: { scenario, rounds, timers: { crisis: 0, diplomacy: 0, orders: 0 } } });
  };
  return (
    <div className="hotseat-setup">
      <PageHeader where="Hot-seat" />
      <main id="main" className="page narrow">
        <h1>Hot-seat game</h1>
        <p className="lead">
          Everyone at this screen plays in turn. Between two people the screen asks to be passed on, and shows nothing private until the next person says it is
          them.
        </p>
        <form className="card card-form" onSubmit={submit}>
          <RolePicker
            legend="Who sits at this screen"
            humans={humans}
            onChange={setHumans}
            hint={`Tick a role for each person here (${humans.length} of ${ROLES.length}). Bots play the rest.`}
          />
          <ScenarioFields idPrefix="hotseat" scenario={scenario} rounds={rounds} onScenario={chooseScenario} onRounds={setRounds} />
          <BotStyleField id="hotseat-bots" value={personality} onChange={setPersonality} />
          <p className="refusal" role="alert">
            {error}
          </p>
          <button type="submit" className="btn primary wide">
            Start the hot-seat game
          </button>
        </form>
      </main>
    </div>
  );
}
