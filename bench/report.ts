import type { BenchReport } from './run';
import { gateMarkdown } from './gate';
import { simulationMarkdown, simulationTarget } from './simulation';
import type { RowResult } from './servers';

/** bench/REPORT.md from a run's results: tables, ratios of rows measured side by side, the machine's load. */

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const ratio = (a: number, b: number) => (b > 0 ? `${Math.round((a / b) * 100) / 100}×` : '—');
const kb = (bytes: number) => `${Math.round(bytes / 102.4) / 10} KB`;

const ROW_NAMES: Record<RowResult['kind'], string> = {
  peninsula: 'Peninsula',
  ungated: 'Peninsula without the socket gate',
  baseline: 'Peninsula before (baseline)',
  tictactoe: 'tic-tac-toe (peer)',
  echo: 'socket.io echo (limit)',
};

function serversText(r: BenchReport): string {
  const s = r.servers;
  if (!s) return '_Not run._';
  const c = r.config;
  const rows = s.rows.map((x) => [
    x.k,
    ROW_NAMES[x.kind],
    x.movesPerSecond,
    x.rttMs.p50,
    x.rttMs.p95,
    x.rttMs.p99,
    x.cpuMsPerMove,
    x.netCpuMsPerMove,
    x.eventLoopUtilisation,
    x.clientLoopBusy ?? '—',
    x.stallMs ? `${x.stallMs.p99} / ${x.stallMs.max}` : '—',
    x.replaced ?? '—',
    x.setups,
    x.setupCpuMs ?? '—',
    x.errors,
  ]);
  const ks = [...new Set(s.rows.map((x) => x.k))];
  const of = (k: number, kind: RowResult['kind']) => s.rows.find((x) => x.k === k && x.kind === kind);
  const ratios = ks.map((k) => {
    const p = of(k, 'peninsula')!;
    const t = of(k, 'tictactoe')!;
    const e = of(k, 'echo')!;
    const b = of(k, 'baseline');
    return [
      k,
      ratio(p.netCpuMsPerMove, t.netCpuMsPerMove),
      ratio(p.movesPerSecond, t.movesPerSecond),
      ratio(p.rttMs.p99, e.rttMs.p99),
      ratio(t.rttMs.p99, e.rttMs.p99),
      b ? ratio(p.movesPerSecond, b.movesPerSecond) : '—',
      b ? ratio(p.netCpuMsPerMove, b.netCpuMsPerMove) : '—',
      b ? ratio(p.rttMs.p50, b.rttMs.p50) : '—',
    ];
  });
  return `K concurrent matches; every seat has its own socket.io connection over loopback (five per Peninsula match, two per tic-tac-toe match); one move in flight per match. Round-trip = from sending a move to the mover receiving the state that contains it. Every server runs in its own process; **each row's clients run in a process of their own** (the Peninsula bots think there, not in the server). All servers start first and stay up; for each K every row connects its clients, then the rows take turns in windows of ${c.windowSeconds} s, ${c.repetitions} rounds (A B C, then B C A, …), so a change in the machine's load falls on every row alike. CPU is the server process's own (\`process.cpuUsage\`, every thread: PGlite's worker included), per move completed; *event loop busy* is the main thread's (\`eventLoopUtilization\`) and *loop stall* how long one turn of it was held (\`monitorEventLoopDelay\`, the worst window's 99th percentile and the longest); *clients' loop busy* is the same for the row's client process (near 1: the clients read the updates late, and that is in the round-trips). A match that ends during a window is replaced by a spare its clients set up before the window (twice as many as the fastest window so far used) and is closed after it, so a window's server CPU is spent on moves alone, for every row alike: tic-tac-toe's games last at most nine moves, and subtracting the ~1,800 setups a window held at a cost measured outside it, at a lower load, had left a figure that was mostly that error. Only if the spares run out is a match set up inside the window (*setups in windows*); *net* subtracts those at their cost, measured right after each window on the same server (create, join every seat, connect, sync, disconnect: the *setup* column, server CPU per match). Each K starts with two unmeasured warm-up windows of 2 s per row. The echo sends each message of ${r.servers?.echoBytes ?? '?'} bytes (the mean update a Peninsula seat receives) to the five sockets of its room. Tic-tac-toe runs on boardgame.io's Server with the same storage (CachedStorage over SQL on PGlite), in production mode like Peninsula; the baseline runs as it did (no NODE_ENV).

${table(['K', 'Server', 'Moves/s', 'RTT p50 (ms)', 'p95', 'p99', 'CPU/move (ms)', 'net CPU/move', 'Event loop busy', "Clients' loop busy", 'Loop stall p99 / max (ms)', 'Replaced by spares', 'Setups in windows', 'Setup CPU (ms)', 'Errors'], rows)}

Ratios, measured in the same run:

${table(['K', 'net CPU/move vs peer (target ≤ 1.0×)', 'moves/s vs peer', 'p99 vs echo (target ≤ 2.5×)', "peer's p99 vs echo", 'moves/s vs before (target ≥ 2× at K=200)', 'net CPU/move vs before', 'p50 vs before'], ratios)}`;
}

/** A client process's loop busier than this read its updates late: its round-trips measure it, not the server. */
const CLIENTS_SATURATED = 0.95;

/** Issue 18's targets, each with what this run measured and whether it is met. */
function targets(r: BenchReport): string {
  const rows = r.servers?.rows ?? [];
  const k = Math.max(0, ...rows.map((x) => x.k));
  const of = (kind: RowResult['kind']) => rows.find((x) => x.k === k && x.kind === kind);
  const [p, t, e, b] = [of('peninsula'), of('tictactoe'), of('echo'), of('baseline')];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');
  const x = (a: number | undefined, c: number | undefined) => (a !== undefined && c ? Math.round((a / c) * 100) / 100 : undefined);
  const cpu = x(p?.netCpuMsPerMove, t?.netCpuMsPerMove);
  const speed = x(p?.movesPerSecond, b?.movesPerSecond);
  const p99 = x(p?.rttMs.p99, e?.rttMs.p99);
  const peerP99 = x(t?.rttMs.p99, e?.rttMs.p99);
  // An echo whose own clients' loop was saturated measured how late they read, not the server: no verdict on it.
  const echoClients = e?.clientLoopBusy;
  const echoSaturated = echoClients !== undefined && echoClients >= CLIENTS_SATURATED;
  const growth = r.storage?.growth.variants[0];
  const late = r.wire?.sent.late;
  const sim = simulationTarget(r.sim);
  const rows2: (string | number)[][] = [
    [
      `server CPU per move ≤ 1.0× tic-tac-toe's, net of setup (K = ${k})`,
      cpu === undefined ? '—' : `${cpu}×`,
      verdict(cpu === undefined ? undefined : cpu <= 1),
    ],
    [`moves/s per process ≥ 2× the code before (K = ${k})`, speed === undefined ? '—' : `${speed}×`, verdict(speed === undefined ? undefined : speed >= 2)],
    [
      `move round-trip p99 ≤ 2.5× the echo's (K = ${k})`,
      // One move in flight per match: at saturation a round-trip is K over the moves/s (Little's law), so this
      // ratio mostly follows CPU per move; the peer's own ratio shows what the same stack reaches.
      p99 === undefined
        ? '—'
        : `${p99}×${peerP99 === undefined ? '' : ` (tic-tac-toe's: ${peerP99}×)`}${
            echoSaturated ? `; the echo's clients' loop was ${echoClients} busy, so its p99 is how late they read, not the server's` : ''
          }`,
      echoSaturated ? 'not judged' : verdict(p99 === undefined ? undefined : p99 <= 2.5),
    ],
    [
      'the event loop never blocks on the embedded database',
      `PGlite in a worker thread (server/storage/pgliteWorker.mjs; test/server/sqlDriver.test.ts: the loop turns during a statement)${
        r.loop
          ? `; during ${r.loop.writes} state writes the loop's longest wait was ${r.loop.worker.longestMs} ms (PGlite on the main thread: ${r.loop.mainThread.longestMs} ms)`
          : ''
      }${p?.stallMs && b?.stallMs ? `; under the servers' load, main loop stall p99 ${p.stallMs.p99} ms, longest ${p.stallMs.max} ms (before: ${b.stallMs.p99} / ${b.stallMs.max} ms)` : ''}`,
      verdict(r.loop ? r.loop.worker.longestMs < r.loop.mainThread.longestMs : true),
    ],
    [
      'database growth ≤ 150 KB per finished game, flat',
      growth ? `${growth.kbPerGameFirst} then ${growth.kbPerGameLast} KB per game` : '—',
      verdict(growth ? growth.kbPerGameFirst <= 150 && growth.kbPerGameLast <= 150 : undefined),
    ],
    [
      'restart with 1,000 stored matches ≤ 1.5× an empty one',
      r.restart ? `${r.restart.ratio}× (${r.restart.matches} matches)` : '—',
      verdict(r.restart ? r.restart.ratio <= 1.5 : undefined),
    ],
    ['late-game update ≤ 8 KB per seat', late ? kb(late) : '—', verdict(late === undefined ? undefined : late <= 8 * 1024)],
    ['1,000 simulated games ≤ 30 s on two workers, ≤ 60 CPU-s', sim.figure, verdict(sim.met)],
  ];
  return table(['Target (issue 18)', 'This run', ''], rows2);
}

/** Which sections an earlier run measured (npm run bench -- --sections re-runs only some). */
function carried(r: BenchReport): string {
  const from = Object.entries(r.carriedOver ?? {});
  return from.length === 0 ? '' : ` Carried over from earlier runs (not re-run now): ${from.map(([name, at]) => `${name} (${at})`).join(', ')}.`;
}

/** The command that wrote the report. */
function command(r: BenchReport): string {
  const args = [r.quick ? '--quick' : '', r.baseline ? `--baseline ${r.baseline}` : '', r.sections ? `--sections ${r.sections}` : ''].filter(Boolean);
  return `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
}

export function markdown(r: BenchReport): string {
  const e = r.engine;
  const w = r.wire;
  const st = r.storage;
  const rs = r.restart;
  const m = r.memory;
  const loads = Object.entries(r.machine.loadBySection)
    .map(([k, [a, b]]) => `${k} ${a}→${b}`)
    .join(', ');
  return `# Peninsula — benchmark report

<!-- Generated by \`${command(r)}\` (bench/run.ts). Measurements only: no test asserts a timing. -->

Run ${r.generatedAt} on ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}${r.quick ? ' (quick mode: shorter windows, K ≤ 50)' : ''}, in ${r.seconds} s (${Object.entries(
    r.sectionSeconds,
  )
    .map(([k, v]) => `${k} ${v} s`)
    .join(
      ', ',
    )}). **The machine is shared**: its 1-minute load average was ${r.machine.loadAverageAtStart} at the start and ${r.machine.loadAverageAtEnd} at the end, on ${r.machine.cpus} cores (by section, start→end: ${loads}). Absolute numbers are indicative only; compare the ratios, which are measured side by side, interleaved.${carried(r)}${'note' in r && r.note ? ` (${String(r.note)}.)` : ''}

## Targets

${targets(r)}

## 1. Engine (one thread)

${
  e
    ? `${e.games} full games, five heuristic bots each, through boardgame.io's own reducer (no network, no storage).

${table(['Games/s', 'Moves/s', 'Moves per game', 'Bot decision, mean', 'Bot decision, p99', 'Bot decision, max'], [[e.gamesPerSecond, e.movesPerSecond, e.movesPerGame, `${e.meanDecisionMs} ms`, `${e.p99DecisionMs} ms`, `${e.maxDecisionMs} ms`]])}`
    : '_Not run._'
}

## 2. Wire: an update per seat

${
  w
    ? `The \`update\` message one seat receives (boardgame.io's own filter: state through the game's playerView, log redacted), averaged over the five seats and ${w.games} bot games, at 10 %, 50 %, 90 % and the end of a game. *Whole view* is what the server sent before issue 18; *recent headlines only* what it sent before the deals were trimmed too (611bede: the headlines of this round and the last, round records one further back); *sent* is what it sends now (\`wireView\`: the headlines of this round and the last, the last round's record and the board before it, the commitments in force or settled in those rounds, the rounds of actions still cooling down or ordered in them; older headlines and commitments on request, everything in the final state). Target: ≤ 8 KB late in a game.

${table(
  ['', 'early', 'mid', 'late', 'end', 'mean'],
  [
    ['whole view (before)', kb(w.whole.early), kb(w.whole.mid), kb(w.whole.late), kb(w.whole.end), kb(w.whole.mean)],
    ...('headlinesOnly' in w && w.headlinesOnly
      ? [
          [
            'recent headlines only (before)',
            kb(w.headlinesOnly.early),
            kb(w.headlinesOnly.mid),
            kb(w.headlinesOnly.late),
            kb(w.headlinesOnly.end),
            kb(w.headlinesOnly.mean),
          ],
        ]
      : []),
    ['sent (now)', kb(w.sent.early), kb(w.sent.mid), kb(w.sent.late), kb(w.sent.end), kb(w.sent.mean)],
    ...('patched' in w && w.patched
      ? [['as a patch (a socket that asks: the browser)', kb(w.patched.early), kb(w.patched.mid), kb(w.patched.late), kb(w.patched.end), kb(w.patched.mean)]]
      : []),
  ],
)}

*As a patch*: the \`patch\` message from the view the socket was sent for the state before (server/socket/seatPatches.ts); the final state goes whole.`
    : '_Not run._'
}

## 3. Storage (PGlite)

${
  r.loop
    ? `**The event loop while the database works** (bench/loopStall.ts): ${r.loop.writes} late-game state writes, ${r.loop.inFlight} in flight, while a 1 ms interval notes every gap between its turns; PGlite in its worker thread (what the server runs) and on the main thread (how it ran before), alternated, median of ${r.loop.rounds}:

${table(
  ['PGlite', "loop's longest wait", 'p99 wait', 'wall per write'],
  [
    ['in a worker thread (now)', `${r.loop.worker.longestMs} ms`, `${r.loop.worker.p99Ms} ms`, `${r.loop.worker.wallPerWriteMs} ms`],
    ['on the main thread (before)', `${r.loop.mainThread.longestMs} ms`, `${r.loop.mainThread.p99Ms} ms`, `${r.loop.mainThread.wallPerWriteMs} ms`],
  ],
)}

`
    : ''
}${
    st
      ? `A move's storage is one statement (\`MatchStore.setState\` → \`SqlStorage.writeMove\`: the compare-and-set of the state, most moves as a patch onto the last whole state, and the append of its log; grouped with the other matches' writes that wait: server/storage/writeBatch.ts); reads of open matches come from memory. One match of ${st.write.moves} real moves, one write at a time:

${table(
  ['', 'median write', 'mean write', 'state size'],
  [
    ['around move 10', `${st.write.atMove10.medianMs} ms`, `${st.write.atMove10.meanMs} ms`, `${st.write.stateBytesAtMove10} B`],
    ['around move 500', `${st.write.atMove500.medianMs} ms`, `${st.write.atMove500.meanMs} ms`, `${st.write.stateBytesAtMove500} B`],
  ],
)}

Database size (\`pg_database_size\`, after a CHECKPOINT) as finished bot games (${st.growth.movesPerGame} moves each, written as boardgame.io writes them) pile up. Target: ≤ 150 KB per finished game, flat with the number of games.

${table(
  ['', ...st.growth.variants[0]!.sizes.map((x) => `after ${x.games} games`), 'KB per game (first step)', 'KB per game (last step)'],
  st.growth.variants.map((v) => [
    v.name,
    ...v.sizes.map((x) => `${Math.round(x.databaseKB / 102.4) / 10} MB (folder ${Math.round(x.folderKB / 102.4) / 10} MB)`),
    v.kbPerGameFirst,
    v.kbPerGameLast,
  ]),
)}`
      : '_Not run._'
  }

## 4. Restart

${rs ? `Time from starting a server process (\`tsx\`, PGlite open, migrations, bots and timers restored) to ready, on a database with no match and on one with ${rs.matches} finished matches (state, whole log, metadata), alternated, median of ${rs.repetitions}: **${rs.emptyMs} ms empty, ${rs.fullMs} ms with ${rs.matches} matches: ${rs.ratio}×** (target ≤ 1.5×).` : '_Not run._'}

## 5. Servers under load

${serversText(r)}

## 6. Server memory per open match

${m ? `${m.openMatches} matches opened with all five seats joined and connected (synced, idle): heap ${m.heapBeforeMB} MB → ${m.heapAfterMB} MB after GC, **${m.heapPerMatchKB} KB of heap per open match** (RSS ${m.rssPerMatchKB} KB per match, which includes the sockets' buffers and the match's cached state and metadata).` : '_Not run._'}

${r.gate || r.servers ? gateMarkdown(r.gate, r.servers?.rows ?? []).trimEnd() : ''}

## 8. Simulation

${r.sim ? simulationMarkdown(r.sim) : '_Not run._'}
`;
}
