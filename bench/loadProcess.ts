/**
 * The clients of one bench row, in their own process so that their CPU (socket.io clients, the
 * Peninsula bots' thinking) is not the server's and does not share its event loop.
 * IPC from bench/run.ts: {prepare: kind, url, k, bytes, root} → {prepared}; {window: seconds} → {result};
 * {between: seconds} → {betweenDone} (closes ended matches, sets up spares); {setup: count} → {setupDone} (opens and closes matches); {close} → exits.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { echoLoad, openAndClose, peninsulaLoad, ticTacToeLoad, type ChooseBotMove, type Load, type LoadKind, type WindowResult } from './load';

interface Prepare {
  type: 'prepare';
  kind: LoadKind;
  url: string;
  k: number;
  bytes: number;
  /** The baseline's checkout: its bots play its rules. */
  root?: string;
  /** Record every move of a window (bench:profile --tail). */
  trace?: boolean;
}
type Message =
  | Prepare
  | { type: 'window'; seconds: number }
  | { type: 'between'; seconds: number }
  | { type: 'setup'; kind: LoadKind; url: string; count: number }
  | { type: 'close' };

async function prepare(m: Prepare): Promise<Load> {
  if (m.kind === 'echo') return echoLoad(m.url, m.k, m.bytes);
  if (m.kind === 'tictactoe') return ticTacToeLoad(m.url, m.k, m.trace);
  if (m.kind === 'baseline' && m.root) {
    const bots = (await import(pathToFileURL(join(m.root, 'shared/bots/index.ts')).href)) as { chooseBotMove: ChooseBotMove };
    return peninsulaLoad(m.url, m.k, bots.chooseBotMove, m.trace);
  }
  return peninsulaLoad(m.url, m.k, undefined, m.trace);
}

/** Whether the clients themselves were the bottleneck: a saturated client loop reads every message late, and that is in the round-trips. */
const delays = monitorEventLoopDelay({ resolution: 5 });
delays.enable();
async function measuredWindow(seconds: number): Promise<WindowResult> {
  const before = performance.eventLoopUtilization();
  delays.reset();
  const result = await load!.window(seconds);
  const elu = performance.eventLoopUtilization(before);
  return { ...result, clientLoop: { busy: elu.utilization, delayP99Ms: delays.percentile(99) / 1e6, delayMaxMs: delays.max / 1e6 } };
}

let load: Load | null = null;
process.on('message', (message: Message) => {
  void (async () => {
    if (message.type === 'prepare') {
      load = await prepare(message);
      process.send?.({ type: 'prepared' });
    } else if (message.type === 'window') {
      process.send?.({ type: 'result', result: await measuredWindow(message.seconds) });
    } else if (message.type === 'between') {
      await load!.between(message.seconds);
      process.send?.({ type: 'betweenDone' });
    } else if (message.type === 'setup') {
      const close = await openAndClose(message.kind, message.url, message.count);
      close();
      // Let the server hear the disconnects (they write metadata) before the measurement ends.
      await new Promise((r) => setTimeout(r, 500));
      process.send?.({ type: 'setupDone' });
    } else {
      load?.close();
      process.exit(0);
    }
  })().catch((error: unknown) => {
    process.stderr.write(`load process: ${String(error)}\n`);
    process.exit(1);
  });
});
process.send?.({ type: 'ready' });
