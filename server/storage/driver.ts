/** The little SQL the storage needs, the same for the embedded and the real database. */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters: for migrations. */
  script(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  readonly name: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** False once the database can answer nothing more (PGlite's thread stopped): /readyz says 503. */
  usable(): boolean;
}

export interface DriverOptions {
  /** Postgres when set (DATABASE_URL); otherwise PGlite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export async function openDriver(options: DriverOptions): Promise<SqlDriver> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgresDriver');
    return openPostgres(options.databaseUrl);
  }
  const { openPglite } = await import('./pgliteDriver');
  return openPglite(options.dataDir);
}
