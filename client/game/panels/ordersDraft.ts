import { useEffect, useMemo, useRef, useState } from 'react';
import { actionsOf, ACTIONS_PER_ROUND, MEMO_MAX_LENGTH, type ActionId, type CommitmentChoice, type Role } from '../../../shared/index';
import { draftKey, draftKept, fieldsOf, forgetDraft, useDraft } from './drafts';

/** Orders being chosen (client/game/panels/drafts.ts): they outlive a tab switch and a reload until sealed. */
export interface OrdersDraft {
  actions: ActionId[];
  choices: Record<string, CommitmentChoice>;
  memo: string;
}

/** Only what this role may order and choose. */
function reader(role: Role): (stored: unknown) => OrdersDraft {
  const own: readonly string[] = actionsOf(role);
  return (stored) => {
    const { actions, choices, memo } = fieldsOf(stored);
    return {
      actions: (Array.isArray(actions) ? actions : []).filter((a): a is ActionId => typeof a === 'string' && own.includes(a)).slice(0, ACTIONS_PER_ROUND),
      choices: Object.fromEntries(
        Object.entries(fieldsOf(choices)).filter((entry): entry is [string, CommitmentChoice] => entry[1] === 'comply' || entry[1] === 'breach'),
      ),
      memo: typeof memo === 'string' ? memo.slice(0, MEMO_MAX_LENGTH) : '',
    };
  };
}

/**
 * `submitted`: the role's orders are in (from this browser, a teammate's, the timer or the teacher): the draft is done.
 * `sealedElsewhere`: they were sealed from another screen while this one had them open or held a draft for them,
 * so what was chosen here was not sent (a class role's teammates share one seat). Only the page knows it sealed
 * them itself (`sealed()`); who did otherwise is the server's to know, and it does not say.
 */
export function useOrdersDraft(matchID: string | undefined, role: Role, round: number, submitted = false) {
  const key = draftKey('orders', matchID, role, round);
  const read = useMemo(() => reader(role), [role]);
  const [draft, change] = useDraft(key, read);
  const openHere = useRef<string | null>(null);
  const sealedHere = useRef<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);
  useEffect(() => {
    if (!submitted) {
      openHere.current = key;
      return;
    }
    if (sealedHere.current !== key && (openHere.current === key || draftKept(key))) setElsewhere(key);
    forgetDraft(key);
  }, [submitted, key]);
  const sealed = () => {
    sealedHere.current = key;
    forgetDraft(key);
  };
  return { draft, change, sealed, sealedElsewhere: submitted && elsewhere === key };
}
