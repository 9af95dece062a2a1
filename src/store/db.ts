// The SQLite file behind the web app: maps and the fetch cache. One connection per thread (the server's
// and each worker's); WAL lets the workers write the cache while the server reads maps.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

export const DEFAULT_DB_PATH = 'data/threadmap.db';

/** THREADMAP_DB when set, else data/threadmap.db under the working directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.THREADMAP_DB || DEFAULT_DB_PATH);
}

export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // Another thread may hold the write lock for a moment (a worker caching a page); wait rather than fail.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
