// What a thread can argue about. A sentence the tagger reads as a claim is still none of these:
// - a joke: "lol", "/s", "FTFY" (a parody of the parent), an emoticon, or a line shouted in capitals
//   ("OH LOOK THE SMART PEOPLE…");
// - narration: the writer telling what they do, feel or did ("I'm drunk right now", "I've been drinking and
//   I read it word for word", "Let me share a story with you"): their life, not a position. "I think",
//   "I believe" and other verdicts introduce a position and stay;
// - an instruction ("Don't forget to buy this", "Get back to work"): it asks, it asserts nothing;
// - a fragment: under six words.
// The first three are read by src/tag/no-position.ts (the tagger's verdict reading asks them too).
import type { Sentence } from '../model.js';
import { notAPosition } from '../tag/no-position.js';
import { countWords } from './words.js';

/**
 * A sentence the writer marks as their thesis: "my main critique of the post is that…", "the story is that…",
 * "My problem is that…", "I deny that…", "In short, …". Not when it introduces what follows ("My position is
 * more like:") or denies being the point ("That's not really my core point"), nor as an aside in parentheses.
 */
const SIGNPOST = new RegExp(String.raw`\b(?:(?:my|the|our|one) (?:main|core|central|key|basic|real|biggest|overall|general) (?:point|claim|argument|critique|criticism|objection|problem|issue|worry|concern|advantage|disagreement|reason|thesis|takeaway|lesson|take)(?: [\w'-]+){0,8}? (?:is|was)\b`
  + String.raw`|(?:my|the) (?:point|claim|argument|critique|problem|worry|concern|view|story|thesis|position|take|crux) (?:here )?is\b`
  + String.raw`|i (?:deny|contend|maintain|claim|argue|submit|predict) that|in short|in summary|to summari[sz]e|the upshot|(?:the|my) bottom line(?: is\b|:))`, 'i');
const DENIES_POINT = /\b(?:not|isn't|never)\b[^.]{0,20}\b(?:point|claim|argument|crux)\b|\b(?:point|claim|argument|crux|line|problem|view)\s+(?:isn't|is not|wasn't|was not)\b/i;

export const signpostsThesis = (text: string): boolean => {
  const plain = text.replace(/[’]/g, "'").trim();
  return SIGNPOST.test(plain) && !plain.endsWith(':') && !plain.startsWith('(') && !DENIES_POINT.test(plain);
};

export const isFragment = (sentence: Sentence): boolean => countWords(sentence.text) < 6;

/** Why a claim-tagged sentence is nothing to argue about, or null when it is a position. */
export function notArguable(sentence: Sentence): string | null {
  if (isFragment(sentence)) return 'a fragment';
  return notAPosition(sentence.text);
}
