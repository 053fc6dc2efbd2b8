import { rmSync } from 'node:fs';
import type { LogEntry, Server, State } from 'boardgame.io';
import { afterAll, beforeAll } from 'vitest';
import { openDriver, type SqlDriver } from '../../../server/storage/driver';
import { migrate } from '../../../server/storage/migrations';
import { initialisedDataDir } from '../../support/runShared';

/** The drivers the storage tests run on: PGlite (a copy of the run's initialised folder) always, Postgres when DATABASE_URL is set. */
export const drivers: [string, () => Promise<{ databaseUrl?: string; dataDir: string }>][] = [
  ['pglite', async () => ({ dataDir: await initialisedDataDir('peninsula-storage-') })],
];
if (process.env.DATABASE_URL) drivers.push(['postgres', async () => ({ databaseUrl: process.env.DATABASE_URL!, dataDir: '' })]);

/**
 * Opens a describe block's database with `options` (one of `drivers`) and migrates it before its tests,
 * then closes it and removes its folder after them. `opened` is handed the driver (to keep it, or to
 * build the storage under test on it).
 */
export function useMigratedDriver(options: (typeof drivers)[number][1], opened: (driver: SqlDriver) => void): void {
  let driver: SqlDriver | undefined;
  let dataDir = '';
  beforeAll(async () => {
    const found = await options();
    dataDir = found.dataDir;
    driver = await openDriver(found);
    await migrate(driver);
    opened(driver);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
}

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
