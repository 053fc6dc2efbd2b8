import { useState } from 'react';
import { checkRespond, checkWalkOut, CONCESSIONS, ROLE_NAMES, VENUES, type PeninsulaState, type Proposal, type Role } from '../../../shared/index';
import { Changes } from '../Changes';
import type { Send } from '../moveChecks';
import { RoleChip } from '../roleStyle';
import { KIND_LABEL, previewAgreement } from '../summitPreview';
import { Refusal } from './Refusal';

const STATUS_LABEL: Record<Proposal['status'], string> = {
  open: 'open', agreed: 'agreed', rejected: 'rejected', walkedOut: 'walked out', countered: 'countered', expired: 'lapsed',
};

function PackageItems({ proposal }: { proposal: Proposal }) {
  return (
    <dl className="package">
      <dt>{ROLE_NAMES[proposal.from]} offers</dt>
      <dd>{proposal.offers.length ? proposal.offers.map((i) => CONCESSIONS[i].label).join('; ') : 'nothing'}</dd>
      <dt>and asks for</dt>
      <dd>{proposal.asks.length ? proposal.asks.map((i) => `${CONCESSIONS[i].label} (${ROLE_NAMES[CONCESSIONS[i].role]})`).join('; ') : 'nothing'}</dd>
    </dl>
  );
}

function ProposalCard({ G, role, proposal, send, onCounter }: { G: PeninsulaState; role: Role | undefined; proposal: Proposal; send: Send; onCounter: (p: Proposal) => void }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const invited = role !== undefined && proposal.to.includes(role) && proposal.answers[role] === undefined && proposal.status === 'open';
  const mine = role === proposal.from && proposal.status === 'open';
  const preview = proposal.status === 'open' ? previewAgreement(G, proposal) : null;
  const acceptProblem = invited ? checkRespond(G, role, { proposalId: proposal.id, answer: 'accepted' }) : null;
  const act = (move: 'respond' | 'walkOut', input: unknown) => setRefusal(send(move, input)?.message ?? null);
  return (
    <li className={`proposal status-${proposal.status}${invited ? ' needs-answer' : ''}`} data-proposal={proposal.id}>
      <div className="proposal-head">
        <RoleChip role={proposal.from} />
        <span aria-hidden="true">→</span>
        {proposal.to.map((r) => (
          <RoleChip key={r} role={r} short />
        ))}
        <span className="muted">in {VENUES[proposal.venue].label}</span>
        <span className={`badge status`}>{STATUS_LABEL[proposal.status]}</span>
      </div>
      {proposal.counters ? <p className="muted">A counter-proposal.</p> : null}
      <PackageItems proposal={proposal} />
      {proposal.status === 'open' && Object.keys(proposal.answers).length > 0 ? (
        <p className="muted">
          Answers so far: {Object.entries(proposal.answers).map(([r, a]) => `${ROLE_NAMES[r as Role]} ${a}`).join(', ')}
        </p>
      ) : null}
      {preview && (invited || mine) ? (
        <details>
          <summary>What signing would do ({KIND_LABEL[preview.kind]})</summary>
          <Changes changes={preview.changes} />
        </details>
      ) : null}
      {invited ? (
        <div className="button-row">
          <button type="button" className="btn primary" disabled={acceptProblem !== null} onClick={() => act('respond', { proposalId: proposal.id, answer: 'accepted' })}>
            Accept
          </button>
          <button type="button" className="btn" onClick={() => onCounter(proposal)}>
            Counter…
          </button>
          <button type="button" className="btn danger" onClick={() => act('respond', { proposalId: proposal.id, answer: 'rejected' })}>
            Reject
          </button>
        </div>
      ) : null}
      {mine ? (
        <div className="button-row">
          <button type="button" className="btn danger" disabled={checkWalkOut(G, role, { proposalId: proposal.id }) !== null} onClick={() => act('walkOut', { proposalId: proposal.id })}>
            Walk out
          </button>
          <span className="muted">Walking out raises tension.</span>
        </div>
      ) : null}
      <Refusal message={refusal ?? acceptProblem?.message} />
    </li>
  );
}

/** This round's proposals: those awaiting this seat's answer first, then its own, then everyone else's (they are public). */
export function Inbox({ G, role, send, onCounter }: { G: PeninsulaState; role: Role | undefined; send: Send; onCounter: (p: Proposal) => void }) {
  const rank = (p: Proposal) => (role && p.status === 'open' && p.to.includes(role) && p.answers[role] === undefined ? 0 : p.from === role ? 1 : p.status === 'open' ? 2 : 3);
  const proposals = [...G.proposals].sort((a, b) => rank(a) - rank(b));
  const waiting = proposals.filter((p) => rank(p) === 0).length;
  return (
    <section className="panel inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">
        Proposals this round {waiting ? <span className="badge attention">{waiting} awaiting you</span> : null}
      </h2>
      {proposals.length === 0 ? <p className="muted">No proposals yet this round.</p> : null}
      <ul className="proposal-list">
        {proposals.map((p) => (
          <ProposalCard key={p.id} G={G} role={role} proposal={p} send={send} onCounter={onCounter} />
        ))}
      </ul>
    </section>
  );
}
