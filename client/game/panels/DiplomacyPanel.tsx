import { useState } from 'react';
import { ROLE_NAMES, ROLES, type SeatView, type Proposal, type Role } from '../../../shared/index';
import { owesMove } from '../../../shared/queries';
import type { Send } from '../moveChecks';
import { Inbox } from './Inbox';
import { Refusal } from './Refusal';
import { SummitComposer } from './SummitComposer';

/** The diplomacy phase for a seat: the inbox, the composer (or a counter), and leaving the table. */
export function DiplomacyPanel({
  G,
  role,
  send,
  bots,
  matchID,
}: {
  G: SeatView;
  role: Role;
  send: Send;
  bots?: readonly Role[];
  matchID?: string | undefined;
}) {
  const [countering, setCountering] = useState<Proposal | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const stillTalking = ROLES.filter((r) => owesMove(G, 'diplomacy', r));
  const leave = () => {
    const refused = send('done');
    setRefusal(refused?.message ?? null);
  };
  return (
    <div className="stack">
      <Inbox G={G} role={role} send={send} onCounter={setCountering} bots={bots} />
      {G.done[role] ? (
        <section className="panel" aria-labelledby="left-title">
          <h2 id="left-title">You have left the table</h2>
          <p role="status">Still talking: {stillTalking.map((r) => ROLE_NAMES[r]).join(', ') || 'nobody'}. Orders begin when everyone has left.</p>
        </section>
      ) : (
        <>
          {countering && countering.status === 'open' ? (
            <SummitComposer key={countering.id} G={G} role={role} send={send} countering={countering} onDone={() => setCountering(null)} matchID={matchID} />
          ) : (
            <SummitComposer G={G} role={role} send={send} matchID={matchID} />
          )}
          <section className="panel leave-table" aria-labelledby="leave-title">
            <h2 id="leave-title">Done talking?</h2>
            <p className="muted">
              Orders begin once every role has left the table (or the timer runs out). Still talking: {stillTalking.map((r) => ROLE_NAMES[r]).join(', ')}.
            </p>
            <Refusal message={refusal} />
            <button type="button" className="btn wide" onClick={leave}>
              Leave the table for this round
            </button>
          </section>
        </>
      )}
    </div>
  );
}
