import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for this run only: what test files share across workers (test/support/runShared.ts). */
    testRunDir: string;
  }
}

/**
 * Once per `vitest run`, in the main process: the run's shared folder, removed when every file is done; and
 * Chromium unpacked. @sparticuz/chromium writes its binary to /tmp on first use: browser test files started
 * together on a fresh machine each began writing it, and a launch spawned a file another worker still had
 * open for writing (spawn ETXTBSY, four files failed). Unpacked here, before any worker, every launch finds it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await chromium.executablePath();
  const runDir = await mkdtemp(join(tmpdir(), 'peninsula-run-'));
  project.provide('testRunDir', runDir);
  return () => rm(runDir, { recursive: true, force: true });
}
