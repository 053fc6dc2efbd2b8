import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** boardgame.io's own engine turning a move down (its reducer prints the refusal), then another console.error line. */
const SCRIPT = `
import { Client } from 'boardgame.io/client';
import { INVALID_MOVE } from 'boardgame.io/core';
import { routeEngineLog } from './server/engineLog.ts';
import { createLogger } from './server/logger.ts';
if (process.argv.includes('routed')) routeEngineLog(createLogger('debug'));
const client = Client({ game: { setup: () => ({}), moves: { seal: () => INVALID_MOVE } }, numPlayers: 2, playerID: '0' });
client.start();
client.moves.seal();
console.error('disk full');
`;

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe("boardgame.io's refusals go to the structured log, not to stderr as ERROR lines", () => {
  test('routed: the refusal is a debug line of the JSON log with the engine text; other console.error lines still print', () => {
    const routed = run('routed');
    expect(routed.status).toBe(0);
    expect(routed.stderr).not.toContain('ERROR:');
    expect(routed.stderr).toContain('disk full');
    const line = routed.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; engine?: string; msg: string })
      .find((l) => l.msg === 'engine turned an action down');
    expect(line?.level).toBe(20);
    expect(line?.engine).toContain('invalid move: seal');
  });

  test('positive control: without it, boardgame.io prints the refusal on stderr', () => {
    const bare = run();
    expect(bare.status).toBe(0);
    expect(bare.stderr).toContain('ERROR: invalid move: seal');
  });
});
