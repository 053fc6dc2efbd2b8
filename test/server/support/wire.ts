import type { Game, LogEntry, State } from 'boardgame.io';
import { CreateGameReducer } from 'boardgame.io/internal';
import { io, type Socket } from 'socket.io-client';
import { WIRE_PATCHES, WIRE_QUERY_KEY } from '../../../shared/api/wire';
import type { PeninsulaState } from '../../../shared/state';
import { waitFor, type Seat } from './players';

/** A raw socket.io connection that keeps every message it receives, as an attacker's script would hold one. */
export interface RawSocket {
  socket: Socket;
  received: unknown[][];
}

/** `patches`: the socket asks for moves as patches from the view it holds (shared/api/wire.ts), as the browser's does. */
export function rawSocket(url: string, { patches = false } = {}): RawSocket {
  const query = patches ? { [WIRE_QUERY_KEY]: WIRE_PATCHES } : {};
  const socket = io(`${url}/peninsula`, { transports: ['websocket'], reconnection: false, forceNew: true, query });
  const received: unknown[][] = [];
  socket.onAny((event: string, ...args: unknown[]) => received.push([event, ...args]));
  return { socket, received };
}

/** A raw socket that syncs as a seat (or as a spectator) as soon as it connects. */
export function listen(url: string, matchID: string, seat: Seat | null, options: { patches?: boolean } = {}): RawSocket {
  const raw = rawSocket(url, options);
  raw.socket.on('connect', () => raw.socket.emit('sync', matchID, seat?.playerID ?? null, seat?.credentials, 5));
  return raw;
}

export interface Refused {
  event: string;
  reason: string;
  matchID?: string;
  move?: string;
}

/** The refusals a socket has been sent so far. */
export function refusals(raw: RawSocket): Refused[] {
  return raw.received.filter((m) => m[0] === 'refused').map((m) => m[1] as Refused);
}

/** Waits for the next refusal after the `seen` first ones. */
export async function nextRefusal(raw: RawSocket, seen: number): Promise<Refused> {
  return waitFor('a refusal', () => refusals(raw)[seen], 20_000);
}

export interface Synced {
  state: State<PeninsulaState>;
  log: LogEntry[];
}

/** What the server has stored for a match, as one seat (or a spectator) reads it with a fresh sync. */
export async function syncOnce(url: string, matchID: string, seat: Seat | null): Promise<Synced> {
  const raw = listen(url, matchID, seat);
  try {
    const sync = await waitFor('a sync', () => raw.received.find((m) => m[0] === 'sync'), 20_000);
    return sync[2] as Synced;
  } finally {
    raw.socket.close();
  }
}

/** Every object in a message that looks like a game state's G. */
export function statesIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (!value || typeof value !== 'object') return found;
  const record = value as Record<string, unknown>;
  if ('private' in record && 'tracks' in record && 'secret' in record) found.push(record);
  for (const child of Object.values(record)) statesIn(child, found);
  return found;
}

/** Every MAKE_MOVE action in a message (logs and deltalogs). */
export function movesIn(value: unknown, found: { type: string; playerID: string; args: unknown }[] = []): { type: string; playerID: string; args: unknown }[] {
  if (!value || typeof value !== 'object') return found;
  const record = value as Record<string, unknown>;
  const payload = record.payload as { type: string; playerID: string; args: unknown } | undefined;
  if (record.type === 'MAKE_MOVE' && payload) found.push(payload);
  for (const child of Object.values(record)) movesIn(child, found);
  return found;
}

export async function healthy(url: string): Promise<boolean> {
  const response = await fetch(`${url}/health`);
  return response.ok && ((await response.json()) as { ok?: boolean }).ok === true;
}

/**
 * Actions boardgame.io 0.50.2 would apply from any client, each sent with the seat's real
 * credentials: JSON patches that copy the secret state or another seat's slice into one's own,
 * whole-state overwrites, undo/redo, events, and a move for another seat.
 */
export function forgedActions(seat: Seat, ownRole: string, otherRole: string, otherSeat: string): { name: string; action: unknown; playerID: string }[] {
  const payload = { playerID: seat.playerID, credentials: seat.credentials };
  const event = (type: string, args: unknown[] = []) => ({ type: 'GAME_EVENT', payload: { ...payload, type, args } });
  return [
    {
      name: 'PATCH copying the secret state into the own slice',
      action: { type: 'PATCH', patch: [{ op: 'copy', from: '/G/secret', path: `/G/private/${ownRole}/stolen` }], payload },
      playerID: seat.playerID,
    },
    {
      name: 'PATCH copying another seat’s slice',
      action: { type: 'PATCH', patch: [{ op: 'copy', from: `/G/private/${otherRole}`, path: `/G/private/${ownRole}/stolen` }], payload },
      playerID: seat.playerID,
    },
    { name: 'PATCH removing /G/private', action: { type: 'PATCH', patch: [{ op: 'remove', path: '/G/private' }], payload }, playerID: seat.playerID },
    { name: 'UPDATE with G: null', action: { type: 'UPDATE', state: { G: null, ctx: {}, plugins: {}, _stateID: 9999 }, payload }, playerID: seat.playerID },
    { name: 'RESET', action: { type: 'RESET', state: { G: null }, payload }, playerID: seat.playerID },
    { name: 'SYNC', action: { type: 'SYNC', state: { G: null }, payload }, playerID: seat.playerID },
    { name: 'UNDO', action: { type: 'UNDO', payload: { ...payload, type: null, args: null } }, playerID: seat.playerID },
    { name: 'REDO', action: { type: 'REDO', payload: { ...payload, type: null, args: null } }, playerID: seat.playerID },
    { name: 'endGame with a forged result', action: event('endGame', [{ outcome: 'forged', winner: 'US' }]), playerID: seat.playerID },
    { name: 'endPhase', action: event('endPhase'), playerID: seat.playerID },
    { name: 'setPhase', action: event('setPhase', ['orders']), playerID: seat.playerID },
    { name: 'setActivePlayers', action: event('setActivePlayers', [[seat.playerID]]), playerID: seat.playerID },
    { name: 'endStage', action: event('endStage'), playerID: seat.playerID },
    { name: 'endTurn', action: event('endTurn'), playerID: seat.playerID },
    { name: 'pass', action: event('pass'), playerID: seat.playerID },
    {
      name: 'an event as a move name',
      action: { type: 'MAKE_MOVE', payload: { ...payload, type: 'endGame', args: [{ outcome: 'forged' }] } },
      playerID: seat.playerID,
    },
    {
      name: 'a move for another seat with these credentials',
      action: { type: 'MAKE_MOVE', payload: { ...payload, playerID: otherSeat, type: 'done', args: [] } },
      playerID: seat.playerID,
    },
  ];
}

/** boardgame.io's client reducer; its PATCH case reads no game. */
const clientReducer = CreateGameReducer({ game: {} as Game, isClient: true });

/** What boardgame.io's client makes of a `patch` it applies to `held` (on a JSON copy, as it does); null if it failed (the client asks for a sync). */
export function patchedByClient(held: unknown, prevStateID: number, stateID: number, ops: unknown[]): State | null {
  const next = clientReducer(held as State, { type: 'PATCH', prevStateID, stateID, patch: ops, deltalog: [] } as never);
  return next._stateID === stateID && !('transients' in next) ? next : null;
}
