import type { ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { PressPanel } from './PressPanel';
import { usePressReads } from './readMarks';
import { usePress } from './usePress';

export interface SeatPressOptions {
  matchID: string;
  playerID: string | null | undefined;
  credentials: string | null | undefined;
  role: Role | undefined;
  /** Who sits at each seat, for the conversation names. */
  names: Partial<Record<Role, string>>;
  over: boolean;
  /** False while a teacher keeps the class press closed: no stream, no tab, no badge. */
  enabled?: boolean;
}

export interface SeatPress {
  /** The Press tab's panel, or null for a spectator or a closed press. */
  panel: ReactNode;
  /** Unread messages for the tab's badge. */
  unread: number;
}

/**
 * One seat's online press, as the online and the class boards both show it: the live stream, read
 * marks kept in this browser, and the panel. A hook, not a component, so the board keeps its place
 * in the tree (and a student's draft) when a teacher closes or reopens the press.
 */
export function useSeatPress({ matchID, playerID, credentials, role, names, over, enabled = true }: SeatPressOptions): SeatPress {
  const open = enabled && role !== undefined;
  const press = usePress(matchID, playerID, credentials, { enabled: open });
  const reads = usePressReads(matchID, playerID, role, press.messages);
  if (!open || !role) return { panel: null, unread: 0 };
  const panel = (
    <PressPanel
      role={role}
      messages={press.messages}
      onSend={press.send}
      classroom={press.classroom}
      names={names}
      connected={press.connected}
      closed={over ? 'The match is over.' : null}
      read={reads.read}
      onRead={reads.onRead}
    />
  );
  return { panel, unread: reads.unread };
}
