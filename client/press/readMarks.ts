import { useCallback, useMemo, useState } from 'react';
import { conversations, unreadCounts, type PressMessage, type ReadMarks } from '../../shared/press';
import type { Role } from '../../shared/roles';

const key = (matchID: string, playerID: string) => `peninsula:press-read:${matchID}:${playerID}`;

function load(storageKey: string): ReadMarks {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, n]) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) as ReadMarks;
  } catch {
    return {};
  }
}

/** Unread messages for `role` over all its conversations: the Press tab's badge. */
export function unreadTotal(messages: readonly PressMessage[], role: Role, read: ReadMarks): number {
  return Object.values(unreadCounts(conversations([...messages], role), role, read)).reduce((a, b) => a + b, 0);
}

export interface PressReads {
  read: ReadMarks;
  onRead: (marks: ReadMarks) => void;
  /** Unread messages in all conversations: the Press tab's badge. */
  unread: number;
}

/**
 * A seat's read marks for one match, kept in this browser: a conversation read once stays read
 * when the panel closes (another tab), in later rounds and after a reload.
 */
export function usePressReads(matchID: string, playerID: string | null | undefined, role: Role | undefined, messages: readonly PressMessage[]): PressReads {
  const storageKey = key(matchID, playerID ?? 'spectator');
  const [read, setRead] = useState<ReadMarks>(() => load(storageKey));
  const onRead = useCallback(
    (marks: ReadMarks) => {
      setRead(marks);
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(marks));
      } catch {
        // Storage full or blocked: the marks still hold for this page.
      }
    },
    [storageKey],
  );
  const unread = useMemo(() => (role ? unreadTotal(messages, role, read) : 0), [messages, role, read]);
  return { read, onRead, unread };
}
