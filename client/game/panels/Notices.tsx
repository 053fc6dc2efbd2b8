import { useState } from 'react';
import { ACTIONS, EVENTS, filledFor, type FilledMove, type Phase, type SeatView, type Role } from '../../../shared/index';
import { proposalName } from './Inbox';
import { useOrdersSealedAway } from './sealedAway';
import './notices.css';

const FILLER_SAYS: Record<FilledMove['by'], string> = {
  timer: 'Time ran out',
  teacher: 'Your teacher ended the phase',
};

/** What the server did for the seat, in the words of what the player would have done. */
function whatWasFilled(G: SeatView, role: Role, fill: FilledMove): string {
  const record = G.history.find((h) => h.round === fill.round);
  if (fill.phase === 'orders') {
    const actions = record?.orders[role] ?? (G.round === fill.round ? G.private[role]?.orders?.actions : undefined) ?? [];
    const list = actions.map((a) => ACTIONS[a].label).join(' and ');
    return `your orders were given for you${list ? `: ${list}` : ''}`;
  }
  if (fill.phase === 'diplomacy') return 'you left the table: no more proposals or answers from you this round';
  const event = record?.event ?? G.crisis.event;
  const chosen = record?.eventChoice ?? (G.round === fill.round ? G.crisis.chosen : null);
  const choice = event ? EVENTS[event].choice : undefined;
  const option = choice?.options.find((o) => o.id === chosen);
  // The option alone ("The President of South Korea") means nothing without the card's question.
  return `the crisis was answered for you${event && choice && option ? ` (${EVENTS[event].title}: ${choice.prompt} — ${option.label})` : ''}`;
}

interface Notice {
  id: string;
  text: string;
}

/** Moves the timer or the teacher made for this seat, this round and the last. */
function fillNotices(G: SeatView, role: Role): Notice[] {
  return [G.round - 1, G.round].flatMap((round) =>
    filledFor(G, role, round).map((f) => ({
      id: `fill:${f.round}:${f.phase}`,
      text: `${FILLER_SAYS[f.by]} in round ${f.round}: ${whatWasFilled(G, role, f)}.`,
    })),
  );
}

/**
 * Offers to this seat that a signed deal closed this round. During diplomacy a proposal lapses
 * only because a deal was signed on one of its parties' tables (the rest lapse when the phase ends).
 */
function lapseNotices(G: SeatView, role: Role, phase: Phase | null): Notice[] {
  if (phase !== 'diplomacy') return [];
  const lapsed = G.proposals.filter((p) => p.round === G.round && p.status === 'expired' && (p.from === role || p.to.includes(role)));
  if (lapsed.length === 0) return [];
  const names = lapsed.map((p) => proposalName(p, role)).join('; ');
  return [
    {
      id: `lapse:${G.round}:${lapsed.map((p) => p.id).join(',')}`,
      text: `A deal was signed, so ${lapsed.length === 1 ? 'this offer lapsed' : `${lapsed.length} offers lapsed`}: ${names}.`,
    },
  ];
}

/** Things that happened to this seat without its own click, until it dismisses them. */
export function Notices({ G, role, phase, matchID }: { G: SeatView; role: Role | undefined; phase: Phase | null; matchID?: string | undefined }) {
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const sealedAway = useOrdersSealedAway(G, role, matchID);
  if (!role) return null;
  const notices = [...fillNotices(G, role), ...(sealedAway ? [sealedAway] : []), ...lapseNotices(G, role, phase)].filter((n) => !dismissed.includes(n.id));
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-label="Notices">
      {notices.map((n) => (
        <p key={n.id} className="notice" data-notice={n.id.split(':')[0]}>
          <span>{n.text}</span>
          <button type="button" className="btn small" onClick={() => setDismissed((d) => [...d, n.id])} aria-label={`Dismiss: ${n.text}`}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
