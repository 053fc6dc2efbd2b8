import type { LogEntry, Server, State } from 'boardgame.io';
import { initialisedDataDir } from '../../support/runShared';

/** The drivers the storage tests run on: PGlite (a copy of the run's initialised folder) always, Postgres when DATABASE_URL is set. */
export const drivers: [string, () => Promise<{ databaseUrl?: string; dataDir: string }>][] = [
  ['pglite', async () => ({ dataDir: await initialisedDataDir('peninsula-storage-') })],
];
if (process.env.DATABASE_URL) drivers.push(['postgres', async () => ({ databaseUrl: process.env.DATABASE_URL!, dataDir: '' })]);

let counter = 0;
export function state(stateID: number, G: Record<string, unknown> = {}): State {
  return {
    G,
    ctx: {
      numPlayers: 5,
      turn: 1,
      currentPlayer: '0',
      playOrder: ['0'],
      playOrderPos: 0,
      phase: 'crisis',
      activePlayers: null,
      gameover: undefined,
    } as unknown as State['ctx'],
    plugins: {},
    _undo: [],
    _redo: [],
    _stateID: stateID,
  };
}
export function metadata(gameover?: unknown): Server.MatchData {
  return {
    gameName: 'storage-test',
    players: { 0: { id: 0 }, 1: { id: 1 } },
    createdAt: 1,
    updatedAt: Date.now() + counter++,
    ...(gameover ? { gameover } : {}),
  };
}
export function entry(turn: number): LogEntry {
  return { action: { type: 'MAKE_MOVE', payload: { type: 'done', args: [], playerID: '0' } }, _stateID: turn, turn, phase: 'diplomacy' };
}
