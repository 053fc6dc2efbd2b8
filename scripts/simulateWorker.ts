import { parentPort } from 'node:worker_threads';
import { playGame, type GameSpec } from '../tools/sim/match';

/** One simulation worker: plays the games it is sent, one at a time, and posts back each summary. */
parentPort?.on('message', async (message: { id: number; spec: GameSpec }) => {
  try {
    parentPort?.postMessage({ id: message.id, summary: await playGame(message.spec) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
