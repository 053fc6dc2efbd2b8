import { useEffect, useRef, useState } from 'react';
import { ACTIONS_PER_ROUND } from '../../shared/data/actions';
import { AGENDA_POINTS_TEXT } from '../../shared/data/agendas';
import { SCENARIOS } from '../../shared/data/scenarios';
import { STEP_BACK_TO } from '../../shared/tracks';
import { ordinalWord, roleCard } from '../../shared/learn/roleCards';
import { RESOLUTION_ORDER, ROLE_NAMES, ROLES, isRole, type Role } from '../../shared/roles';
import { PageHeader } from '../common/PageHeader';
import { RoleChip } from '../game/roleStyle';
import { Link, navigate } from '../router';
import { LearnNav } from './LearnNav';

const DEFAULT_ROUNDS = SCENARIOS.singapore2018.defaultRounds;

function roleFromQuery(): Role {
  const asked = new URLSearchParams(window.location.search).get('role')?.toUpperCase();
  return isRole(asked) ? asked : 'US';
}

function RoundScreen() {
  return (
    <>
      <h1 tabIndex={-1}>How to play: a round, and how to win</h1>
      <p className="lead">Five governments, {DEFAULT_ROUNDS} rounds. Bots take every empty seat, so you can learn alone or with friends.</p>
      <section className="card" aria-labelledby="round-title">
        <h2 id="round-title">A round has four steps</h2>
        <ol className="round-steps">
          <li>
            <b>Crisis.</b> A news card is drawn: a letter, a test, a typhoon. Sometimes one role must choose how to answer.
          </li>
          <li>
            <b>Diplomacy.</b> Everyone at once: propose a summit (who, where, what you offer, what you ask), accept or reject what others propose, send private
            messages. Press "Leave the table" when you are done.
          </li>
          <li>
            <b>Orders.</b> In secret, pick {ACTIONS_PER_ROUND} actions. If a deal binds you, choose to <i>comply</i> or <i>breach</i>. You may add a one-line
            memo: why.
          </li>
          <li>
            <b>Resolution.</b> All orders are revealed and applied ({RESOLUTION_ORDER.map((r) => ROLE_NAMES[r]).join(', ')}); broken promises come to light; the
            round is told as headlines.
          </li>
        </ol>
      </section>
      <section className="card" aria-labelledby="win-title">
        <h2 id="win-title">How you win</h2>
        <ul>
          <li>
            You score your role's <b>four objectives</b> (0–10 points each), read from the public tracks at the end.
          </li>
          <li>
            Plus <b>{AGENDA_POINTS_TEXT}</b> if your <b>secret agenda</b> is met. Only you see it until the end.
          </li>
          <li>Plus or minus a bonus for how the peninsula ends: from peace regime to nuclear normalisation.</li>
          <li>The highest total wins; a tie goes to whoever broke fewer promises.</li>
          <li>
            <b>
              A round that ends at tension 10 puts the peninsula on the brink; unless the next brings it down to {STEP_BACK_TO} or less, it is war: everyone
              loses.
            </b>
          </li>
        </ul>
      </section>
    </>
  );
}

function RoleScreen({ role, onRole }: { role: Role; onRole: (r: Role) => void }) {
  const card = roleCard(role);
  return (
    <>
      <h1 tabIndex={-1}>How to play: five things to know about your role</h1>
      <div role="group" aria-label="Choose a role" className="chip-row role-picker">
        {ROLES.map((r) => (
          <button key={r} type="button" className={`btn${r === role ? ' primary' : ''}`} aria-pressed={r === role} onClick={() => onRole(r)}>
            {ROLE_NAMES[r]}
          </button>
        ))}
      </div>
      <section className="card five-things" aria-labelledby="five-title">
        <h2 id="five-title">
          <RoleChip role={role} />
        </h2>
        <ol>
          <li>
            <b>You score:</b> {card.objectives.map((o) => o.label).join('; ')}.
          </li>
          <li>
            <b>Your secret agenda</b> (+{card.agendaPoints}) is one of: {card.agendas.map((a) => `${a.label} (${a.explain.replace(/\.$/, '')})`).join(', or ')}.
          </li>
          <li>
            <b>Your strongest orders</b> at the start: {card.strongestOrders.map((o) => o.label).join(', ')}.
          </li>
          <li>
            <b>Others want from you:</b>{' '}
            {card.othersWant
              .filter((o) => o.items.length)
              .map((o) => `${o.name} — ${o.items[0]!.label}`)
              .join('; ')}
            .
          </li>
          <li>
            <b>Tip:</b> {card.tip} (Your orders resolve {ordinalWord(card.resolvesAt)} of five.)
          </li>
        </ol>
        <p>
          <Link href={`/learn/roles/${role}`}>Your full role card (printable)</Link>
        </p>
      </section>
    </>
  );
}

/** How to play in two screens: the round and the win, then the role. The full rules are one click away. */
export function QuickHowToPlay({ screen }: { screen: 1 | 2 }) {
  const [role, setRole] = useState<Role>(roleFromQuery);
  const heading = useRef<HTMLDivElement>(null);
  // Moving between the two screens is a page change for a screen reader: focus the new title.
  useEffect(() => heading.current?.querySelector('h1')?.focus(), [screen]);
  return (
    <div className="learn-page">
      <PageHeader where="How to play" />
      <LearnNav current="/learn" />
      <main id="main" className="page learn-main" ref={heading}>
        <p className="eyebrow">Screen {screen} of 2</p>
        {screen === 1 ? <RoundScreen /> : <RoleScreen role={role} onRole={setRole} />}
        <div className="button-row learn-pager">
          {screen === 2 ? (
            <button type="button" className="btn" onClick={() => navigate('/learn')}>
              ← A round, and how to win
            </button>
          ) : null}
          {screen === 1 ? (
            <button type="button" className="btn primary" onClick={() => navigate(`/learn/2?role=${role}`)}>
              Next: your role →
            </button>
          ) : null}
          <Link href="/rules" className="btn">
            Full rules
          </Link>
          <Link href="/learn/glossary" className="btn">
            Glossary
          </Link>
        </div>
      </main>
    </div>
  );
}
