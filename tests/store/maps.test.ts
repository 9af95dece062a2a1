import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/store/db.js';
import { createMapStore, sourceLabel } from '../../src/store/maps.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';

describe('map store', () => {
  let db: Database.Database;
  afterEach(() => db?.close());
  const clock = () => new Date('2025-05-01T10:00:00.000Z');

  it('migrates a new file once and records the schema version', () => {
    db = openDatabase(':memory:');
    expect(db.prepare('SELECT version FROM schema_version').all()).toEqual(MIGRATIONS.map((_, i) => ({ version: i + 1 })));
    expect(migrate(db)).toBe(MIGRATIONS.length); // running again changes nothing
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_version').get()).toEqual({ n: MIGRATIONS.length });
  });

  it('follows a map from working through progress to done', () => {
    db = openDatabase(':memory:');
    const store = createMapStore(db, clock);
    store.create('m1', { url: 'https://news.ycombinator.com/item?id=1' });
    expect(store.get('m1')).toMatchObject({ status: 'working', stage: 'queued', label: 'https://news.ycombinator.com/item?id=1', createdAt: '2025-05-01T10:00:00.000Z' });
    store.progress('m1', { stage: 'tag', done: 5, total: 10 });
    expect(store.get('m1')).toMatchObject({ stage: 'tag', done: 5, total: 10 });
    store.finish('m1', { documentJson: '{"schema":"threadmap/1"}', title: 'Y Combinator', postCount: 20, diagnosticsJson: '[]' });
    expect(store.get('m1')).toMatchObject({ status: 'done', title: 'Y Combinator', postCount: 20, error: null });
    expect(store.documentJson('m1')).toBe('{"schema":"threadmap/1"}');
    store.progress('m1', { stage: 'tag', done: 1, total: 10 }); // a late progress message changes nothing
    expect(store.get('m1')?.status).toBe('done');
  });

  it('moves the pasted text and document of a store from before migration 3 out of the maps row, keeping both', () => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1), (2);');
    db.exec(MIGRATIONS[0]!);
    db.exec(MIGRATIONS[1]!);
    db.prepare(`INSERT INTO maps (id, source_text, label, status, document, created_at, updated_at)
      VALUES ('old', 'the pasted thread', 'the pasted…', 'done', '{"schema":"threadmap/1"}', '2025-01-01', '2025-01-01')`).run();
    migrate(db);
    const store = createMapStore(db, clock);
    expect(store.get('old')).toMatchObject({ status: 'done', label: 'the pasted…' });
    expect(store.documentJson('old')).toBe('{"schema":"threadmap/1"}');
    expect(db.prepare('SELECT source_text, document FROM maps').get()).toEqual({ source_text: null, document: null });
    expect(db.prepare('SELECT source_text FROM map_texts').get()).toEqual({ source_text: 'the pasted thread' });
  });

  it('keeps the error a failed map ended with', () => {
    db = openDatabase(':memory:');
    const store = createMapStore(db, clock);
    store.create('m2', { text: 'x' });
    store.fail('m2', { code: 'not-a-thread', status: 422, message: 'No thread could be read there.' });
    expect(store.get('m2')?.error).toEqual({ code: 'not-a-thread', status: 422, message: 'No thread could be read there.' });
    expect(store.documentJson('m2')).toBeUndefined();
  });

  it('lists recent maps newest first', () => {
    db = openDatabase(':memory:');
    let minute = 0;
    const store = createMapStore(db, () => new Date(Date.UTC(2025, 0, 1, 0, minute++)));
    for (const id of ['a', 'b', 'c']) store.create(id, { text: `thread ${id}` });
    expect(store.recent(2).map((m) => m.id)).toEqual(['c', 'b']);
  });

  it('labels a pasted thread by its first words', () => {
    expect(sourceLabel({ text: `  First   line\nsecond ${'word '.repeat(40)}` })).toMatch(/^First line second word word .{40,}…$/);
    expect(sourceLabel({ text: '   ' })).toBe('(empty text)');
  });
});
