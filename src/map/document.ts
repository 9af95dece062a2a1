// The map stage: the threadmap/1 document (CONTRACT §3) from the thread, its tagged posts and its argument:
// stats counted off the posts, the summary read off the argument, every stage's diagnostics in order.
import type { ArgumentMap, Diagnostic, MapDocument, Post, RawThread } from '../model.js';
import { emptyTagCounts, TAGS } from '../model.js';
import { summarize } from './summary.js';

export interface MapParts {
  /** The thread after clean/dedup: its source, its diagnostics so far, and how many posts were read. */
  thread: RawThread;
  posts: Post[];
  argument: ArgumentMap;
  /** The argument stage's notes, after the thread's. */
  argumentNotes: Diagnostic[];
  elapsedMs: number;
}

export function mapDocument({ thread, posts, argument, argumentNotes, elapsedMs }: MapParts): MapDocument {
  const tagCounts = emptyTagCounts();
  let sentences = 0;
  for (const post of posts) {
    for (const sentence of post.sentences) {
      sentences++;
      for (const tag of sentence.tags) tagCounts[tag]++;
    }
  }
  return {
    schema: 'threadmap/1',
    source: thread.source,
    stats: {
      inputPosts: thread.inputCount ?? thread.posts.length,
      posts: posts.length,
      duplicatesRemoved: posts.reduce((sum, post) => sum + post.duplicates.length, 0),
      sentences,
      tagCounts: Object.fromEntries(TAGS.map((tag) => [tag, tagCounts[tag]])) as typeof tagCounts,
      elapsedMs,
    },
    posts,
    summary: summarize(posts, argument),
    argument,
    diagnostics: [...thread.diagnostics, ...argumentNotes],
  };
}
