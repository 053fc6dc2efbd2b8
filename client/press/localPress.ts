import { useCallback, useSyncExternalStore } from 'react';
import { botOpening, botReply } from '../../shared/bots/press';
import type { Personality } from '../../shared/options';
import type { Phase } from '../../shared/phases';
import { playerView } from '../../shared/playerView';
import { checkRate, PRESS_LIMITS, validateMessage, visibleMessages, type PressMessage, type ReadMarks, type Recipients } from '../../shared/press';
import { playerOfRole, ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { PressConnection } from './usePress';

export interface LocalPressOptions {
  matchID: string;
  /** The game now: the round stamps messages, bots read their own view of it. */
  game: () => { G: PeninsulaState; phase: Phase | null };
  /** Seats bots play on this screen, with their personality: they answer people. */
  bots?: Partial<Record<Role, Personality>>;
  /** Pause before a bot answers. */
  botDelayMs?: number;
  now?: () => number;
  /** What the store held before the page was reloaded (a saved hot-seat match). */
  initial?: LocalPressSnapshot | undefined;
}

/** Everything the store holds, as plain data: a hot-seat match saves it with the game. */
export interface LocalPressSnapshot {
  messages: PressMessage[];
  read: Partial<Record<Role, ReadMarks>>;
}

/**
 * Hot-seat press: one screen, several people, so messages live in memory and each seat reads
 * only through `forSeat(role)`. Mount the panel only after the pass screen for that seat: the
 * store never hands one seat's messages to another. The same rules as the server (validate,
 * rate limit, bots answering people and opening talks with them) run here.
 */
export interface LocalPress {
  send(from: Role, to: unknown, text: unknown): string | null;
  /** Bots open the round's talks with the people at the screen (shared/bots/press.ts botOpening: once a round each, if they have an offer). */
  openTalks(): void;
  forSeat(role: Role): PressMessage[];
  /** Read marks are kept per seat, since the panel unmounts at every pass screen. */
  readMarks(role: Role): ReadMarks;
  setReadMarks(role: Role, marks: ReadMarks): void;
  subscribe(listener: () => void): () => void;
  version(): number;
  snapshot(): LocalPressSnapshot;
  stop(): void;
}

export function createLocalPress(options: LocalPressOptions): LocalPress {
  const all: PressMessage[] = [...(options.initial?.messages ?? [])];
  const read = new Map<Role, ReadMarks>(Object.entries(options.initial?.read ?? {}) as [Role, ReadMarks][]);
  const listeners = new Set<() => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const cache = new Map<Role, { version: number; list: PressMessage[] }>();
  const now = options.now ?? Date.now;
  let version = 0;
  let counter = all.length;

  const changed = () => {
    version += 1;
    listeners.forEach((l) => l());
  };

  function store(from: Role, to: Recipients, text: string): PressMessage {
    counter += 1;
    const message: PressMessage = { id: `local-${counter}`, matchID: options.matchID, round: options.game().G.round, from, to, text, sentAt: now() };
    all.push(message);
    changed();
    return message;
  }

  function answerFromBots(message: PressMessage): void {
    if (message.to === 'all' || options.bots?.[message.from]) return;
    for (const role of message.to) {
      const personality = options.bots?.[role];
      if (!personality) continue;
      const timer = setTimeout(() => {
        timers.delete(timer);
        const { G, phase } = options.game();
        const text = botReply(playerView(G, playerOfRole(role)), role, message, personality, phase);
        if (text) press.send(role, [message.from], text);
      }, options.botDelayMs ?? 600);
      timers.add(timer);
    }
  }

  // At once, not after the reply pause: the screen's next seat sees what the bots wrote when the talks opened.
  function openTalks(): void {
    const { G, phase } = options.game();
    const people = ROLES.filter((r) => !options.bots?.[r]);
    for (const [role, personality] of Object.entries(options.bots ?? {}) as [Role, Personality][]) {
      const view = playerView(G, playerOfRole(role));
      for (const person of people) {
        const opening = botOpening(view, role, person, personality, all, phase);
        if (opening) press.send(role, [person], opening.text);
      }
    }
  }

  const press: LocalPress = {
    openTalks,
    send(from, to, text) {
      const valid = validateMessage(from, to, text);
      if (!valid.ok) return valid.reason;
      const round = options.game().G.round;
      const mine = all.filter((m) => m.from === from && (m.round === round || m.sentAt > now() - PRESS_LIMITS.burstWindowMs));
      const refusal = checkRate(mine, now(), round);
      if (refusal) return refusal.reason;
      answerFromBots(store(from, valid.to, valid.text));
      return null;
    },
    forSeat(role) {
      const hit = cache.get(role);
      if (hit?.version === version) return hit.list;
      const list = visibleMessages(all, role);
      cache.set(role, { version, list });
      return list;
    },
    readMarks: (role) => read.get(role) ?? {},
    setReadMarks(role, marks) {
      read.set(role, marks);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    snapshot: () => ({ messages: [...all], read: Object.fromEntries(read) }),
    stop() {
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
    },
  };
  return press;
}

/** The hot-seat equivalent of usePress, for the seat whose turn it is. */
export function useLocalPress(press: LocalPress, role: Role): PressConnection & { read: ReadMarks; onRead: (marks: ReadMarks) => void } {
  useSyncExternalStore(press.subscribe, press.version);
  const send = useCallback(async (to: Recipients, text: string) => press.send(role, to, text), [press, role]);
  const onRead = useCallback((marks: ReadMarks) => press.setReadMarks(role, marks), [press, role]);
  return { messages: press.forSeat(role), send, connected: true, classroom: false, read: press.readMarks(role), onRead };
}
