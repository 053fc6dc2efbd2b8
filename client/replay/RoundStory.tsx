import { ACTIONS, AGENDAS, CONCESSIONS, ROLES, VENUES, type Role } from '../../shared/index';
import type { ReplayRound } from '../../shared/api/replay';
import { RoleChip } from '../game/roleStyle';

/** What a round brought, once it was played: its news, its deals, and the orders revealed at its end (with their memos). */
export function RoundStory({ replay }: { replay: ReplayRound }) {
  const { round, headlines, agreements, record } = replay;
  return (
    <section className="panel round-story" aria-labelledby="story-title">
      <h2 id="story-title">What round {round} brought</h2>
      {record === null && (replay.status === 'stopped' || headlines.length <= 1) ? (
        <p className="muted">
          {replay.status === 'stopped'
            ? 'The teacher stopped the game in this round: its orders were never revealed.'
            : 'This round is still being played: its orders are secret until it ends.'}
        </p>
      ) : null}
      <h3>News</h3>
      <ul className="story-news" data-testid="replay-news">
        {headlines.map((h, i) => (
          <li key={i}>{h.text}</li>
        ))}
      </ul>
      <h3>Deals</h3>
      {agreements.length === 0 ? <p className="muted">No deal was signed.</p> : null}
      <ul className="story-deals">
        {agreements.map((a) => (
          <li key={a.id}>
            {a.parties.map((p) => (
              <RoleChip key={p} role={p} short />
            ))}{' '}
            at {VENUES[a.venue].label}: {a.items.map((c) => CONCESSIONS[c].label).join(', ') || 'a joint statement'}
          </li>
        ))}
      </ul>
      {record ? (
        <>
          <h3>Orders</h3>
          <ul className="story-orders" data-testid="replay-orders">
            {ROLES.filter((r) => record.orders[r]).map((r: Role) => (
              <li key={r}>
                <RoleChip role={r} short /> {record.orders[r]!.map((a) => ACTIONS[a].label).join(' + ')}
                {record.memos?.[r] ? <q className="memo">{record.memos[r]}</q> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {replay.result ? (
        <>
          <h3>Secret agendas (revealed at the end)</h3>
          <ul className="story-agendas" data-testid="replay-agendas">
            {ROLES.map((r) => {
              const agenda = replay.result!.agendas[r];
              return (
                <li key={r}>
                  <RoleChip role={r} short /> {agenda ? AGENDAS[agenda].label : '—'}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
