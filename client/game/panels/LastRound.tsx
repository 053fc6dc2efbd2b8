import { ACTIONS, EVENTS, RESOLUTION_ORDER, type SeatView } from '../../../shared/index';
import { RoleChip } from '../roleStyle';

/** The last resolution: every role's orders, revealed, in the order they were applied, and what the round's news said (`open`: shown, not folded). */
export function LastRound({ G, open = false }: { G: SeatView; open?: boolean }) {
  const record = G.history[G.history.length - 1];
  if (!record) return null;
  const news = G.headlines.filter((h) => h.round === record.round && h.kind !== 'event');
  return (
    <section className="panel last-round" aria-labelledby="last-round-title" data-testid="resolution">
      <h2 id="last-round-title">Round {record.round} resolved</h2>
      <p className="muted">Event: {EVENTS[record.event]?.title ?? record.event}</p>
      <h3>Orders revealed</h3>
      <ul className="revealed">
        {RESOLUTION_ORDER.map((role) => (
          <li key={role}>
            <RoleChip role={role} short />
            <span>{(record.orders[role] ?? []).map((a) => ACTIONS[a].label).join(' · ') || 'no orders'}</span>
          </li>
        ))}
      </ul>
      {news.length ? (
        <details open={open}>
          <summary>What it led to ({news.length} headlines)</summary>
          <ul className="plain">
            {news.map((h, i) => (
              <li key={i}>{h.text}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
