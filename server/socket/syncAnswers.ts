import type { State } from 'boardgame.io';
import type { Socket } from 'socket.io';

/**
 * Calls `heard` with each `sync` answer boardgame.io's master emits on the socket: the match and the
 * state it carries. The master answers on the socket itself, so only a wrapper of its `emit` hears it.
 * What a socket was shown (syncCatchUp.ts) and the view its client holds (seatPatches.ts) both start there.
 */
export function onSyncAnswer(socket: Socket, heard: (matchID: string, state: State) => void): void {
  const emit = socket.emit.bind(socket) as (event: string, ...args: unknown[]) => boolean;
  (socket as { emit: typeof emit }).emit = (event, ...args) => {
    const [matchID, info] = args as [unknown, { state?: State } | undefined];
    if (event === 'sync' && typeof matchID === 'string' && info?.state) heard(matchID, info.state);
    return emit(event, ...args);
  };
}
