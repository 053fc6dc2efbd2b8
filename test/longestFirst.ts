import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Browser files drive Chromium through whole games: the longest files of the suite. */
const BROWSER = /[/\\]test[/\\]browser[/\\]|[/\\]browser\.test\.tsx?$/;

/**
 * The longest files first, so the two workers end together instead of one finishing a long file alone.
 * With every file's duration cached from an earlier run, vitest's own order does that. Without (a fresh
 * clone: CI), vitest keeps the glob's order, which would leave whole-game files for last; then browser
 * files go first and the rest larger first.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const timed = files.every((file) => this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`));
    if (timed) return super.sort(files);
    const weight = (file: TestSpecification) => (BROWSER.test(file.moduleId) ? 1e9 : 0) + statSync(file.moduleId).size;
    return [...files].sort((a, b) => weight(b) - weight(a));
  }
}
