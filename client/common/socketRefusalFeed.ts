import { useEffect, useRef } from 'react';
import type { SocketRefused } from '../../shared/api/socketRefusals';

type Listener = (refused: SocketRefused) => void;

/**
 * The server's `refused` answers on a match's socket, for the page showing that match: the socket
 * lives inside boardgame.io's client (client/common/matchSocket.ts), out of React's reach.
 */
const listeners = new Map<string, Set<Listener>>();

export function publishSocketRefusal(matchID: string, refused: SocketRefused): void {
  for (const listener of listeners.get(matchID) ?? []) listener(refused);
}

export function onSocketRefusal(matchID: string, listener: Listener): () => void {
  const set = listeners.get(matchID) ?? new Set<Listener>();
  listeners.set(matchID, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(matchID);
  };
}

/** Calls `listener` (its latest version) for each refusal on the match's socket while the component is mounted. */
export function useSocketRefusals(matchID: string, listener: Listener): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onSocketRefusal(matchID, (refused) => latest.current(refused)), [matchID]);
}
