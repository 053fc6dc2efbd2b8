/**
 * Runs `task` on every item, at most `size` at once. A restore after a take-over reads each match of
 * a shard (its state, its bot seats): one after another, the last match of a busy shard waited
 * seconds for the database round trips of all the others.
 */
export async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(task));
}

/** How many matches a restore reads at once: enough to overlap round trips, few enough not to crowd the pool. */
export const RESTORE_BATCH = 8;
