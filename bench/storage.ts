import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogEntry, Server, State } from 'boardgame.io';
import { createLogger } from '../server/logger';
import { MatchStore } from '../server/matchStore';
import { openDriver, type SqlDriver } from '../server/storage/driver';
import { migrate } from '../server/storage/migrations';
import { SqlStorage } from '../server/storage/sqlStorage';
import { PERSONALITIES, type Personality } from '../shared/options';
import { ROLES, type Role } from '../shared/roles';
import { nextBotMove } from '../tools/sim/botGame';
import { applyMove, startMatch, type MatchState } from '../tools/sim/headless';
import { percentile } from './servers';

/** Storage measured without a server: the write path a move takes, the database's growth, a restart's cost. */

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export interface Step {
  state: State;
  deltalog: LogEntry[];
}

/** The states of one whole bot game, as boardgame.io stores them (numbered from 1). */
export function botGame(seed: string): { initial: State; steps: Step[] } {
  const personalities = Object.fromEntries(ROLES.map((r, i) => [r, PERSONALITIES[i % PERSONALITIES.length]])) as Record<Role, Personality>;
  let state: MatchState = startMatch({ seed });
  const initial = state as State;
  const steps: Step[] = [];
  for (let i = 0; i < 2_000 && state.ctx.gameover === undefined; i++) {
    const next = nextBotMove(state, personalities);
    if (!next) break;
    state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
    const { deltalog, ...stored } = state;
    steps.push({ state: stored as State, deltalog: (deltalog ?? []) as LogEntry[] });
  }
  return { initial, steps };
}

function metadataOf(createdAt: number): Server.MatchData {
  return { gameName: 'peninsula', players: Object.fromEntries([0, 1, 2, 3, 4].map((p) => [p, { id: p, name: `bench${p}` }])), createdAt, updatedAt: createdAt };
}

/** Plays a stored game through MatchStore as boardgame.io's master does: per move, state + log and a metadata bump. */
async function storeGame(store: MatchStore, matchID: string, game: { initial: State; steps: Step[] }, clock: { now: number }): Promise<void> {
  let metadata = metadataOf(clock.now);
  await store.createMatch(matchID, { initialState: game.initial, metadata });
  for (const { state, deltalog } of game.steps) {
    clock.now += 1_000;
    metadata = { ...metadata, updatedAt: clock.now, ...(state.ctx.gameover !== undefined ? { gameover: state.ctx.gameover } : {}) };
    await Promise.all([store.setState(matchID, state, deltalog), store.setMetadata(matchID, metadata)]);
  }
}

async function withDatabase<T>(run: (driver: SqlDriver, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peninsula-bench-storage-'));
  const driver = await openDriver({ dataDir });
  try {
    await migrate(driver);
    return await run(driver, dataDir);
  } finally {
    await driver.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Time of one move's storage (MatchStore.setState: one statement) around move 10 and move 500 of one long match. */
export async function writeTime(games: { initial: State; steps: Step[] }[], moves: number) {
  const chain = games
    .flatMap((g) => g.steps)
    .slice(0, moves)
    .map((s, i) => ({ ...s, state: { ...s.state, _stateID: i + 1 } }));
  return withDatabase(async (driver) => {
    const store = new MatchStore(new SqlStorage(driver), createLogger('silent'));
    const clock = { now: Date.now() };
    await storeGame(store, 'warmup', games[0]!, clock);
    await store.createMatch('bench', { initialState: games[0]!.initial, metadata: metadataOf(clock.now) });
    const times: number[] = [];
    for (const { state, deltalog } of chain) {
      const started = performance.now();
      await store.setState('bench', state, deltalog);
      times.push(performance.now() - started);
    }
    const around = (move: number) => {
      const window = times.slice(Math.max(0, move - 6), move + 5).sort((a, b) => a - b);
      return { medianMs: round(percentile(window, 50), 3), meanMs: round(window.reduce((a, b) => a + b, 0) / window.length, 3) };
    };
    const bytes = (i: number) => JSON.stringify(chain[Math.min(i, chain.length - 1)]!.state).length;
    return { moves: times.length, atMove10: around(10), atMove500: around(500), stateBytesAtMove10: bytes(9), stateBytesAtMove500: bytes(499) };
  });
}

const duKB = (dir: string) => Number(execFileSync('du', ['-sk', dir]).toString().split('\t')[0]);

/** Database size as finished games accumulate: with the shipped vacuum, and with it off (how the database grew before). */
export async function growth(games: { initial: State; steps: Step[] }[], checkpoints: number[]) {
  const variants = [
    { name: 'vacuum every 500 state writes (shipped)', vacuumEvery: undefined },
    { name: 'no vacuum (before)', vacuumEvery: 0 },
  ];
  const out = [];
  for (const variant of variants) {
    out.push(
      await withDatabase(async (driver, dataDir) => {
        const store = new MatchStore(new SqlStorage(driver, variant.vacuumEvery), createLogger('silent'));
        const clock = { now: Date.now() };
        const sizes: { games: number; databaseKB: number; folderKB: number }[] = [];
        let played = 0;
        for (const checkpoint of checkpoints) {
          for (; played < checkpoint; played++) await storeGame(store, `g${played}`, games[played % games.length]!, clock);
          await driver.query('CHECKPOINT');
          const [size] = await driver.query<{ bytes: string }>('SELECT pg_database_size(current_database()) AS bytes');
          sizes.push({ games: checkpoint, databaseKB: Math.round(Number(size!.bytes) / 1024), folderKB: duKB(dataDir) });
        }
        const perGame = (a: number, b: number) => round((sizes[b]!.databaseKB - sizes[a]!.databaseKB) / (sizes[b]!.games - sizes[a]!.games), 1);
        return { name: variant.name, sizes, kbPerGameFirst: perGame(0, 1), kbPerGameLast: perGame(sizes.length - 2, sizes.length - 1) };
      }),
    );
  }
  return { movesPerGame: round(games.reduce((a, g) => a + g.steps.length, 0) / games.length, 1), variants: out };
}

/** Fills a data folder with `count` finished matches (state, full log, game-over metadata), for the restart measurement. */
export async function fillFinished(dataDir: string, games: { initial: State; steps: Step[] }[], count: number): Promise<void> {
  const driver = await openDriver({ dataDir });
  try {
    await migrate(driver);
    const storage = new SqlStorage(driver);
    for (let i = 0; i < count; i++) {
      const game = games[i % games.length]!;
      const last = game.steps.at(-1)!;
      const metadata = { ...metadataOf(Date.now()), gameover: last.state.ctx.gameover as unknown };
      await storage.createMatch(`stored${i}`, { initialState: game.initial, metadata });
      await storage.writeState(
        `stored${i}`,
        last.state._stateID,
        JSON.stringify(last.state),
        game.steps.flatMap((s) => s.deltalog),
      );
    }
    await driver.script('VACUUM');
  } finally {
    await driver.close();
  }
}
