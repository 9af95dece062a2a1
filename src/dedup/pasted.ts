// Pasted text's posts, rebuilt from the paragraphs the text source read (reconstruct.ts): where one post
// ends and the next begins, who answers whom, what repeats and what quotes.
import type { RawThread } from '../model.js';
import { reconstructThread } from './reconstruct.js';

export function rebuildPastedThread({ paragraphs = [], ...thread }: RawThread): RawThread {
  const rebuilt = reconstructThread(paragraphs);
  return { ...thread, posts: rebuilt.posts, diagnostics: [...thread.diagnostics, ...rebuilt.diagnostics] };
}
