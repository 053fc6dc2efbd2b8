import { useState } from 'react';
import {
  checkRespond,
  checkWalkOut,
  CONCESSIONS,
  isBadDealFor,
  lapsedBySigning,
  ROLE_NAMES,
  roleNameInText,
  roleNamePossessive,
  VENUES,
  type ConcessionId,
  type SeatView,
  type Proposal,
  type Role,
} from '../../../shared/index';
import { Changes } from '../Changes';
import type { Send } from '../moveChecks';
import { RoleChip } from '../roleStyle';
import { KIND_LABEL, previewAgreement } from '../summitPreview';
import { Refusal } from './Refusal';
import './inbox.css';
import { awaitsAnswerFrom } from '../../../shared/queries';

const STATUS_LABEL: Record<Proposal['status'], string> = {
  open: 'open',
  agreed: 'agreed',
  rejected: 'rejected',
  walkedOut: 'walked out',
  countered: 'countered',
  expired: 'lapsed',
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

/** "China's proposal in Beijing (to you): Economic aid for Return remains": how a lapsing offer is named, apart from its twins. */
export function proposalName(proposal: Proposal, role: Role | undefined): string {
  const who = (r: Role) => (r === role ? 'you' : roleNameInText(r));
  const to = proposal.to.map(who).join(' and ');
  const items = (ids: readonly ConcessionId[]) => ids.map((i) => CONCESSIONS[i].label).join(' + ') || 'nothing';
  return `${proposal.from === role ? 'Your' : roleNamePossessive(proposal.from)} proposal in ${VENUES[proposal.venue].label} (to ${to}): ${items(proposal.offers)} for ${items(proposal.asks)}`;
}

/** Accepting a deal lapses every other open offer on the signing parties' tables: said before the click counts. */
function ConfirmLapse({ lapsing, role, onConfirm, onCancel }: { lapsing: Proposal[]; role: Role; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="confirm-lapse" role="group" aria-label="Confirm accepting">
      <p>If this deal is signed, {lapsing.length === 1 ? 'this other open offer lapses' : `these ${lapsing.length} other open offers lapse`}:</p>
      <ul>
        {lapsing.map((p) => (
          <li key={p.id}>{proposalName(p, role)}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="btn primary" onClick={onConfirm} autoFocus>
          Accept, and let {lapsing.length === 1 ? 'it' : 'them'} lapse
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Back
        </button>
      </div>
    </div>
  );
}

function ProposalCard({
  G,
  role,
  proposal,
  send,
  onCounter,
}: {
  G: SeatView;
  role: Role | undefined;
  proposal: Proposal;
  send: Send;
  onCounter: (p: Proposal) => void;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const invited = role !== undefined && awaitsAnswerFrom(proposal, role);
  const mine = role === proposal.from && proposal.status === 'open';
  const preview = proposal.status === 'open' ? previewAgreement(G, proposal) : null;
  const acceptProblem = invited ? checkRespond(G, role, { proposalId: proposal.id, answer: 'accepted' }) : null;
  const act = (move: 'respond' | 'walkOut', input: unknown) => setRefusal(send(move, input)?.message ?? null);
  const accept = () => act('respond', { proposalId: proposal.id, answer: 'accepted' });
  const lapsing = invited ? lapsedBySigning(G, proposal) : [];
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
          Answers so far:{' '}
          {Object.entries(proposal.answers)
            .map(([r, a]) => `${ROLE_NAMES[r as Role]} ${a}`)
            .join(', ')}
        </p>
      ) : null}
      {preview && (invited || mine) ? (
        <details>
          <summary>What signing would do ({KIND_LABEL[preview.kind]})</summary>
          <Changes changes={preview.changes} />
        </details>
      ) : null}
      {invited && confirming && role ? (
        <ConfirmLapse
          lapsing={lapsing}
          role={role}
          onConfirm={() => {
            setConfirming(false);
            accept();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      {invited && !confirming ? (
        <div className="button-row">
          <button type="button" className="btn primary" disabled={acceptProblem !== null} onClick={() => (lapsing.length > 0 ? setConfirming(true) : accept())}>
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
      {(mine || invited) && checkWalkOut(G, role, { proposalId: proposal.id }) === null ? (
        <div className="button-row">
          <button type="button" className="btn danger" onClick={() => act('walkOut', { proposalId: proposal.id })}>
            Walk out
          </button>
          <span className="muted">
            {role && isBadDealFor(G, role, proposal)
              ? 'This package would hurt your objectives: walking out earns standing.'
              : 'Walking out of a leaders’ summit raises tension.'}
          </span>
        </div>
      ) : null}
      <Refusal message={refusal ?? acceptProblem?.message} />
    </li>
  );
}

type Rank = 0 | 1 | 2 | 3;

/**
 * This round's proposals: people's first, those awaiting this seat's answer first among them, then
 * its own, then everyone else's (they are public). Bots' proposals, up to a dozen a round, are
 * folded into one group below, so a friend's proposal is never ten screens down.
 */
export function Inbox({
  G,
  role,
  send,
  onCounter,
  bots = [],
}: {
  G: SeatView;
  role: Role | undefined;
  send: Send;
  onCounter: (p: Proposal) => void;
  bots?: readonly Role[];
}) {
  const rank = (p: Proposal): Rank => (role && awaitsAnswerFrom(p, role) ? 0 : p.from === role ? 1 : p.status === 'open' ? 2 : 3);
  const sorted = [...G.proposals].sort((a, b) => rank(a) - rank(b));
  const fromBot = (p: Proposal) => p.from !== role && bots.includes(p.from);
  const people = sorted.filter((p) => !fromBot(p));
  const botProposals = sorted.filter(fromBot);
  const waiting = sorted.filter((p) => rank(p) === 0).length;
  const botsWaiting = botProposals.filter((p) => rank(p) === 0).length;
  const card = (p: Proposal) => <ProposalCard key={p.id} G={G} role={role} proposal={p} send={send} onCounter={onCounter} />;
  return (
    <section className="panel inbox" aria-labelledby="inbox-title">
      <h2 id="inbox-title">Proposals this round {waiting ? <span className="badge attention">{waiting} awaiting you</span> : null}</h2>
      {sorted.length === 0 ? <p className="muted">No proposals yet this round.</p> : null}
      {people.length ? <ul className="proposal-list">{people.map(card)}</ul> : null}
      {botProposals.length ? (
        <details className="bot-proposals">
          <summary>
            Bots' proposals: {botProposals.length}
            {botsWaiting ? ` (${botsWaiting} awaiting your answer)` : ''}
          </summary>
          <ul className="proposal-list">{botProposals.map(card)}</ul>
        </details>
      ) : null}
    </section>
  );
}
