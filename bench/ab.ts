/**
 * npm run bench:ab -- --a <checkout> --b <checkout> [--kinds tictactoe,peninsula --k 200 --seconds 8 --reps 4]
 *
 * Before/after of one change: the servers of two checkouts (each its own bench/serverProcess.ts, so
 * tic-tac-toe runs on that checkout's storage too), both as `npm start` runs them (NODE_ENV=production,
 * the flags of SERVER_NODE_FLAGS), their windows interleaved and rotated as in the servers section. The
 * clients are this checkout's (bench/load.ts), one process per row. `npm run bench -- --baseline` runs
 * its baseline as it ran (no NODE_ENV), which suits "before the issue", not one change. Prints each row
 * and the ratios B / A; only those ratios mean anything on a shared machine. Measures only.
 */
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { LoadKind, WindowResult } from './load';
import { SERVER_NODE_FLAGS, startLoad } from './processes';
import { percentile } from './servers';

const { values } = parseArgs({
  options: {
    a: { type: 'string', default: '.' },
    b: { type: 'string', default: '.' },
    kinds: { type: 'string', default: 'tictactoe,peninsula' },
    k: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '8' },
    reps: { type: 'string', default: '4' },
  },
});

/** One server of a checkout, as bench/processes.ts starts this checkout's (ready, then usage on request). */
function checkoutServer(root: string, kind: string) {
  const child = fork(resolve(root, 'bench/serverProcess.ts'), [kind], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    execArgv: ['--import', 'tsx', '--expose-gc', ...SERVER_NODE_FLAGS],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = (type: string) =>
    new Promise<Record<string, unknown>>((res) => {
      const on = (m: Record<string, unknown>) => m.type === type && (child.off('message', on), res(m));
      child.on('message', on);
    });
  return {
    ready: next('ready'),
    async cpu() {
      const r = next('usage');
      child.send({ type: 'usage' });
      return Number((await r).cpuMs);
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'stop' });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill();
    },
  };
}

const k = Number(values.k);
const seconds = Number(values.seconds);
const rows = values.kinds.split(',').flatMap((kind) => [
  { label: `A ${kind}`, root: values.a!, kind: kind as LoadKind },
  { label: `B ${kind}`, root: values.b!, kind: kind as LoadKind },
]);
const started = rows.map((r) => checkoutServer(r.root, r.kind));
const urls = await Promise.all(started.map(async (s) => String((await s.ready).url)));
const loads = [];
for (let i = 0; i < rows.length; i++) loads.push(await startLoad({ kind: rows[i]!.kind, url: urls[i]!, k, bytes: 0 }));
const results = rows.map(() => ({ windows: [] as WindowResult[], cpuMs: 0 }));
const load0 = loadavg()[0]!;
for (let warm = 0; warm < 2; warm++)
  for (const l of loads) {
    await l.between(2);
    await l.window(2);
  }
for (let rep = 0; rep < Number(values.reps); rep++)
  for (let j = 0; j < rows.length; j++) {
    const i = (j + rep) % rows.length;
    await loads[i]!.between(seconds);
    const before = await started[i]!.cpu();
    const w = await loads[i]!.window(seconds);
    results[i]!.cpuMs += (await started[i]!.cpu()) - before;
    results[i]!.windows.push(w);
    process.stderr.write(`${rows[i]!.label} rep ${rep} moves ${w.moves} load ${loadavg()[0]!.toFixed(1)}\n`);
  }
const summary = rows.map((r, i) => {
  const ws = results[i]!.windows;
  const rtts = ws.flatMap((w) => w.rtts).sort((a, b) => a - b);
  const moves = ws.reduce((a, w) => a + w.moves, 0);
  const served = ws.reduce((a, w) => a + w.moves + w.movesAfter, 0);
  return {
    label: r.label,
    movesPerS: moves / (seconds * ws.length),
    p50: percentile(rtts, 50),
    p95: percentile(rtts, 95),
    p99: percentile(rtts, 99),
    cpu: results[i]!.cpuMs / served,
    client: ws.reduce((a, w) => a + (w.clientLoop?.busy ?? 0), 0) / ws.length,
    errors: ws.reduce((a, w) => a + w.errors, 0),
  };
});
console.log(`K=${k}, ${values.reps} reps of ${seconds} s, load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
for (const s of summary)
  console.log(
    `${s.label.padEnd(14)} moves/s ${s.movesPerS.toFixed(0).padStart(5)} p50 ${s.p50.toFixed(0).padStart(5)} p95 ${s.p95.toFixed(0).padStart(5)} p99 ${s.p99.toFixed(0).padStart(5)} cpu/move ${s.cpu.toFixed(3)} clients' loop busy ${s.client.toFixed(2)} errors ${s.errors}`,
  );
for (let i = 0; i < summary.length; i += 2) {
  const a = summary[i]!;
  const b = summary[i + 1]!;
  console.log(
    `B/A ${rows[i]!.kind}: moves/s ${(b.movesPerS / a.movesPerS).toFixed(2)} p50 ${(b.p50 / a.p50).toFixed(2)} p95 ${(b.p95 / a.p95).toFixed(2)} p99 ${(b.p99 / a.p99).toFixed(2)} cpu/move ${(b.cpu / a.cpu).toFixed(2)}`,
  );
}
for (const l of loads) await l.close();
for (const s of started) await s.stop();
process.exit(0);
