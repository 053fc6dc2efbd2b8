import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GameSpec, GameSummary } from '../tools/sim/match';

const WORKER_URL = new URL('./simulateWorker.ts', import.meta.url);

/**
 * Node 20 does not apply a loader given as a worker's `--import tsx` before the worker's own
 * entry is resolved, so a .ts entry fails with ERR_UNKNOWN_FILE_EXTENSION. The worker therefore
 * starts as a line of JavaScript that loads the .ts entry through tsx's API.
 */
const BOOTSTRAP = `import(${JSON.stringify('tsx/esm/api')}).then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}))`;

/**
 * Workers play as the server runs (server/productionMode.ts): boardgame.io and immer read NODE_ENV once,
 * at load, and outside production check every move's result with isSerializable (the engine is ~1.18×
 * slower). Decisions are the same either way (tools/sim/fingerprint.ts); a NODE_ENV already set is kept.
 */
export function startTsWorker(): Worker {
  return new Worker(BOOTSTRAP, { eval: true, env: { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' } });
}

/**
 * Plays games in worker threads (see BOOTSTRAP for how a worker runs TypeScript). Each worker gets one game at a time,
 * so a slow game never holds up a queue behind it. Results come back in spec order.
 */
export async function playInWorkers(
  specs: readonly GameSpec[],
  options: { threads?: number; onGame?: (done: number, summary: GameSummary) => void } = {},
): Promise<GameSummary[]> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), specs.length));
  const results: GameSummary[] = new Array(specs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, startTsWorker);
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= specs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, spec: specs[id] });
            };
            worker.on('message', (message: { id: number; summary?: GameSummary; error?: string }) => {
              if (message.error !== undefined || !message.summary) return reject(new Error(message.error ?? 'worker sent no summary'));
              results[message.id] = message.summary;
              done += 1;
              options.onGame?.(done, message.summary);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** A one-line progress bar on stderr (redrawn in place on a terminal, printed every 10% otherwise). */
export function progressBar(total: number, label: string): (done: number) => void {
  const started = Date.now();
  let lastTenth = -1;
  return (done) => {
    const fraction = total === 0 ? 1 : done / total;
    const elapsed = (Date.now() - started) / 1000;
    const rate = done / Math.max(elapsed, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)} games/s  ETA ${eta.toFixed(0)}s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    } else if (Math.floor(fraction * 10) !== lastTenth || done === total) {
      lastTenth = Math.floor(fraction * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}
