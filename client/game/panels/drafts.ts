import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/index';

/**
 * What a seat is composing (its orders, a summit proposal), kept outside the panel. The game screen renders
 * only the chosen tab, so a look at Your role (to re-read the agenda), Press, Deals or News unmounted the panel,
 * and a reload the page, and the choices went with them. Kept in this browser's localStorage (a closed tab or
 * a restarted browser keeps it: a student who rejoins finds it) under the kind, the match, the role and the
 * round: a hot-seat screen passed to another seat never reads this one's draft. Bounded (see prune, run once per key): the
 * drafts of the few matches last touched, none older than KEPT_MS, none of a round gone by.
 */
/** 'orders', 'summit' (a new proposal) or `counter-<proposal id>`. */
export type DraftKind = 'orders' | 'summit' | `counter-${string}`;

const PREFIX = 'peninsula:draft:';
/** When each match's drafts were last written: match id -> epoch ms. */
const TOUCHED = 'peninsula:drafts-touched';
/** A browser keeps drafts of this many matches, the last touched (a school computer passes between students). */
export const KEPT_MATCHES = 3;
/** A draft not touched for two days is of a game gone by. */
export const KEPT_MS = 2 * 24 * 60 * 60 * 1000;
/** The match of a page without a server (hot-seat): one at a time per browser. */
export const PAGE_MATCH = 'local';

export function draftKey(kind: DraftKind, matchID: string | undefined, role: Role, round: number): string {
  return `${PREFIX}${matchID ?? PAGE_MATCH}:${role}:${round}:${kind}`;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
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

/** Whether a draft is kept under `key` (useDraft drops a draft back to blank, so a kept one holds a choice). */
export function draftKept(key: string): boolean {
  return (storage()?.getItem(key) ?? null) !== null;
}

export function forgetDraft(key: string): void {
  storage()?.removeItem(key);
}

/** A draft's key read back into what draftKey put in it. */
function keyParts(key: string): { key: string; match: string; role: string; round: number } {
  const [match = '', role = '', round = ''] = key.slice(PREFIX.length).split(':');
  return { key, match, role, round: Number(round) };
}

function draftKeys(store: Storage): ReturnType<typeof keyParts>[] {
  return Array.from({ length: store.length }, (_, i) => store.key(i))
    .filter((k): k is string => k?.startsWith(PREFIX) ?? false)
    .map(keyParts);
}

/** Every draft of a match: a hot-seat game given up leaves nothing for the next one's same seat and round. */
export function forgetDrafts(matchID: string): void {
  const store = storage();
  if (!store) return;
  for (const d of draftKeys(store)) if (d.match === matchID) store.removeItem(d.key);
}

function touchedAt(): Record<string, number> {
  const raw = fieldsOf(stored(TOUCHED));
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/**
 * When a panel first holds the draft under `key` (its load, a new round): its match is the latest touched; drafts of matches beyond
 * the KEPT_MATCHES last touched or untouched for KEPT_MS go, and so do this seat's drafts of earlier rounds.
 */
function prune(key: string, now = Date.now()): void {
  const store = storage();
  if (!store) return;
  const { match, role, round } = keyParts(key);
  const touched = { ...touchedAt(), [match]: now };
  const kept = Object.entries(touched)
    .filter(([, at]) => now - at < KEPT_MS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, KEPT_MATCHES);
  const keptMatches = new Set(kept.map(([m]) => m));
  for (const d of draftKeys(store)) if (!keptMatches.has(d.match) || (d.match === match && d.role === role && d.round < round)) store.removeItem(d.key);
  try {
    store.setItem(TOUCHED, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // storage full: the drafts above are gone, the index is rebuilt on the next write
  }
}

function keep(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // storage full or refused: the draft lives as long as its panel
  }
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
  // Pruning walks every key in localStorage: once per key (the panel's load, a new round), not on every keystroke.
  const prunedFor = useRef<string | null>(null);
  useEffect(() => {
    if (JSON.stringify(held.draft) === JSON.stringify(read(null))) forgetDraft(held.key);
    else keep(held.key, JSON.stringify(held.draft));
    if (prunedFor.current === held.key) return;
    prunedFor.current = held.key;
    prune(held.key);
  }, [held, read]);
  return [current.draft, (change) => setHeld((was) => ({ key: was.key, draft: { ...was.draft, ...change(was.draft) } }))];
}
