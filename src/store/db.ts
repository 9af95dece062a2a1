// The SQLite file behind the web app: maps and the fetch cache. One connection per thread (the server's
// and each worker's); WAL lets the workers write the cache while the server reads maps.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ThreadmapError } from '../errors.js';
import { migrate } from './migrations.js';

export const DEFAULT_DB_PATH = 'data/threadmap.db';

/** A zero-byte file younger than this is a store another process is creating right now, not an emptied one. */
const CREATING_GRACE_MS = 10_000;

/** THREADMAP_DB when set, else data/threadmap.db under the working directory. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.THREADMAP_DB || DEFAULT_DB_PATH);
}

const damaged = (file: string, why: string) =>
  new ThreadmapError('bad-input', `the map store ${file} ${why}; move it aside (or set THREADMAP_DB to another file) and start again.`);

/** A store file that was emptied (truncated to 0 bytes) would silently start a fresh store: say so instead. */
function refuseEmptiedFile(file: string, now = Date.now()): void {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (stats?.isFile() && stats.size === 0 && now - stats.mtimeMs > CREATING_GRACE_MS) {
    throw damaged(file, 'is empty (0 bytes), so its maps are gone');
  }
}

export function openDatabase(file: string): Database.Database {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
    refuseEmptiedFile(file);
  }
  const db = new Database(file);
  try {
    // Set first: another process opening the same fresh file holds the write lock for a moment; wait rather than fail.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    migrate(db);
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damaged(file, `is damaged (${(error as Error).message})`);
    throw error;
  }
  return db;
}
