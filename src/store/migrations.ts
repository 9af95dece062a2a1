// Schema migrations, in code so a fresh checkout and an old data file end up the same. Each entry runs
// once, in order, inside a transaction; `schema_version` records how many have run. Append, never edit.
import type Database from 'better-sqlite3';

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE maps (
     id            TEXT PRIMARY KEY,
     source_url    TEXT,             -- the thread URL, when one was given
     source_text   TEXT,             -- the pasted text, when that was given
     label         TEXT NOT NULL,    -- what the recent-maps list shows until the title is known
     title         TEXT,
     status        TEXT NOT NULL CHECK (status IN ('working', 'done', 'failed')),
     stage         TEXT,
     done          INTEGER NOT NULL DEFAULT 0,
     total         INTEGER NOT NULL DEFAULT 0,
     document      TEXT,             -- the threadmap/1 JSON, once done
     diagnostics   TEXT,             -- JSON array of Diagnostic, once done
     post_count    INTEGER,
     error_code    TEXT,
     error_status  INTEGER,
     error_message TEXT,
     created_at    TEXT NOT NULL,
     updated_at    TEXT NOT NULL
   );
   CREATE INDEX maps_by_created ON maps (created_at DESC);
   CREATE TABLE fetch_cache (
     url        TEXT PRIMARY KEY,
     response   TEXT NOT NULL,      -- HttpResponse as JSON
     fetched_at INTEGER NOT NULL    -- ms since the epoch
   );`,
  `ALTER TABLE maps ADD COLUMN owner TEXT;  -- hash of the browser's owner cookie (src/server/owner.ts), or NULL
   CREATE INDEX maps_by_owner ON maps (owner, created_at DESC);`,
  // The big texts leave the maps row: reading a map's status or the recent list walked past them, page by
  // page, to reach the columns stored after them (20 finished 2,000-paragraph maps: 27 ms a recent list).
  `CREATE TABLE map_texts (
     id          TEXT PRIMARY KEY,
     source_text TEXT,                -- the pasted text, when that was given
     document    TEXT                 -- the finished map: compact threadmap/2 (threadmap/1 for maps from before it)
   );
   INSERT INTO map_texts (id, source_text, document)
     SELECT id, source_text, document FROM maps WHERE source_text IS NOT NULL OR document IS NOT NULL;
   UPDATE maps SET source_text = NULL, document = NULL WHERE source_text IS NOT NULL OR document IS NOT NULL;`,
];

export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const applied = db.prepare('SELECT MAX(version) AS version FROM schema_version');
  const record = db.prepare('INSERT INTO schema_version (version) VALUES (?)');
  // The version is read inside the write transaction: another process opening the same fresh file may
  // have run this migration between our first look and our lock ("table maps already exists").
  const runNext = db.transaction(() => {
    const version = ((applied.get() as { version: number | null }).version ?? 0) + 1;
    if (version > MIGRATIONS.length) return false;
    db.exec(MIGRATIONS[version - 1]!);
    record.run(version);
    return true;
  });
  while (runNext.immediate()); // each call runs one migration in a transaction of its own
  return MIGRATIONS.length;
}
