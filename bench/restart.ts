import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { State } from 'boardgame.io';
import { startServer } from './processes';
import { percentile } from './servers';
import { fillFinished, type Step } from './storage';

/**
 * Time from starting a server process to its `ready` on an existing database: one with no matches and
 * one with `count` finished matches (state, full log, metadata). Alternated, so both see the same machine.
 */
export async function restart(games: { initial: State; steps: Step[] }[], count: number, repetitions: number) {
  const empty = mkdtempSync(join(tmpdir(), 'peninsula-bench-restart-empty-'));
  const full = mkdtempSync(join(tmpdir(), 'peninsula-bench-restart-full-'));
  try {
    await fillFinished(empty, games, 0);
    await fillFinished(full, games, count);
    const times: Record<'empty' | 'full', number[]> = { empty: [], full: [] };
    for (let rep = 0; rep < repetitions; rep++) {
      for (const which of ['empty', 'full'] as const) {
        const started = performance.now();
        const server = await startServer('peninsula', undefined, which === 'empty' ? empty : full);
        times[which].push(performance.now() - started);
        await server.stop();
      }
    }
    const median = (xs: number[]) =>
      Math.round(
        percentile(
          [...xs].sort((a, b) => a - b),
          50,
        ),
      );
    return {
      matches: count,
      repetitions,
      emptyMs: median(times.empty),
      fullMs: median(times.full),
      ratio: Math.round((median(times.full) / median(times.empty)) * 100) / 100,
    };
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
}
