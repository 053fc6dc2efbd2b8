import type { State } from 'boardgame.io';
import { isRole } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { forgetDrafts, PAGE_MATCH } from '../game/panels/drafts';
import type { LocalPressSnapshot } from '../press';
import type { HotSeatOptions } from './engine';
import type { Handoff } from './handoff';

/**
 * A hot-seat match lives in this browser's localStorage, so a reload (or a closed tab) loses
 * nothing. It holds the full state, agendas included, like the page's memory did: the screen
 * still shows one seat at a time, and a resumed match always opens behind the pass screen.
 */
export interface SavedHotSeat {
  version: typeof VERSION;
  options: HotSeatOptions;
  state: State<PeninsulaState>;
  handoff: Handoff;
  press: LocalPressSnapshot;
}

const KEY = 'peninsula.hotseat';
const VERSION = 1;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Some browsers refuse storage outright (privacy settings): the match then lives in memory only.
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved match, or null when there is none or it cannot be read (an older version, a broken write). */
export function loadHotSeat(): SavedHotSeat | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const saved: unknown = JSON.parse(raw);
    if (!isObject(saved) || saved.version !== VERSION || !isObject(saved.options) || !isObject(saved.state) || !isObject(saved.handoff)) return null;
    const humans = saved.options.humans;
    if (!Array.isArray(humans) || humans.length === 0 || !humans.every(isRole)) return null;
    if (!isObject(saved.state.G) || !isObject(saved.state.ctx) || !isObject(saved.press)) return null;
    return saved as unknown as SavedHotSeat;
  } catch {
    return null;
  }
}

/** Writes the match; false when it could not be kept (no storage, or storage full). */
export function saveHotSeat(saved: Omit<SavedHotSeat, 'version'>): boolean {
  const store = storage();
  if (!store) return false;
  // The log of this update is not needed to go on and only makes the save larger.
  const state = { ...saved.state, deltalog: [] };
  try {
    store.setItem(KEY, JSON.stringify({ version: VERSION, ...saved, state }));
    return true;
  } catch {
    return false;
  }
}

export function clearHotSeat(): void {
  storage()?.removeItem(KEY);
  forgetDrafts(PAGE_MATCH);
}
