import { useEffect, useState } from 'react';
import type { Role } from '../../../shared/index';

/**
 * What a seat is composing (its orders, a summit proposal), kept outside the panel. The game screen renders
 * only the chosen tab, so a look at Your role (to re-read the agenda), Press, Deals or News unmounted the panel,
 * and a reload the page, and the choices went with them. Kept per browser tab in sessionStorage under the kind,
 * the match, the role and the round: a hot-seat screen passed to another seat never reads this one's draft.
 */
/** 'orders', 'summit' (a new proposal) or `counter-<proposal id>`. */
export type DraftKind = 'orders' | 'summit' | `counter-${string}`;

const PREFIX = 'peninsula:draft:';
/** The match of a page without a server (hot-seat): one at a time per browser. */
export const PAGE_MATCH = 'local';

export function draftKey(kind: DraftKind, matchID: string | undefined, role: Role, round: number): string {
  return `${PREFIX}${matchID ?? PAGE_MATCH}:${role}:${round}:${kind}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage switched off: a draft lives as long as its panel, as before
  }
}

function stored(key: string): unknown {
  try {
    return JSON.parse(storage()?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** What was stored, as fields to check one by one. */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function forgetDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Every draft of a match: a hot-seat game given up leaves nothing for the next one's same seat and round. */
export function forgetDrafts(matchID: string): void {
  const store = storage();
  if (!store) return;
  const prefix = `${PREFIX}${matchID}:`;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k?.startsWith(prefix) ?? false);
  for (const key of keys) store.removeItem(key);
}

/**
 * The draft under `key` as it was left. `read` (a module-level function) takes what was stored as input like
 * any other and answers a blank draft for null or nothing usable; every change is written back at once, and a
 * draft back to blank is dropped.
 */
export function useDraft<T extends object>(key: string, read: (stored: unknown) => T): [T, (change: (draft: T) => Partial<T>) => void] {
  const [held, setHeld] = useState(() => ({ key, draft: read(stored(key)) }));
  // Another key (a new round under a panel still shown): that key's own draft, never this one carried over.
  const current = held.key === key ? held : { key, draft: read(stored(key)) };
  if (current !== held) setHeld(current);
  useEffect(() => {
    if (JSON.stringify(held.draft) === JSON.stringify(read(null))) forgetDraft(held.key);
    else storage()?.setItem(held.key, JSON.stringify(held.draft));
  }, [held, read]);
  return [current.draft, (change) => setHeld((was) => ({ key: was.key, draft: { ...was.draft, ...change(was.draft) } }))];
}
