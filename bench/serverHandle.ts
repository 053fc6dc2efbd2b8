import { fork, type ChildProcess } from 'node:child_process';

/** The servers bench/serverProcess.ts can run, each in its own child process. */
export type ServerKind = 'peninsula' | 'peninsula-ungated' | 'tictactoe' | 'echo';

export interface ServerHandle {
  url: string;
  child: ChildProcess;
  memory(): Promise<{ heapUsed: number; rss: number }>;
  stop(): Promise<void>;
}

export function startServer(kind: ServerKind): Promise<ServerHandle> {
  const child = fork(new URL('./serverProcess.ts', import.meta.url), [kind], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = (type: string) => new Promise<Record<string, unknown>>((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (m.type !== type) return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
  });
  return next('ready').then((ready) => ({
    url: String(ready.url),
    child,
    memory: async () => {
      const reply = next('memory');
      child.send({ type: 'memory' });
      const m = await reply;
      return { heapUsed: Number(m.heapUsed), rss: Number(m.rss) };
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill();
    },
  }));
}
