import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A Postgres database of a test's own on DATABASE_URL's server: advisory locks are per database, and other tests use DATABASE_URL's. */
export interface ScratchDatabase {
  url: string;
  name: string;
  /** A connection to DATABASE_URL's own database, for what the test does to the server (end a backend, look at locks). */
  admin: pg.Client;
  drop(): Promise<void>;
}

export async function scratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    name,
    admin,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
