import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** A process with the crash guard installed, in which a handler's promise rejects and another throws. */
const SCRIPT = `
import { installCrashGuard } from './server/crashGuard.ts';
import { createLogger } from './server/logger.ts';
if (process.argv.includes('guarded')) installCrashGuard(createLogger('info'));
void Promise.reject(new Error('insert into matches: invalid byte sequence 0x00'));
setTimeout(() => { throw new Error('a handler threw'); }, 10);
setTimeout(() => { console.log('still serving'); process.exit(0); }, 300);
`;

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('the process survives what a handler lets slip (issue 14: a NUL in a match id made PGlite throw and Node exit)', () => {
  test('with the crash guard, a rejected promise and an uncaught throw are logged and the process carries on', () => {
    const guarded = run('guarded');
    expect(guarded.status).toBe(0);
    expect(guarded.stdout).toContain('still serving');
    expect(guarded.stdout).toContain('unhandled rejection: logged, server keeps running');
    expect(guarded.stdout).toContain('invalid byte sequence 0x00');
    expect(guarded.stdout).toContain('uncaught exception: logged, server keeps running');
  });

  test('positive control: without it, Node exits on the rejection', () => {
    const bare = run();
    expect(bare.status).not.toBe(0);
    expect(bare.stdout).not.toContain('still serving');
  });
});
