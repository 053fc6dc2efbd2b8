import { CARD_SCENARIO_LABEL, ordinalWord, roleCard } from '../../shared/learn/roleCards';
import type { Role } from '../../shared/roles';
import { ROLE_COLOURS } from '../game/roleStyle';

function gainText(gain: number): string {
  return `+${gain} point${gain === 1 ? '' : 's'} for them`;
}

/** One role's quick card: one printed page, every number computed from the ruleset's tables. */
export function RoleCardView({ role }: { role: Role }) {
  const card = roleCard(role);
  return (
    <article className="quick-card" aria-labelledby={`card-${role}`} style={{ ['--role' as string]: ROLE_COLOURS[role] }} data-testid={`quick-card-${role}`}>
      <header className="quick-card-head">
        <p className="eyebrow">Peninsula · quick role card</p>
        <h2 id={`card-${role}`}>
          <span className="role-dot" aria-hidden="true" /> {card.name}
        </h2>
      </header>
      <div className="quick-card-grid">
        <section aria-labelledby={`card-${role}-obj`}>
          <h3 id={`card-${role}-obj`}>Objectives (0–10 points each)</h3>
          <ul>
            {card.objectives.map((o) => (
              <li key={o.label}>
                <b>{o.label}</b>: {o.scoring}
              </li>
            ))}
          </ul>
          <h3>Your secret agenda: one of two (+{card.agendaPoints})</h3>
          <ul>
            {card.agendas.map((a) => (
              <li key={a.label}>
                <b>{a.label}</b>: {a.explain}
              </li>
            ))}
          </ul>
          <h3>Strongest orders</h3>
          <p className="muted small">Points they add to your objectives on the opening board of {CARD_SCENARIO_LABEL}.</p>
          <ul>
            {card.strongestOrders.map((o) => (
              <li key={o.id}>
                <b>{o.label}</b> (+{o.gain}): {o.effects}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`card-${role}-others`}>
          <h3 id={`card-${role}-others`}>What the others want from you</h3>
          <ul className="others-want">
            {card.othersWant.map((o) => (
              <li key={o.role}>
                <b>{o.name}</b>:{' '}
                {o.items.length
                  ? o.items.map((i) => `${i.label} (${i.kind}, ${gainText(i.gain)})`).join('; ')
                  : 'nothing you give scores for them directly; watch what they ask.'}
              </li>
            ))}
          </ul>
          <h3>The line your government took</h3>
          <p>{card.historicalLine}</p>
          <h3>Tip</h3>
          <p>
            {card.tip} Your orders resolve {ordinalWord(card.resolvesAt)} of five.
          </p>
        </section>
      </div>
    </article>
  );
}
