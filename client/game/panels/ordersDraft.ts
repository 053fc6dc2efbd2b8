import { useEffect, useState } from 'react';
import { actionsOf, ACTIONS_PER_ROUND, MEMO_MAX_LENGTH, type ActionId, type CommitmentChoice, type Role } from '../../../shared/index';

/**
 * Orders being chosen, kept outside the panel. The panel is unmounted whenever its seat opens another tab
 * (Your role, to re-read the agenda; Press; Deals) and on a reload, and the ticks, the comply/breach choices
 * and the memo went with it. Kept per tab in sessionStorage, under the match, the role and the round, so a
 * hot-seat screen passed to another seat never shows this one's draft; dropped once the orders are sealed.
 */
export interface OrdersDraft {
  actions: ActionId[];
  choices: Record<string, CommitmentChoice>;
  memo: string;
}

const PREFIX = 'peninsula:orders-draft:';
/** The match of a page without a server (hot-seat): one at a time per browser. */
export const PAGE_MATCH = 'local';

export function ordersDraftKey(matchID: string | undefined, role: Role, round: number): string {
  return `${PREFIX}${matchID ?? PAGE_MATCH}:${role}:${round}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage switched off: the draft lives as long as the panel, as before
  }
}

/** Only what this role may order and choose: a stored draft is input like any other. */
function readDraft(key: string, role: Role): OrdersDraft | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { actions, choices, memo } = parsed as Record<string, unknown>;
  const own: readonly string[] = actionsOf(role);
  return {
    actions: (Array.isArray(actions) ? actions : []).filter((a): a is ActionId => typeof a === 'string' && own.includes(a)).slice(0, ACTIONS_PER_ROUND),
    choices: Object.fromEntries(
      Object.entries(typeof choices === 'object' && choices !== null ? choices : {}).filter(
        (entry): entry is [string, CommitmentChoice] => entry[1] === 'comply' || entry[1] === 'breach',
      ),
    ),
    memo: typeof memo === 'string' ? memo.slice(0, MEMO_MAX_LENGTH) : '',
  };
}

export function forgetOrdersDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Every draft of a match: a hot-seat game given up leaves nothing for the next one's same seat and round. */
export function forgetOrdersDrafts(matchID: string): void {
  const store = storage();
  if (!store) return;
  const prefix = `${PREFIX}${matchID}:`;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k?.startsWith(prefix) ?? false);
  for (const key of keys) store.removeItem(key);
}

/** The draft under `key`, as it was left; every change is written back at once. */
export function useOrdersDraft(key: string, role: Role): [OrdersDraft, (change: (draft: OrdersDraft) => Partial<OrdersDraft>) => void] {
  const [draft, setDraft] = useState<OrdersDraft>(() => readDraft(key, role) ?? { actions: [], choices: {}, memo: '' });
  useEffect(() => {
    if (draft.actions.length || Object.keys(draft.choices).length || draft.memo) storage()?.setItem(key, JSON.stringify(draft));
  }, [key, draft]);
  return [draft, (change) => setDraft((current) => ({ ...current, ...change(current) }))];
}
