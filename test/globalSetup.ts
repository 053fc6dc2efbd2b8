import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder for this run only: what test files share across workers (test/support/runShared.ts). */
    testRunDir: string;
  }
}

/** Once per `vitest run`, in the main process: the run's shared folder, removed when every file is done. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(join(tmpdir(), 'peninsula-run-'));
  project.provide('testRunDir', runDir);
  return () => rm(runDir, { recursive: true, force: true });
}
