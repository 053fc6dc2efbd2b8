import type { PartitionResult } from './section';

/**
 * The partitioned section of bench/REPORT.md, kept between two markers so that `npm run bench --
 * --sections partition` replaces it alone and leaves the other sections' figures as they were.
 */
const START = '<!-- partition:start -->';
const END = '<!-- partition:end -->';

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The killed shard's matches whose game ended on a state sent before the kill: counted apart, they have nothing to resume. */
const ended = (f: { endedBeforeKill?: number }) =>
  f.endedBeforeKill
    ? ` (${f.endedBeforeKill} of them ended on a state the killed process had stored and sent before it died, which reached their players before their sockets were connected again: nothing left to resume, not counted below)`
    : '';

export function partitionMarkdown(r: PartitionResult, generatedAt: string, cpus: number): string {
  const title = '## 9. Partitioned across processes (nginx in front, one Postgres)';
  if ('skipped' in r) return `${title}\n\n_Skipped: ${r.skipped}._`;
  const c = r.config;
  const one = r.rows.find((x) => x.processes === 1);
  const rows = r.rows.map((x) => [
    x.processes,
    x.matches,
    x.movesPerSecond,
    one ? `${Math.round((x.movesPerSecond / one.movesPerSecond) * 100) / 100}×` : '—',
    x.ownMovesPerSecond,
    x.rttMs.p50,
    x.rttMs.p99,
    x.setupFailures,
    x.unanswered,
    `${x.load[0]} → ${x.load[1]}`,
  ]);
  const f = r.failover;
  const failover = f
    ? `**kill -9 under load** (${f.processes} processes, ${f.matches} matches, process 1 killed ${c.failoverSeconds / 4} s into a window that lasts at least ${c.failoverSeconds} s and then until every match of the killed shard has shown a new state (or had ended before the kill), at most ${c.failoverMaxSeconds} s: it lasted ${f.windowSeconds} s; load ${f.load[0]} → ${f.load[1]}):

- ${f.takeoverMs === null ? 'the take-over was not found in the surviving processes’ logs' : `a surviving process held the killed process's shard lock ${f.takeoverMs} ms after the kill`}; ${f.restoredMs === null ? 'its log does not say when the shard was restored' : `it had restored all ${f.restoredMatches} open matches of the shard (held starts, timers, bots; most recently played first, a match a player asks for at once) ${f.restoredMs} ms after the kill`};
- the killed process's shard held ${f.killedShardMatches} open matches${ended(f)}; **${f.resumed} of ${f.killedShardMatches - (f.endedBeforeKill ?? 0)} resumed** on a surviving process: the first new state from it (received after the player's socket was connected again, so no state already on its way at the kill counts) reached their players ${f.resumeMs.p50} ms after the kill at the median, ${f.resumeMs.p90} ms at the 90th percentile, ${f.resumeMs.max} ms at the latest (the other shards' matches: ${f.otherShardsResumeMs.p50} ms median, ${f.otherShardsResumeMs.max} ms latest, their usual pace); on the way, their players' sockets were connected again (through nginx, to the stand-in) ${f.reconnectMs.p50} ms after the kill at the median (${f.reconnectMs.max} ms latest) and their sync answered at ${f.syncMs.p50} ms (${f.syncMs.max} ms latest);
- **acknowledged moves lost: ${f.lost}** — ${f.acked} moves of the players were acknowledged (a state holding the move reached its player) during the whole run and ${f.ackedAndStored} of them are in the database's match log;
- ${f.movesPerSecondAround} moves/s over the window, the kill included.`
    : '_No failover run (one process only)._';
  return `${title}

Run ${generatedAt} on ${cpus} cores (the 1-minute load average before → after each row is in the table: anything else the machine runs shows there). The rows run one after another, not interleaved, so a change in the machine's load between rows moves them; and more processes on the same cores add no CPU: what partitioning buys is room on more cores or machines, and failover. ${c.matches < 600 ? `This run opened ${c.matches} matches (BENCH_PARTITION_MATCHES); \`npm run bench\` opens 600.` : ''} Each row: a fresh Postgres database, N processes (\`npm start\` with \`SHARDS=N SHARD_ID=k\`, NODE_ENV=production, BOT_DELAY_MS=${c.botDelayMs}), nginx with deploy/nginxConf.ts's configuration, ${c.matches} Lobby matches opened through nginx, each with four server bots and one seat played by a client over socket.io through nginx (the match id in the handshake query), all clients in one process of their own; a 3 s warm-up, then a ${c.windowSeconds} s window. Moves/s counts every move the players saw (the server bots' too); the round-trip is the client seat's own move, from sending it to receiving the state that holds it (stored first: the server broadcasts only stored states on Postgres).

${table(['Processes', 'Matches', 'Moves/s', 'vs 1 process', 'Client moves/s', 'RTT p50 (ms)', 'p99 (ms)', 'Setup failures', 'Unanswered moves', 'Load'], rows)}

${failover}`;
}

/** The report with its partitioned section replaced (or added at the end). */
export function spliceInto(report: string, section: string): string {
  const block = `${START}\n${section}\n${END}`;
  const from = report.indexOf(START);
  const to = report.indexOf(END);
  if (from >= 0 && to > from) return report.slice(0, from) + block + report.slice(to + END.length);
  return `${report.trimEnd()}\n\n${block}\n`;
}
