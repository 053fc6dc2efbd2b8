/**
 * The players of the partitioned load (bench/partition/section.ts), in a process of their own.
 * Each table is a Lobby match with four server bots and one seat played here (the US, by the
 * ruleset's bot on its own view) over a socket.io connection through the proxy, the match id in the
 * handshake query as the browser client sends it. The seat's socket reconnects and syncs again
 * after its server dies, like a browser's.
 * A move of ours is *acknowledged* when a state arrives whose log holds it (the server broadcasts
 * only stored states): we keep (match, state id) of every acknowledgement, for the check against
 * the database after a kill -9.
 * IPC: {open, url, k} → {opened}; {window, seconds, until?} → {result}; {mark} (a process is killed now);
 * {acks} → {acks, resumes}; {close} → exits. A window with `until` lasts past its seconds until every
 * match of that shard marked at the kill has resumed, or `until.maxSeconds` have passed.
 */
import type { LogEntry, State } from 'boardgame.io';
import { io, type Socket } from 'socket.io-client';
import { chooseBotMove } from '../../shared/bots';
import { shardOfId } from '../../shared/shard';
import type { PeninsulaState } from '../../shared/state';
import { inBatches, post } from '../seat';

const SEAT = '0';
const SERVER_BOTS = { DPRK: 'dove', ROK: 'dealmaker', PRC: 'opportunist', JPN: 'hawk' };
/** A move with no answer for this long is given up (the server died with it, or refused it unheard). */
const UNANSWERED_MS = 5_000;
/** Matches a slot may open in one run (a game ends, the next begins): bounds the bench's work. */
const MAX_MATCHES_PER_SLOT = 20;

interface Table {
  matchID: string;
  credentials: string;
  socket: Socket;
  state: State<PeninsulaState> | null;
  pending: { stateID: number; move: string; sentAt: number } | null;
}

/**
 * Set at a {mark} for every table with a state: the highest state seen then, and when a newer one first
 * arrived (ms after the mark). States already on their way at the kill keep arriving for a while (this
 * process reads its sockets behind the load), so a match of the killed shard counts as resumed only with
 * a new state received after its socket was connected again: from the process that took the shard over.
 */
interface Mark {
  stateID: number;
  /** The first newer state after the socket was connected again. */
  resumedMs: number | null;
  /** The first newer state at all (the other shards' matches, whose sockets never drop). */
  firstStateMs: number | null;
  /** When the seat's socket was connected again, and when its sync answered (ms after the mark). */
  reconnectedMs: number | null;
  syncedMs: number | null;
  /** What the seat last saw of the match, for a match that never resumed (the bench's diagnostics). */
  last: Seen | null;
  /**
   * The game ended on a state that reached the seat before its socket was connected again: sent by the
   * killed process before it died (stored, as every broadcast state is), so there is nothing to resume,
   * and the slot closes the socket for its next match. Such a match never shows a new state.
   */
  endedBeforeReconnect: boolean;
  refusals: number;
  lastRefusal: string | null;
  disconnects: number;
}

/** A state as the seat saw it: whose move it waited for. */
export interface Seen {
  stateID: number;
  phase: string | null;
  currentPlayer: string;
  active: string[] | null;
  gameover: boolean;
  pendingMove: string | null;
}

const seen = (table: Table): Seen | null =>
  table.state && {
    stateID: table.state._stateID,
    phase: table.state.ctx.phase ?? null,
    currentPlayer: table.state.ctx.currentPlayer,
    active: table.state.ctx.activePlayers ? Object.keys(table.state.ctx.activePlayers) : null,
    gameover: table.state.ctx.gameover !== undefined,
    pendingMove: table.pending?.move ?? null,
  };

export interface PartitionWindow {
  /** States the tables saw advance inside the window: every seat's moves, the server bots' included. */
  moves: number;
  ownMoves: number;
  rtts: number[];
  games: number;
  unanswered: number;
  setupFailures: number;
}

const tables: (Table | null)[] = [];
const acks: [string, number][] = [];
/** By match: kept when a table's game ends and its slot opens another, so every marked match is counted. */
const marks = new Map<string, Mark>();
let window: PartitionWindow | null = null;
let markAt = 0;
let url = '';

async function retrying<T>(what: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await what();
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function openTable(slot: number): Promise<void> {
  const created = await retrying(() =>
    post<{ matchID: string }>(`${url}/games/peninsula/create`, { numPlayers: 5, setupData: { bots: SERVER_BOTS, seed: `partition-${slot}-${Date.now()}` } }),
  );
  const { matchID } = created;
  const { playerCredentials } = await retrying(() =>
    post<{ playerCredentials: string }>(`${url}/games/peninsula/${matchID}/join`, { playerID: SEAT, playerName: 'bench' }),
  );
  await retrying(() => post(`${url}/api/matches/${matchID}/start`, { playerID: SEAT, credentials: playerCredentials }));
  const socket = io(`${url}/peninsula`, {
    transports: ['websocket'],
    query: { matchID },
    forceNew: true,
    reconnectionDelay: 300,
    reconnectionDelayMax: 2_000,
  });
  const table: Table = { matchID, credentials: playerCredentials, socket, state: null, pending: null };
  tables[slot] = table;
  // A reconnection (the server died): the move in flight is stored or gone; the sync says which, and we choose again.
  socket.on('connect', () => {
    table.pending = null;
    const mark = marks.get(matchID);
    if (mark && mark.reconnectedMs === null) mark.reconnectedMs = Date.now() - markAt;
    socket.emit('sync', matchID, SEAT, playerCredentials, 5);
  });
  socket.on('sync', (id: string, info: { state: State<PeninsulaState> }) => {
    if (id !== matchID) return;
    const mark = marks.get(matchID);
    if (mark && mark.reconnectedMs !== null && mark.syncedMs === null) mark.syncedMs = Date.now() - markAt;
    take(slot, table, info.state, []);
  });
  // boardgame.io sends an update's log entries beside the state (redacted per seat).
  socket.on('update', (id: string, state: State<PeninsulaState>, log: LogEntry[] | undefined) => id === matchID && take(slot, table, state, log ?? []));
  socket.on('disconnect', () => {
    const mark = marks.get(matchID);
    if (mark) mark.disconnects += 1;
  });
  socket.on('refused', (why: { event?: string; reason?: string; move?: string }) => {
    const mark = marks.get(matchID);
    if (mark) {
      mark.refusals += 1;
      mark.lastRefusal = `${why?.event} ${why?.reason} ${why?.move ?? ''} at ${Date.now() - markAt} ms`;
    }
    table.pending = null;
    setTimeout(() => decide(table), 200);
  });
}

function take(slot: number, table: Table, state: State<PeninsulaState>, log: readonly LogEntry[]): void {
  const before = table.state?._stateID ?? -1;
  if (state._stateID <= before) return;
  if (window && before >= 0) window.moves += state._stateID - before;
  table.state = state;
  const mark = marks.get(table.matchID);
  if (mark && state._stateID > mark.stateID) {
    mark.firstStateMs ??= Date.now() - markAt;
    if (mark.resumedMs === null && mark.reconnectedMs !== null) mark.resumedMs = Date.now() - markAt;
  }
  if (mark && state.ctx.gameover !== undefined && mark.resumedMs === null) mark.endedBeforeReconnect = true;
  const mine = log.some((e) => e.action.type === 'MAKE_MOVE' && e.action.payload.playerID === SEAT);
  if (mine) {
    acks.push([table.matchID, state._stateID]);
    if (table.pending && window) {
      window.ownMoves += 1;
      window.rtts.push(performance.now() - table.pending.sentAt);
    }
    table.pending = null;
  }
  if (state.ctx.gameover !== undefined) return void replace(slot, table);
  decide(table);
}

function decide(table: Table): void {
  const state = table.state;
  if (!state || state.ctx.gameover !== undefined || !table.socket.connected) return;
  if (table.pending && performance.now() - table.pending.sentAt < UNANSWERED_MS) return;
  if (table.pending && window) window.unanswered += 1;
  table.pending = null;
  const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: SEAT, personality: 'dealmaker' });
  if (!choice) return;
  table.pending = { stateID: state._stateID, move: choice.move, sentAt: performance.now() };
  const action = { type: 'MAKE_MOVE', payload: { type: choice.move, args: choice.args, playerID: SEAT, credentials: table.credentials } };
  table.socket.emit('update', action, state._stateID, table.matchID, SEAT);
}

const opened = new Map<number, number>();
function replace(slot: number, table: Table): void {
  const mark = marks.get(table.matchID);
  if (mark) mark.last = seen(table);
  table.socket.close();
  if (window) window.games += 1;
  const count = (opened.get(slot) ?? 1) + 1;
  opened.set(slot, count);
  tables[slot] = null;
  if (count > MAX_MATCHES_PER_SLOT) return;
  openTable(slot).catch(() => window && (window.setupFailures += 1));
}

/** Every table with a move owed and no answer: looked at once a second (a refusal unheard, a server gone). */
const nudge = setInterval(() => tables.forEach((t) => t && decide(t)), 1_000);

/** A window that waits for the killed shard's matches: until each has resumed, for at most `maxSeconds`. */
export interface ResumeWait {
  shard: number;
  shards: number;
  maxSeconds: number;
}

type Message =
  { type: 'open'; url: string; k: number } | { type: 'window'; seconds: number; until?: ResumeWait } | { type: 'mark' } | { type: 'acks' } | { type: 'close' };

/** Whether every match of the shard marked at the kill has shown a new state or had ended on a state sent before the kill. */
function allResumed(wait: ResumeWait): boolean {
  return [...marks].every(([matchID, mark]) => shardOfId(matchID, wait.shards) !== wait.shard || mark.resumedMs !== null || mark.endedBeforeReconnect);
}

async function windowOf(seconds: number, until: ResumeWait | undefined): Promise<{ result: PartitionWindow; seconds: number }> {
  const started = Date.now();
  window = { moves: 0, ownMoves: 0, rtts: [], games: 0, unanswered: 0, setupFailures: 0 };
  await new Promise((r) => setTimeout(r, seconds * 1000));
  if (until) for (let i = 0; i < (until.maxSeconds - seconds) * 10 && !allResumed(until); i++) await new Promise((r) => setTimeout(r, 100));
  const result = window;
  window = null;
  return { result, seconds: (Date.now() - started) / 1000 };
}

process.on('message', (message: Message) => {
  void (async () => {
    if (message.type === 'open') {
      url = message.url;
      let failed = 0;
      await inBatches([...Array(message.k).keys()], 20, (slot) => openTable(slot).catch(() => void (failed += 1)));
      process.send?.({ type: 'opened', failed });
    } else if (message.type === 'window') {
      process.send?.({ type: 'result', ...(await windowOf(message.seconds, message.until)) });
    } else if (message.type === 'mark') {
      markAt = Date.now();
      for (const t of tables)
        if (t?.state && t.state.ctx.gameover === undefined)
          marks.set(t.matchID, {
            stateID: t.state._stateID,
            resumedMs: null,
            firstStateMs: null,
            reconnectedMs: null,
            syncedMs: null,
            last: null,
            endedBeforeReconnect: false,
            refusals: 0,
            lastRefusal: null,
            disconnects: 0,
          });
      process.send?.({ type: 'marked' });
    } else if (message.type === 'acks') {
      const resumes = [...marks].map(
        ([matchID, mark]) => [matchID, mark.resumedMs, mark.reconnectedMs, mark.syncedMs, mark.firstStateMs, mark.endedBeforeReconnect] as const,
      );
      // The marked matches that neither resumed nor ended, with what their seat last saw (the bench prints them).
      const stalled = [...marks]
        .filter(([, mark]) => mark.resumedMs === null && !mark.endedBeforeReconnect)
        .map(([matchID, mark]) => {
          const table = tables.find((t) => t?.matchID === matchID);
          return { matchID, ...mark, last: mark.last ?? (table ? seen(table) : null), connected: table?.socket.connected ?? null };
        });
      process.send?.({ type: 'acks', acks, resumes, stalled });
    } else {
      clearInterval(nudge);
      for (const t of tables) t?.socket.close();
      process.exit(0);
    }
  })().catch((error: unknown) => {
    process.stderr.write(`partition clients: ${String(error)}\n`);
    process.exit(1);
  });
});
process.send?.({ type: 'ready' });
