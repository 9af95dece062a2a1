// Small RawPost/RawThread builders for stage tests.
import type { RawPost, RawThread, SourceKind } from '../../src/model.js';

export function rawPost(id: string, parentId: string | null, text = `Post ${id} says something worth reading.`, extra: Partial<RawPost> = {}): RawPost {
  return { id, parentId, author: null, createdAt: null, score: null, url: null, text, quotes: [], ...extra };
}

export function rawThread(posts: RawPost[], kind: SourceKind = 'html'): RawThread {
  return { source: { kind, url: null, title: null, retrievedAt: '2026-01-01T00:00:00.000Z' }, posts, diagnostics: [] };
}
