import { useEffect, useState } from 'react';
import { ACTIONS, filledFor, type Role, type SeatView } from '../../../shared/index';
import { draftKept, draftKey, forgetDraft } from './drafts';

export interface SealedAwayNotice {
  id: string;
  text: string;
}

/**
 * Orders this browser was still choosing when the round resolved without them: a teammate on the role sealed
 * from another screen, and theirs were the last orders in, so the round moved on at once. The orders panel
 * says "sealed from another screen" only while it is shown for that round (useOrdersDraft); here the page
 * finds a draft kept for the round just resolved, which this page would have forgotten had it sealed them.
 * The timer and the teacher are named by the fill notices instead. Runs once per resolved round: the draft is
 * forgotten as the notice is made, so a reload does not say it again.
 */
export function useOrdersSealedAway(G: SeatView, role: Role | undefined, matchID: string | undefined): SealedAwayNotice | null {
  const last = G.history.at(-1);
  const key = role && last ? draftKey('orders', matchID, role, last.round) : null;
  // Kept with the key it was made for: a hot-seat screen passed to another seat never shows this one's.
  const [notice, setNotice] = useState<(SealedAwayNotice & { key: string }) | null>(null);
  useEffect(() => {
    if (!key || !role || !last || !draftKept(key)) return;
    forgetDraft(key);
    if (filledFor(G, role, last.round).some((f) => f.phase === 'orders')) return;
    const sealed = (last.orders[role] ?? []).map((a) => ACTIONS[a].label).join(' and ');
    setNotice({
      key,
      id: `sealed-away:${last.round}`,
      text: `Your role's orders for round ${last.round} were sealed from another screen (a teammate's) before you sent yours${sealed ? `: ${sealed}` : ''}. What you had chosen here was not sent.`,
    });
    // Once per resolved round: `key` names it; the state's other changes do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return notice && notice.key === key ? { id: notice.id, text: notice.text } : null;
}
