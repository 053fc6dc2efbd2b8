/**
 * `npm run dev`: the server restarting on every change (tsx watch) and Vite's dev server with hot
 * reload for the client, which proxies the API and socket.io to the server (vite.config.ts).
 * Open the address Vite prints. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '8000';
// tsx exports no path to its command line; it sits beside its package.json.
const tsxCli = join(dirname(fileURLToPath(import.meta.resolve('tsx/package.json'))), 'dist', 'cli.mjs');

const server = spawn(process.execPath, [tsxCli, 'watch', '--clear-screen=false', 'server/start.ts'], {
  cwd: root,
  env: { ...process.env, PORT: port, SKIP_CLIENT_BUILD: '1' },
  stdio: 'inherit',
});

const vite = await createServer({ configFile: `${root}/vite.config.ts` });
await vite.listen();
vite.printUrls();
console.log(`The server restarts on changes and listens on port ${port}; Vite proxies /games, /api and /socket.io to it.`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await vite.close();
  process.exit(0);
}
server.once('exit', (code) => {
  if (!stopping) console.error(`The server stopped (exit ${code}); fix the error and save to restart, or Ctrl-C.`);
});
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
