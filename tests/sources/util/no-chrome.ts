// What a user must never find as a paragraph of post text: the sites' links and buttons around a comment.
import { expect } from 'vitest';
import type { RawThread } from '../../../src/model.js';

const CHROME = /^(reply|flag|parent|permalink|context|next|prev|root|save|report|share|give award|upvote|downvote|\[[-–+]\]|[▲▼]|\d+ points?|load more comments.*|continue this thread.*)$/i;

export function expectNoChrome(thread: RawThread): void {
  const chrome = thread.posts.flatMap((post) => post.text.split('\n\n').filter((paragraph) => CHROME.test(paragraph.trim())));
  expect(chrome).toEqual([]);
}
