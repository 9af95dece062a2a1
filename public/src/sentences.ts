// A post's text cut into runs: its tagged sentences (found in order in the text) and the plain text
// around them, so the panel shows the whole post with each sentence highlighted in place.
import { byPriority, TAG_MARK_COLOURS } from '../../src/layout/palette.js';
import type { Post, Sentence, TagName } from '../../src/model.js';

export interface Run {
  text: string;
  sentence: Sentence | null;
  /** The sentence's index in the post's `sentences` (what the argument's references point at). */
  index?: number;
}

export function textRuns(post: Post): Run[] {
  const runs: Run[] = [];
  const text = post.text;
  let cursor = 0;
  post.sentences.forEach((sentence, index) => {
    const at = sentence.text ? text.indexOf(sentence.text, cursor) : -1;
    if (at < 0) return; // the splitter normalised this one; it stays in the plain text around it
    if (at > cursor) runs.push({ text: text.slice(cursor, at), sentence: null });
    runs.push({ text: sentence.text, sentence, index });
    cursor = at + sentence.text.length;
  });
  if (cursor < text.length) runs.push({ text: text.slice(cursor), sentence: null });
  return runs;
}

export { describeSentence } from '../../src/layout/sentence-reasons.js';

/**
 * The underline of a sentence with several tags: one segment per tag, most telling first, in each tag's
 * strong colour (a CSS gradient with hard stops). Null for one tag, whose highlight already says it.
 */
export function splitUnderline(tags: readonly TagName[]): string | null {
  if (tags.length < 2) return null;
  const share = 100 / tags.length;
  const stops = byPriority(tags).map((tag, i) => `${TAG_MARK_COLOURS[tag]} ${(i * share).toFixed(2)}% ${((i + 1) * share).toFixed(2)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
