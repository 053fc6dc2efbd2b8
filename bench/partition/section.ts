/**
 * Partitioned serving under load (issue 17, item 4): the same load against 1, 2 and 3 processes
 * behind nginx on one Postgres, then a kill -9 of one process under that load. Measures only.
 * Players: bench/partition/clients.ts (its own process). Set-up: bench/partition/cluster.ts.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { shardOfId } from '../../shared/shard';
import { percentile } from '../servers';
import type { PartitionWindow } from './clients';
import { missing, startCluster, type Cluster } from './cluster';

export interface PartitionConfig {
  processCounts: number[];
  matches: number;
  windowSeconds: number;
  /** The failover window: at least this long, and on until every match of the killed shard has resumed… */
  failoverSeconds: number;
  /** …or this long has passed since it began. */
  failoverMaxSeconds: number;
  botDelayMs: number;
}

export interface PartitionRow {
  processes: number;
  matches: number;
  setupFailures: number;
  movesPerSecond: number;
  ownMovesPerSecond: number;
  rttMs: { p50: number; p99: number };
  games: number;
  unanswered: number;
  load: [number, number];
}

export interface FailoverResult {
  processes: number;
  matches: number;
  killedShardMatches: number;
  /** From the kill to a surviving process logging that it holds the shard (its bots and timers restored next). */
  takeoverMs: number | null;
  /** From the kill to the stand-in logging every match of the shard restored, and how many it restored. */
  restoredMs: number | null;
  restoredMatches: number | null;
  /** How long the stand-in took to list the shard's matches and read its timers and bot seats, and how many matches players asked for before their turn. */
  restoreListedMs: number | null;
  restoredAskedFor: number | null;
  /** Matches of the killed shard whose game ended on a state the killed process sent before it died: nothing left to resume. */
  endedBeforeKill: number;
  /** Of the others (killedShardMatches − endedBeforeKill), those that showed a new state from the stand-in. */
  resumed: number;
  /** Kill to the first new state after the seat's socket was connected again (to the stand-in), over the killed shard's matches that resumed. */
  resumeMs: { p50: number; p90: number; max: number };
  otherShardsResumeMs: { p50: number; max: number };
  /** Kill to the killed shard's players' sockets connected again (through nginx, to the stand-in), and to their sync answered. */
  reconnectMs: { p50: number; p90: number; max: number };
  syncMs: { p50: number; p90: number; max: number };
  /** How long the window lasted (it waits for the last match of the killed shard, up to failoverMaxSeconds). */
  windowSeconds: number;
  acked: number;
  ackedAndStored: number;
  lost: number;
  movesPerSecondAround: number;
  load: [number, number];
}

export type PartitionResult = { skipped: string } | { config: PartitionConfig; rows: PartitionRow[]; failover: FailoverResult | null };

const load1 = () => Math.round(loadavg()[0]! * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function clientsProcess() {
  const child: ChildProcess = fork(new URL('./clients.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const reply = <T>(type: string, send?: Record<string, unknown>, timeoutMs = 600_000) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`clients: no ${type} in ${timeoutMs} ms`)), timeoutMs);
      const on = (m: { type: string }) => {
        if (m.type !== type) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(m as T);
      };
      child.on('message', on);
      if (send) child.send(send);
    });
  return {
    ready: reply<unknown>('ready'),
    ask: reply,
    close: () => {
      child.send({ type: 'close' });
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3_000).unref();
    },
  };
}

const ms = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (p: number) => Math.round(percentile(sorted, p));
  return { p50: at(50), p90: at(90), p99: at(99), max: Math.round(sorted.at(-1) ?? 0) };
};

const pick3 = (t: { p50: number; p90: number; max: number }) => ({ p50: t.p50, p90: t.p90, max: t.max });

/** The time of the first line of any process's log with this message (pino's JSON lines), or null. */
function loggedAt(cluster: Cluster, message: string, shard: number): { time: number; matches?: number; listedMs?: number; askedFor?: number } | null {
  const found = cluster.servers
    .flatMap((s) => s.log().split('\n'))
    .filter((line) => line.includes(message))
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { time: number; msg: string; shard?: number; matches?: number; listedMs?: number; askedFor?: number };
        return entry.msg === message && entry.shard === shard ? [entry] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.time - b.time);
  return found[0] ?? null;
}

/**
 * For each match of the killed shard that never resumed: what its seat last saw, what Postgres holds,
 * and the lines the surviving processes logged about it (their JSON lines), on stderr.
 */
async function explainStalled(cluster: Cluster, stalled: ({ matchID: string } & Record<string, unknown>)[], killedAt: number, log: (t: string) => void) {
  if (stalled.length === 0) return;
  const ids = stalled.map((x) => x.matchID);
  // The state is stored as text plus patches: what matters here is its id, whether it ended, its bots, its last logged move.
  const { rows } = await cluster.database
    .query<Record<string, unknown>>(
      `SELECT m.match_id, m.state_id, m.is_gameover, (SELECT count(*) FROM bot_seats b WHERE b.match_id = m.match_id) AS bots,
         (SELECT json_build_object('state', l.state_id, 'player', l.entry->'action'->'payload'->>'playerID', 'move', l.entry->'action'->'payload'->>'type')
          FROM match_log l WHERE l.match_id = m.match_id ORDER BY l.seq DESC LIMIT 1) AS last_logged
       FROM matches m WHERE m.match_id = ANY($1)`,
      [ids],
    )
    .catch((error: unknown) => ({ rows: [{ match_id: '*', error: String(error) }] }));
  const lines = cluster.servers.flatMap((s, k) =>
    k === 1
      ? []
      : s
          .log()
          .split('\n')
          .filter((l) => ids.some((id) => l.includes(id)))
          .map((l) => `p${k} ${l}`),
  );
  for (const x of stalled) {
    log(`partition: not resumed ${x.matchID}: seat ${JSON.stringify(x)}`);
    log(`  stored ${JSON.stringify(rows.find((r) => r.match_id === x.matchID || r.match_id === '*') ?? null)}`);
    for (const l of lines.filter((l) => l.includes(x.matchID)).slice(-8)) log(`  ${l.slice(0, 600)}`);
  }
  log(`  (kill at ${killedAt}; the surviving processes' logs: ${lines.length} lines name these matches)`);
}

/** One process count: open the matches through the proxy, a warm-up, one measured window; the failover run on the largest. */
async function measure(databaseUrl: string, config: PartitionConfig, n: number, log: (t: string) => void) {
  const loadBefore = load1();
  const cluster: Cluster = await startCluster(databaseUrl, n, config.botDelayMs);
  const clients = clientsProcess();
  try {
    await clients.ready;
    log(`partition: ${n} process(es) up, opening ${config.matches} matches through nginx`);
    // Opening is slow on a loaded machine (the open matches' bots play meanwhile): allow 3 s a match, at least 10 minutes.
    const opened = await clients.ask<{ failed: number }>(
      'opened',
      { type: 'open', url: cluster.url, k: config.matches },
      Math.max(600_000, config.matches * 3_000),
    );
    await clients.ask('result', { type: 'window', seconds: 3 });
    const { result: w } = await clients.ask<{ result: PartitionWindow }>('result', { type: 'window', seconds: config.windowSeconds });
    const rtt = ms(w.rtts);
    const row: PartitionRow = {
      processes: n,
      matches: config.matches,
      setupFailures: opened.failed + w.setupFailures,
      movesPerSecond: r1(w.moves / config.windowSeconds),
      ownMovesPerSecond: r1(w.ownMoves / config.windowSeconds),
      rttMs: { p50: rtt.p50, p99: rtt.p99 },
      games: w.games,
      unanswered: w.unanswered,
      load: [loadBefore, load1()],
    };
    log(`partition: ${n} process(es): ${row.movesPerSecond} moves/s, own move p50 ${rtt.p50} ms, p99 ${rtt.p99} ms`);
    const failover = n === Math.max(...config.processCounts) && n > 1 ? await killOne(cluster, clients, config, n, log) : null;
    return { row, failover };
  } finally {
    clients.close();
    await cluster.stop();
  }
}

/** kill -9 of process 1 a quarter into a window; then every acknowledged move is looked for in the database. */
async function killOne(cluster: Cluster, clients: ReturnType<typeof clientsProcess>, config: PartitionConfig, n: number, log: (t: string) => void) {
  const loadBefore = load1();
  const until = { shard: 1, shards: n, maxSeconds: config.failoverMaxSeconds };
  const windowDone = clients.ask<{ result: PartitionWindow; seconds: number }>(
    'result',
    { type: 'window', seconds: config.failoverSeconds, until },
    (config.failoverMaxSeconds + 60) * 1000,
  );
  await new Promise((r) => setTimeout(r, (config.failoverSeconds * 1000) / 4));
  await clients.ask('marked', { type: 'mark' });
  const killedAt = Date.now();
  cluster.kill(1);
  log('partition: kill -9 of process 1 under load');
  const { result: w, seconds } = await windowDone;
  const taken = loggedAt(cluster, 'shard lock taken over', 1);
  const restored = loggedAt(cluster, 'shard restored', 1);
  const { acks, resumes, stalled } = await clients.ask<{
    acks: [string, number][];
    resumes: [string, number | null, number | null, number | null, number | null, boolean][];
    stalled: ({ matchID: string } & Record<string, unknown>)[];
  }>('acks', {
    type: 'acks',
  });
  // The moves the clients saw acknowledged, against the log the database holds.
  const { rows } = await cluster.database.query<{ match_id: string; state_id: string }>(
    `SELECT match_id, state_id FROM match_log WHERE entry->'action'->>'type' = 'MAKE_MOVE' AND entry->'action'->'payload'->>'playerID' = '0'`,
  );
  const stored = new Set(rows.map((r) => `${r.match_id} ${r.state_id}`));
  const ackedAndStored = acks.filter(([m, s]) => stored.has(`${m} ${s}`)).length;
  const killedShard = resumes.filter(([m]) => shardOfId(m, n) === 1);
  // A game that ended on a state sent before the kill has nothing to resume (its players got that state before their sockets were back).
  const killed = killedShard.filter(([, , , , , ended]) => !ended);
  await explainStalled(
    cluster,
    stalled.filter((x) => shardOfId(x.matchID, n) === 1),
    killedAt,
    log,
  );
  const others = resumes.filter(([m]) => shardOfId(m, n) !== 1);
  type Resume = (typeof resumes)[number];
  const times = (xs: Resume[], pick: (x: Resume) => number | null = (x) => x[1]) => ms(xs.flatMap((x) => pick(x) ?? []));
  const result: FailoverResult = {
    processes: n,
    matches: config.matches,
    killedShardMatches: killedShard.length,
    endedBeforeKill: killedShard.length - killed.length,
    takeoverMs: taken ? taken.time - killedAt : null,
    restoredMs: restored ? restored.time - killedAt : null,
    restoredMatches: restored?.matches ?? null,
    restoreListedMs: restored?.listedMs ?? null,
    restoredAskedFor: restored?.askedFor ?? null,
    resumed: killed.filter(([, t]) => t !== null).length,
    resumeMs: pick3(times(killed)),
    reconnectMs: pick3(times(killed, (x) => x[2])),
    syncMs: pick3(times(killed, (x) => x[3])),
    otherShardsResumeMs: { p50: times(others, (x) => x[4]).p50, max: times(others, (x) => x[4]).max },
    acked: acks.length,
    ackedAndStored,
    lost: acks.length - ackedAndStored,
    movesPerSecondAround: r1(w.moves / seconds),
    windowSeconds: r1(seconds),
    load: [loadBefore, load1()],
  };
  log(
    `partition: failover: lock ${result.takeoverMs} ms, restored ${result.restoredMs} ms (listed in ${result.restoreListedMs} ms, ${result.restoredAskedFor} asked for early); ${result.resumed}/${result.killedShardMatches - result.endedBeforeKill} matches resumed (${result.endedBeforeKill} more had ended before the kill) (p50 ${result.resumeMs.p50}, p90 ${result.resumeMs.p90}, max ${result.resumeMs.max} ms); ${result.lost} of ${result.acked} acknowledged moves lost; reconnected p50 ${result.reconnectMs.p50} max ${result.reconnectMs.max}, synced p50 ${result.syncMs.p50} max ${result.syncMs.max}; other shards' matches p50 ${result.otherShardsResumeMs.p50}, max ${result.otherShardsResumeMs.max} ms`,
  );
  return result;
}

export async function partitionSection(config: PartitionConfig, log: (t: string) => void): Promise<PartitionResult> {
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
  const why = await missing(databaseUrl);
  if (why) {
    log(`partition: skipped: ${why}`);
    return { skipped: why };
  }
  const rows: PartitionRow[] = [];
  let failover: FailoverResult | null = null;
  for (const n of config.processCounts) {
    const measured = await measure(databaseUrl!, config, n, log);
    rows.push(measured.row);
    failover = measured.failover ?? failover;
  }
  return { config, rows, failover };
}
