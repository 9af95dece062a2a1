// The map document's invariants (CONTRACT §3), asserted the same way by every test that builds a map.
import { expect } from 'vitest';
import type { RawPost } from '../../src/model.js';

type Linked = Pick<RawPost, 'id' | 'parentId'>;

/** Unique ids, every parentId names a post, no cycles, and every parent comes before its replies. */
export function expectForest(posts: readonly Linked[]): void {
  const position = new Map<string, number>();
  posts.forEach((post, i) => {
    expect(position.has(post.id), `duplicate id ${post.id}`).toBe(false);
    position.set(post.id, i);
  });
  posts.forEach((post, i) => {
    if (post.parentId === null) return;
    const parentAt = position.get(post.parentId);
    expect(parentAt, `parent ${post.parentId} of ${post.id} is missing`).toBeDefined();
    expect(parentAt!, `parent ${post.parentId} comes after its reply ${post.id}`).toBeLessThan(i);
  });
}

/** Depth of the deepest post (iterative: chains may be 10,000 deep). */
export function maxDepth(posts: readonly Linked[]): number {
  const depth = new Map<string, number>();
  let deepest = 0;
  for (const post of posts) {
    const d = post.parentId === null ? 0 : depth.get(post.parentId)! + 1;
    depth.set(post.id, d);
    deepest = Math.max(deepest, d);
  }
  return deepest;
}

/**
 * Nothing lost: every input paragraph is in some post's text or quotes, or listed under the
 * `duplicates` of a post (as `line:N`) whose text holds its words.
 */
export function expectNothingLost(paragraphs: readonly { line: number; text: string }[], posts: readonly RawPost[]): void {
  const squash = (text: string) => text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  const kept = new Set(posts.flatMap((post) => [...post.text.split('\n\n'), ...post.quotes.map((q) => q.text)].map(squash)));
  const listed = new Set(posts.flatMap((post) => post.duplicates ?? []));
  for (const paragraph of paragraphs) {
    const found = kept.has(squash(paragraph.text)) || listed.has(`line:${paragraph.line}`);
    expect(found, `line ${paragraph.line} lost: ${paragraph.text.slice(0, 60)}`).toBe(true);
  }
}
