import { ACTIONS, CONCESSIONS, ROLE_NAMES, VENUES, type Commitment, type CommitmentStatus, type SeatView, type Role } from '../../../shared/index';
import { RoleChip } from '../roleStyle';
import { isRealChoice, untilText } from '../commitmentText';
import { VERIFICATION_LABEL } from '../summitPreview';
import { useOlderOnRequest } from './olderOnRequest';

const STATUS: Record<CommitmentStatus, string> = { active: 'in force', kept: 'kept', breached: 'breached', lapsed: 'lapsed' };

/**
 * Every commitment so far, in the order they were made. An online update leaves out those settled
 * before the recent rounds (shared/playerView.ts wireView); they never change again, and the server
 * hands them out on request. The update's own copies stand wherever both have one.
 */
function useAllCommitments(G: SeatView, matchID: string | undefined): Commitment[] {
  const all = useOlderOnRequest<Commitment>('commitments', G.recentSince, matchID);
  if (!all) return G.commitments;
  const sent = new Map(G.commitments.map((c) => [c.id, c]));
  const known = new Set(all.map((c) => c.id));
  const inOrder = all.flatMap((c) => sent.get(c.id) ?? (c.status === 'active' ? [] : [c]));
  return [...inOrder, ...G.commitments.filter((c) => !known.has(c.id))];
}

/** Agreements signed, commitments in force (the seat's own first, with what complying forbids), and exposed breaches. */
export function CommitmentsPanel({ G, role, matchID }: { G: SeatView; role: Role | undefined; matchID?: string | undefined }) {
  const commitments = useAllCommitments(G, matchID);
  const mine = commitments.filter((c) => c.role === role && c.status === 'active');
  const others = commitments.filter((c) => c.role !== role || c.status !== 'active');
  return (
    <section className="panel commitments" aria-labelledby="commitments-title">
      <h2 id="commitments-title">Agreements and commitments</h2>
      {role ? (
        <>
          <h3>Binding you</h3>
          {mine.length === 0 ? <p className="muted">You are bound by no commitment.</p> : null}
          <ul className="commitment-list">
            {mine.map((c) => {
              const def = CONCESSIONS[c.concession];
              return (
                <li key={c.id}>
                  <b>{def.label}</b> — {untilText(G, c)}.{' '}
                  {def.forbids.length ? `Complying forbids: ${def.forbids.map((a) => ACTIONS[a].label).join(', ')}.` : ''}{' '}
                  <span className="muted">
                    ({VERIFICATION_LABEL[def.verification]}
                    {isRealChoice(def) ? '; choose comply or breach with your orders' : ''})
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h3>Agreements signed</h3>
      {G.agreements.length === 0 ? <p className="muted">None yet.</p> : null}
      <ul className="agreement-list">
        {G.agreements.map((a) => (
          <li key={a.id}>
            <span className="muted">
              Round {a.round}, {VENUES[a.venue].label}:
            </span>{' '}
            {a.kind === 'deal' ? 'deal' : 'joint statement'} between{' '}
            {a.parties.map((r) => (
              <RoleChip key={r} role={r} short />
            ))}{' '}
            — {a.items.map((i) => CONCESSIONS[i].label).join('; ')}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <>
          <h3>All commitments</h3>
          <ul className="commitment-list">
            {others.map((c) => (
              <li key={c.id}>
                {ROLE_NAMES[c.role]}: {CONCESSIONS[c.concession].label} <span className={`badge c-${c.status}`}>{STATUS[c.status]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {G.breaches.length > 0 ? (
        <>
          <h3>Breaches exposed</h3>
          <ul>
            {G.breaches.map((b) => (
              <li key={`${b.commitmentId}-${b.exposedInRound}`}>
                Round {b.round}: {ROLE_NAMES[b.role]} broke “{CONCESSIONS[b.concession].label}”
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
