import { readdirSync, readFileSync } from 'node:fs';

/** A process's threads (Linux's /proc), each with its name and the CPU it has used, by thread id. */
export type ThreadTimes = Map<string, { name: string; ms: number }>;

/** Clock ticks per second of /proc's stat files (USER_HZ, 100 on every Linux this runs on). */
const TICK_MS = 10;

/**
 * Each thread's CPU so far (user + system), read from /proc/<pid>/task/<tid>/stat; empty where there is no
 * /proc (not Linux). The main thread is named after the process, PGlite's worker thread and Node's
 * platform threads by Node ("node", "V8 DefaultWorke", "libuv-worker", …: the name is cut at 15 characters).
 */
export function threadTimes(pid: number): ThreadTimes {
  const times: ThreadTimes = new Map();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return times;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces; the fields after it are space-separated.
      const close = stat.lastIndexOf(')');
      const name = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // utime and stime are fields 14 and 15 of the file, 12 and 13 after the name.
      const ticks = Number(fields[11]) + Number(fields[12]);
      times.set(tid, { name: tid === String(pid) ? 'main' : name, ms: ticks * TICK_MS });
    } catch {
      // The thread ended meanwhile.
    }
  }
  return times;
}
