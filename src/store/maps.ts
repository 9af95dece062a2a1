// Maps in the store: created when a thread is submitted, updated as the analysis reports progress,
// finished with the document or failed with the error sentence. Rows outlive the server (permalinks).
import type Database from 'better-sqlite3';
import { withoutBidiControls } from '../clean/bidi.js';
import type { Progress } from '../model.js';

export type MapStatus = 'working' | 'done' | 'failed';

export interface MapRecord {
  id: string;
  status: MapStatus;
  sourceUrl: string | null;
  label: string;
  title: string | null;
  stage: string | null;
  done: number;
  total: number;
  postCount: number | null;
  error: { code: string; status: number; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

export type MapSource = { url: string } | { text: string };

export interface FinishedMap {
  /** The map document in its compact form (threadmap/2), already serialised (by the worker, off the request thread). */
  documentJson: string;
  title: string | null;
  postCount: number;
  diagnosticsJson: string;
}

interface MapRow {
  id: string; status: MapStatus; source_url: string | null; label: string; title: string | null;
  stage: string | null; done: number; total: number; post_count: number | null;
  error_code: string | null; error_status: number | null; error_message: string | null;
  created_at: string; updated_at: string;
}

const COLUMNS = `id, status, source_url, label, title, stage, done, total, post_count,
  error_code, error_status, error_message, created_at, updated_at`;

function toRecord(row: MapRow): MapRecord {
  return {
    id: row.id, status: row.status, sourceUrl: row.source_url, label: row.label, title: row.title,
    stage: row.stage, done: row.done, total: row.total, postCount: row.post_count,
    error: row.error_code ? { code: row.error_code, status: row.error_status ?? 500, message: row.error_message ?? '' } : null,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** What the recent-maps list shows before the thread's title is known: the URL or the first words. */
export function sourceLabel(source: MapSource): string {
  if ('url' in source) return source.url.slice(0, 300);
  const words = withoutBidiControls(source.text.slice(0, 2000)).replace(/\s+/g, ' ').trim();
  return words.length > 80 ? `${words.slice(0, 79)}…` : words || '(empty text)';
}

export type MapStore = ReturnType<typeof createMapStore>;

export function createMapStore(db: Database.Database, now: () => Date = () => new Date()) {
  const stamp = () => now().toISOString();
  const selectOne = db.prepare<[string], MapRow>(`SELECT ${COLUMNS} FROM maps WHERE id = ?`);
  const selectDocument = db.prepare<[string], { document: string | null }>('SELECT document FROM map_texts WHERE id = ?');
  const selectRecent = db.prepare<[number], MapRow>(`SELECT ${COLUMNS} FROM maps ORDER BY created_at DESC, rowid DESC LIMIT ?`);
  const selectOwned = db.prepare<[string, number], MapRow>(`SELECT ${COLUMNS} FROM maps WHERE owner = ? ORDER BY created_at DESC, rowid DESC LIMIT ?`);
  const insert = db.prepare(`INSERT INTO maps (id, source_url, label, status, stage, owner, created_at, updated_at)
    VALUES (@id, @url, @label, 'working', 'queued', @owner, @at, @at)`);
  // The pasted text and the finished document live in map_texts, out of the way of status reads (migration 3).
  const insertText = db.prepare('INSERT INTO map_texts (id, source_text) VALUES (@id, @text)');
  const upsertDocument = db.prepare(`INSERT INTO map_texts (id, document) VALUES (@id, @documentJson)
    ON CONFLICT (id) DO UPDATE SET document = excluded.document`);
  const updateProgress = db.prepare(`UPDATE maps SET stage = @stage, done = @done, total = @total, updated_at = @at
    WHERE id = @id AND status = 'working'`);
  const updateDone = db.prepare(`UPDATE maps SET status = 'done', stage = 'done', done = total,
    title = @title, post_count = @postCount, diagnostics = @diagnosticsJson, updated_at = @at WHERE id = @id`);
  const create = db.transaction((row: { id: string; at: string; label: string; owner: string | null; url: string | null; text: string | null }) => {
    insert.run(row);
    if (row.text !== null) insertText.run(row);
  });
  const finish = db.transaction((row: FinishedMap & { id: string; at: string }) => {
    upsertDocument.run(row);
    updateDone.run(row);
  });
  const updateFailed = db.prepare(`UPDATE maps SET status = 'failed', error_code = @code, error_status = @status,
    error_message = @message, updated_at = @at WHERE id = @id AND status = 'working'`);
  const failWorking = db.prepare(`UPDATE maps SET status = 'failed', error_code = 'interrupted', error_status = 500,
    error_message = @message, updated_at = @at WHERE status = 'working'`);

  return {
    /** `owner`: the hashed owner cookie of the browser that asked (src/server/owner.ts); null from elsewhere. */
    create(id: string, source: MapSource, owner: string | null = null): void {
      create({
        id, at: stamp(), label: sourceLabel(source), owner,
        url: 'url' in source ? source.url : null, text: 'text' in source ? source.text : null,
      });
    },
    get(id: string): MapRecord | undefined {
      const row = selectOne.get(id);
      return row ? toRecord(row) : undefined;
    },
    /** The finished document's JSON text as stored: threadmap/2, or threadmap/1 for maps stored before it. */
    documentJson(id: string): string | undefined {
      return selectDocument.get(id)?.document ?? undefined;
    },
    recent(limit = 20): MapRecord[] {
      return selectRecent.all(limit).map(toRecord);
    },
    /** The newest maps one owner made. */
    recentOf(owner: string, limit = 20): MapRecord[] {
      return selectOwned.all(owner, limit).map(toRecord);
    },
    progress(id: string, progress: Progress): void {
      updateProgress.run({ id, stage: progress.stage, done: progress.done, total: progress.total, at: stamp() });
    },
    finish(id: string, map: FinishedMap): void {
      finish({ id, ...map, at: stamp() });
    },
    fail(id: string, error: { code: string; status: number; message: string }): void {
      updateFailed.run({ id, ...error, at: stamp() });
    },
    /** At start-up: analyses the last run left unfinished can never finish; say so instead of spinning forever. */
    failInterrupted(message: string): number {
      return failWorking.run({ message, at: stamp() }).changes;
    },
  };
}
