import { memosOf, type DebriefMemo } from '../../../shared/debrief';
import { reflectionPrompts } from '../../../shared/learn/reflection';
import { whatIfPaths, type WhatIfPath } from '../../../shared/learn/whatIfs';
import { ROLE_NAMES, type Role } from '../../../shared/roles';
import type { SeatView } from '../../../shared/state';
import { RoleChip } from '../../game/roleStyle';
import './debrief.css';

/** The table's path beside the three what-ifs, and what really happened. */
export function WhatIfSection({ paths, id }: { paths: readonly WhatIfPath[]; id: string }) {
  return (
    <section className="panel what-ifs" aria-labelledby={id}>
      <h2 id={id}>Your table and history</h2>
      <ul className="what-if-list">
        {paths.map((p) => (
          <li key={p.id} className={`what-if ${p.took ? 'took' : 'not-taken'}`} data-testid={`what-if-${p.id}`}>
            <h3>
              {p.title} <span className="badge">{p.took ? 'your table' : 'not your path'}</span>
            </h3>
            <div className="what-if-cols">
              <div>
                <h4>At your table</h4>
                {p.verdict ? (
                  <p>
                    <b>{p.verdict}</b>
                  </p>
                ) : null}
                <ul>
                  {p.signs.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              </div>
              <div>
                <h4>What really happened</h4>
                <p>{p.history}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every decision memo, beside the orders it explains. */
export function MemoSection({ memos, id }: { memos: readonly DebriefMemo[]; id: string }) {
  return (
    <section className="panel memos" aria-labelledby={id}>
      <h2 id={id}>Decision memos</h2>
      {memos.length === 0 ? (
        <p className="muted">No team wrote a memo with its orders.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Decision memos beside the orders">
          <table className="memo-table">
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Role</th>
                <th scope="col">Orders</th>
                <th scope="col">Memo: why</th>
              </tr>
            </thead>
            <tbody>
              {memos.map((m) => (
                <tr key={`${m.round}-${m.role}`}>
                  <td>{m.round}</td>
                  <th scope="row">
                    <RoleChip role={m.role} short />
                  </th>
                  <td>{m.orders.join(' + ')}</td>
                  <td className="memo-text">{m.memo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ReflectionSection({ G, role }: { G: SeatView; role: Role }) {
  return (
    <section className="panel reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title">Reflect on your game, {ROLE_NAMES[role]}</h2>
      <ol className="reflection-list">
        {reflectionPrompts(G, role).map((p) => (
          <li key={p.id} data-testid={`reflection-${p.id}`}>
            <p className="muted">{p.context}</p>
            <p>
              <b>{p.question}</b>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What the end screen adds for learning: reflection for the seat, the memos, and the table beside history. */
export function LearnDebrief({ G, role }: { G: SeatView; role: Role | undefined }) {
  return (
    <>
      {role ? <ReflectionSection G={G} role={role} /> : null}
      <MemoSection memos={memosOf(G)} id="memos-title" />
      <WhatIfSection paths={whatIfPaths(G)} id="what-if-title" />
    </>
  );
}
