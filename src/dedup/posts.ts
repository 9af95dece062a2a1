// Dedup for threads read from a site, once repair.ts has made them whole (one post per id, quotes linked to
// ancestors): one author posting the same text twice, and quoted passages whose markup does not say whose
// they are. Nothing is dropped silently:
// every merged copy is listed under `duplicates` of the post kept.
// Pasted text arrives already deduplicated by reconstruct.ts and passes through.
import { comparableWords } from '../clean/normalize.js';
import { counted, diagnostic } from '../diagnostics.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { ShingleIndex } from './shingle-index.js';
import { shingles } from './shingles.js';

/**
 * A double post: same author, same parent (one reply submitted twice), this much of its text seen in that
 * earlier copy. The same words under two different parents are two replies: each keeps its place and the
 * replies it received (a stock answer given to two people is not one post).
 */
const DOUBLE_POST_RATIO = 0.9;
/** A quote no ancestor holds is linked to the earlier post holding at least this much of it. */
const QUOTE_LINK_RATIO = 0.6;

/** A post this stage may change (its duplicates and quotes) without changing the caller's. */
export const ownCopy = (post: RawPost): RawPost =>
  ({ ...post, quotes: post.quotes.map((quote) => ({ ...quote })), duplicates: [...(post.duplicates ?? [])] });

const isDoublePost = (post: RawPost, earlier: RawPost | undefined, ratio: number, share: number, size: number) =>
  earlier !== undefined && !post.placeholder && size > 2 && earlier.author !== null && earlier.author === post.author
  && earlier.parentId === post.parentId && ratio >= DOUBLE_POST_RATIO && share >= DOUBLE_POST_RATIO;

export function dedupPosts(thread: RawThread): RawThread {
  if (thread.source.kind === 'text') return thread;
  const diagnostics: Diagnostic[] = [...thread.diagnostics];
  // Copies: merging below adds to a kept post's duplicates and names its quotes' posts.
  const unique = thread.posts.map(ownCopy);
  const kept: RawPost[] = [];
  const mergedInto = new Map<string, string>();
  const index = new ShingleIndex();

  for (const post of unique) {
    const hashes = post.placeholder ? new Uint32Array(0) : shingles(comparableWords(post.text));
    const coverage = index.coverage(hashes);
    const earlier = coverage.best === null ? undefined : kept[coverage.best];
    if (isDoublePost(post, earlier, coverage.ratio, coverage.bestShare, hashes.length)) {
      earlier!.duplicates!.push(post.id, ...post.duplicates!);
      mergedInto.set(post.id, earlier!.id);
      continue;
    }
    for (const quote of post.quotes) {
      if (quote.postId !== null) continue;
      const found = index.coverage(shingles(comparableWords(quote.text)));
      if (found.best !== null && found.ratio >= QUOTE_LINK_RATIO) quote.postId = kept[found.best]!.id;
    }
    index.add(kept.length, hashes);
    kept.push(post);
  }
  index.release();

  const keptId = (id: string | null) => (id !== null && mergedInto.has(id) ? mergedInto.get(id)! : id);
  for (const post of kept) {
    post.parentId = keptId(post.parentId);
    for (const quote of post.quotes) quote.postId = keptId(quote.postId);
  }
  if (mergedInto.size > 0) diagnostics.push(diagnostic('dedup', 'info', `Merged ${counted(mergedInto.size, 'repeated post')} into the copy kept.`));
  return { ...thread, posts: kept, diagnostics, inputCount: thread.inputCount ?? thread.posts.length };
}
