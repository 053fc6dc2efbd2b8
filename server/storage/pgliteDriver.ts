import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor } from './driver';

/**
 * The embedded database: Postgres compiled to WebAssembly, in a data folder, nothing to install.
 * Its first open runs initdb (seconds), so a process opens it once and shares it.
 */
export async function openPglite(dataDir: string): Promise<SqlDriver> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const executor = (q: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
    async script(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    name: 'pglite',
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    close: () => db.close(),
  };
}
