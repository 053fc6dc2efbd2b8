import { useState } from 'react';
import type { CreatedClass } from '../../shared/api/classroom';
import type { ScenarioId } from '../../shared/data/scenarios';
import { DEFAULT_SCENARIO } from '../../shared/options';
import { ScenarioFields } from '../common/SetupFields';
import { useSubmit } from '../common/useSubmit';
import { Link, navigate } from '../router';
import { LessonPresetField } from '../teach/LessonPresetField';
import { api, recoveryCodes, teacherKeys } from './api';

/** Create a class: scenario, rounds, phase timers, tables, press, one deck. The teacher key stays in this browser. */
export function CreateClass() {
  const [title, setTitle] = useState('');
  const [scenario, setScenario] = useState<ScenarioId>(DEFAULT_SCENARIO);
  const [rounds, setRounds] = useState(6);
  const [diplomacy, setDiplomacy] = useState(5);
  const [orders, setOrders] = useState(2);
  const [crisis, setCrisis] = useState(1);
  const [tablesMode, setTablesMode] = useState<'auto' | 'fixed'>('auto');
  const [tables, setTables] = useState(6);
  const [press, setPress] = useState(true);
  const [sameDeck, setSameDeck] = useState(true);
  const { submit, error, busy } = useSubmit(async () => {
    const created = await api<CreatedClass>('POST', '/api/class', {
      body: {
        title,
        scenario,
        rounds,
        press,
        sameDeck,
        timers: { crisis: Math.round(crisis * 60), diplomacy: Math.round(diplomacy * 60), orders: Math.round(orders * 60) },
        tables: tablesMode === 'auto' ? null : tables,
      },
    });
    teacherKeys.set(created.sessionId, created.teacherKey);
    recoveryCodes.set(created.sessionId, created.recoveryCode);
    navigate(`/class/${created.sessionId}`);
  });

  const minutes = (id: string, label: string, value: number, set: (n: number) => void, hint: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={60}
        step={0.5}
        value={value}
        onChange={(e) => set(Math.max(0, Math.min(60, Number(e.target.value) || 0)))}
        aria-describedby={`${id}-hint`}
      />
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );

  return (
    <main className="page narrow" id="main">
      <p className="eyebrow">Classroom mode</p>
      <h1>Create a class session</h1>
      <p className="lead">
        No account needed: you get a join code for the board, a secret teacher key kept in this browser, and a recovery code to open the console on another
        device.
      </p>
      <form className="card card-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="class-title">Name of the session (optional)</label>
          <input id="class-title" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Politics 11B, Tuesday" />
        </div>
        <LessonPresetField
          onPreset={(p) => {
            setRounds(p.rounds);
            setDiplomacy(p.timers.diplomacy / 60);
            setOrders(p.timers.orders / 60);
            setCrisis(p.timers.crisis / 60);
          }}
        />
        <ScenarioFields idPrefix="class" scenario={scenario} rounds={rounds} onScenario={setScenario} onRounds={setRounds} />
        <fieldset className="field">
          <legend>Phase timers (minutes; 0 = no timer)</legend>
          <div className="field-row">
            {minutes('timer-diplomacy', 'Diplomacy', diplomacy, setDiplomacy, 'Talks, summits, press.')}
            {minutes('timer-orders', 'Orders', orders, setOrders, 'Secret orders; late seats hold.')}
          </div>
          {minutes('timer-crisis', 'Crisis choice', crisis, setCrisis, 'When a card asks a role to choose.')}
        </fieldset>
        <fieldset className="field">
          <legend>Tables</legend>
          <label className="radio-row">
            <input type="radio" name="tables" checked={tablesMode === 'auto'} onChange={() => setTablesMode('auto')} /> From the students who join (evened out
            at the start: six students sit three and three)
          </label>
          <label className="radio-row">
            <input type="radio" name="tables" checked={tablesMode === 'fixed'} onChange={() => setTablesMode('fixed')} /> A fixed number of tables:{' '}
            <input
              type="number"
              aria-label="Number of tables"
              min={1}
              max={20}
              value={tables}
              disabled={tablesMode !== 'fixed'}
              onChange={(e) => setTables(Math.max(1, Math.min(20, Number(e.target.value) || 1)))}
            />
          </label>
          <p className="hint">Students are spread evenly over the tables; extra students share a role as a team. Empty seats are played by bots.</p>
        </fieldset>
        <fieldset className="field">
          <legend>Options</legend>
          <label className="radio-row">
            <input type="checkbox" checked={press} onChange={(e) => setPress(e.target.checked)} /> Press: students may send private messages at their table (you
            can switch it off later)
          </label>
          <label className="radio-row">
            <input type="checkbox" checked={sameDeck} onChange={(e) => setSameDeck(e.target.checked)} /> The same event deck at every table, so the debrief
            compares like with like
          </label>
        </fieldset>
        <p className="refusal" role="alert">
          {error ?? ''}
        </p>
        <button className="btn primary big" type="submit" disabled={busy}>
          Create the session
        </button>
      </form>
      <p className="hint">
        Lost the console of a running class? <Link href="/class/recover">Recover it with your recovery code</Link>.
      </p>
    </main>
  );
}

/** /class/recover: the join code and the recovery code open the console here; the old browser's key stops working. */
export function RecoverConsole() {
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const { submit, error, busy } = useSubmit(async () => {
    const got = await api<{ sessionId: string; teacherKey: string }>('POST', '/api/class/recover', { body: { code, recoveryCode } });
    teacherKeys.set(got.sessionId, got.teacherKey);
    navigate(`/class/${got.sessionId}`);
  });
  return (
    <main className="page narrow" id="main">
      <p className="eyebrow">Classroom mode</p>
      <h1>Recover a teacher console</h1>
      <p className="lead">
        Type the class's join code and the recovery code you wrote down when you created it. The console opens here, and the key in the old browser stops
        working.
      </p>
      <form className="card card-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="recover-code">Join code</label>
          <input
            id="recover-code"
            className="code-input"
            value={code}
            maxLength={12}
            autoComplete="off"
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="recover-secret">Recovery code</label>
          <input
            id="recover-secret"
            value={recoveryCode}
            maxLength={24}
            autoComplete="off"
            placeholder="XXXX-XXXX-XXXX-XXXX"
            onChange={(e) => setRecoveryCode(e.target.value.toUpperCase())}
            required
          />
        </div>
        <p className="refusal" role="alert">
          {error ?? ''}
        </p>
        <button className="btn primary big wide" type="submit" disabled={busy}>
          Open the console here
        </button>
      </form>
    </main>
  );
}
