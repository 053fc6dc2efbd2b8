/**
 * Letting go of matches this process served, so that another process may serve them (a shard
 * handed back to its home process: server/shard/shardLocks.ts). The shard's ownership is already
 * gone, so nothing new is taken for its matches (requests get 503 NOT_OWNER, socket messages are
 * refused). What is under way finishes first: the moves queued for them run, their writes land.
 * Only then may the lock go, and the owner reads every match from the database: a move a player
 * saw acknowledged was stored before the broadcast, and a late write of ours cannot overwrite a
 * newer state (the state is stored compare-and-set on its id: server/storage/sqlStorage.ts) nor newer
 * metadata (written whole: none starts here once the matches are handed over, MatchStore.handOver).
 */

/** After the sockets are dropped, boardgame.io's disconnect handler writes each seat's connection: a moment for it to begin. */
const DISCONNECT_WRITES_MS = 100;

export interface MatchReleaseDeps {
  bots: { detachWhere(only: (matchID: string) => boolean): void };
  starts: { unload(only: (matchID: string) => boolean): void };
  classroom: { unload(only: (id: string) => boolean): Promise<void> };
  press: { closeStreams(only: (matchID: string) => boolean): void };
  /** Absent on the bench's ungated transport only. */
  gate: { dropMatches(only: (matchID: string) => boolean): Promise<void> } | null;
  store: { settled(only: (matchID: string) => boolean): Promise<void>; handOver(only: (matchID: string) => boolean): Promise<() => void> };
}

/**
 * Stops serving the matches (and classes) `only` keeps and resolves once nothing of theirs is left to
 * write, with the function that lets this process write them again (when it takes them over again).
 */
export async function releaseMatches(deps: MatchReleaseDeps, only: (id: string) => boolean): Promise<() => void> {
  deps.bots.detachWhere(only);
  deps.starts.unload(only);
  // Timers stop, and their row writes under way land; class and press streams end (browsers reconnect through the proxy).
  await deps.classroom.unload(only);
  deps.press.closeStreams(only);
  // The moves queued run out; then the players' sockets go, to reconnect through the proxy to the owner.
  await deps.gate?.dropMatches(only);
  await deps.store.settled(only);
  await new Promise((resolve) => setTimeout(resolve, DISCONNECT_WRITES_MS));
  await deps.store.settled(only);
  // From here a write of theirs is refused (a disconnect handler later than this pause, a request still under way), the
  // `updatedAt`s only memory holds are stored, and memory forgets them.
  return deps.store.handOver(only);
}
