// Dedup for threads read from a site: the same post scraped twice (same id), one author posting the same
// text twice, and quoted passages whose markup does not say whose they are (found by their shingles).
// Pasted text arrives already deduplicated by reconstruct.ts and passes through.
import { comparableWords } from '../clean/normalize.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { ShingleIndex } from './shingle-index.js';
import { shingles } from './shingles.js';

/** A double post: same author, this much of its text seen in one earlier post of theirs. */
const DOUBLE_POST_RATIO = 0.9;
/** A quote is linked to the earlier post holding at least this much of it. */
const QUOTE_LINK_RATIO = 0.6;

export function dedupPosts(thread: RawThread): RawThread {
  if (thread.source.kind === 'text') return thread;
  const diagnostics: Diagnostic[] = [...thread.diagnostics];
  const kept: RawPost[] = [];
  const byId = new Map<string, RawPost>();
  const mergedInto = new Map<string, string>();
  const index = new ShingleIndex();
  let merged = 0;

  thread.posts.forEach((input, position) => {
    const same = byId.get(input.id);
    if (same) {
      same.duplicates!.push(`input:${position}`);
      merged++;
      return;
    }
    const hashes = input.placeholder ? new Uint32Array(0) : shingles(comparableWords(input.text));
    const coverage = index.coverage(hashes);
    const earlier = coverage.best === null ? undefined : kept[coverage.best];
    if (earlier && !input.placeholder && hashes.length > 2 && earlier.author !== null && earlier.author === input.author
      && coverage.ratio >= DOUBLE_POST_RATIO && coverage.bestShare >= DOUBLE_POST_RATIO) {
      earlier.duplicates!.push(input.id);
      mergedInto.set(input.id, earlier.id);
      merged++;
      return;
    }
    const post: RawPost = { ...input, quotes: input.quotes.map((quote) => ({ ...quote })), duplicates: [...(input.duplicates ?? [])] };
    for (const quote of post.quotes) {
      if (quote.postId !== null) continue;
      const found = index.coverage(shingles(comparableWords(quote.text)));
      if (found.best !== null && found.ratio >= QUOTE_LINK_RATIO) quote.postId = kept[found.best]!.id;
    }
    index.add(kept.length, hashes);
    kept.push(post);
    byId.set(post.id, post);
  });

  for (const post of kept) {
    if (post.parentId !== null && mergedInto.has(post.parentId)) post.parentId = mergedInto.get(post.parentId)!;
    for (const quote of post.quotes) if (quote.postId !== null && mergedInto.has(quote.postId)) quote.postId = mergedInto.get(quote.postId)!;
  }
  if (merged > 0) diagnostics.push({ level: 'info', stage: 'dedup', message: `Merged ${merged} repeated post(s) into the copy kept.` });
  return { ...thread, posts: kept, diagnostics, inputCount: thread.inputCount ?? thread.posts.length };
}
