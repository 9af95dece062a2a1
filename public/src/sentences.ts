// A post's text cut into runs: its tagged sentences (found in order in the text) and the plain text
// around them, so the panel shows the whole post with each sentence highlighted in place.
import type { Post, Sentence } from '../../src/model.js';

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

/** What hovering a sentence explains: each tag with the cue that made it, and how sure that cue is. */
export function describeSentence(sentence: Sentence): string {
  if (sentence.tags.length === 0) return 'No tag.';
  const reasons = sentence.reasons?.length
    ? sentence.reasons.map((r) => `${r.tag}: “${r.cue}” (${Math.round(r.confidence * 100)}%)`)
    : sentence.tags.map((tag, i) => `${tag}${sentence.cues[i] ? `: “${sentence.cues[i]}”` : ''}`);
  return reasons.join(' · ');
}
