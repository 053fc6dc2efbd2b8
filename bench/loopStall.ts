import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Server } from 'boardgame.io';
import { openDriver, type SqlDriver, type SqlExecutor } from '../server/storage/driver';
import { migrate } from '../server/storage/migrations';
import { SqlStorage } from '../server/storage/sqlStorage';
import type { Step } from './storage';

/**
 * What the main thread's event loop goes through while state writes run: PGlite in its worker thread
 * (server/storage/pgliteDriver.ts, what the server runs) against PGlite on the main thread (how it ran
 * before). A burst of `matches` × `moves` late-game state writes, `matches` in flight, while a 1 ms
 * interval notes every gap between its turns; the two alternate, `rounds` times, on the same machine.
 */
export async function loopDuringWrites(steps: readonly Step[], rounds = 3, matches = 8, moves = 40) {
  const late = steps.slice(-moves);
  const results: Record<'worker' | 'mainThread', { longestMs: number[]; p99Ms: number[]; wallPerWriteMs: number[] }> = {
    worker: { longestMs: [], p99Ms: [], wallPerWriteMs: [] },
    mainThread: { longestMs: [], p99Ms: [], wallPerWriteMs: [] },
  };
  const folders = { worker: mkdtempSync(join(tmpdir(), 'peninsula-bench-loop-')), mainThread: mkdtempSync(join(tmpdir(), 'peninsula-bench-loop-')) };
  const drivers = { worker: await openDriver({ dataDir: folders.worker }), mainThread: await pgliteOnThisThread(folders.mainThread) };
  let stateID = 1;
  try {
    for (const driver of Object.values(drivers)) await migrate(driver);
    for (let round = 0; round < rounds; round++) {
      for (const where of ['worker', 'mainThread'] as const) {
        const storage = new SqlStorage(drivers[where]);
        const ids = Array.from({ length: matches }, (_, m) => `loop-${round}-${m}`);
        for (const id of ids) await storage.createMatch(id, { initialState: late[0]!.state, metadata: metadata() });
        const gaps: number[] = [];
        let last = performance.now();
        const tick = setInterval(() => {
          const now = performance.now();
          gaps.push(now - last);
          last = now;
        }, 1);
        const started = performance.now();
        await Promise.all(
          ids.map(async (id) => {
            for (const { state, deltalog } of late) {
              stateID += 1;
              await storage.writeState(id, stateID, JSON.stringify({ ...state, _stateID: stateID }), deltalog);
            }
          }),
        );
        const wall = performance.now() - started;
        clearInterval(tick);
        gaps.push(performance.now() - last);
        gaps.sort((a, b) => a - b);
        results[where].longestMs.push(gaps.at(-1)!);
        results[where].p99Ms.push(gaps[Math.floor(gaps.length * 0.99)]!);
        results[where].wallPerWriteMs.push(wall / (matches * late.length));
      }
    }
  } finally {
    for (const driver of Object.values(drivers)) await driver.close();
    for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
  }
  const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
  const summary = (r: (typeof results)['worker']) => ({ longestMs: median(r.longestMs), p99Ms: median(r.p99Ms), wallPerWriteMs: median(r.wallPerWriteMs) });
  return { rounds, writes: matches * late.length, inFlight: matches, worker: summary(results.worker), mainThread: summary(results.mainThread) };
}

function metadata(): Server.MatchData {
  return { gameName: 'peninsula', players: {}, createdAt: 1, updatedAt: 1 };
}

/** PGlite as the server opened it before it had a worker: on the calling thread. For this comparison only. */
async function pgliteOnThisThread(dataDir: string): Promise<SqlDriver> {
  const db = await PGlite.create(dataDir);
  const executor = (q: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    query: async <T>(sql: string, params: unknown[] = []) => (await q.query<T>(sql, params)).rows,
    script: async (sql: string) => void (await q.exec(sql)),
  });
  return { name: 'pglite', ...executor(db), transaction: (fn) => db.transaction((tx) => fn(executor(tx))), close: () => db.close(), usable: () => true };
}
