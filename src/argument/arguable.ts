// What a thread can argue about. A sentence the tagger reads as a claim is still none of these:
// - a joke: "lol", "/s", "FTFY" (a parody of the parent), a cheer ("DX12 FTW!"), an emoticon, or a line shouted in capitals
//   ("OH LOOK THE SMART PEOPLE…");
// - narration: the writer telling what they do, feel or did ("I'm drunk right now", "I've been drinking and
//   I read it word for word", "Let me share a story with you"): their life, not a position. "I think",
//   "I believe" and other verdicts introduce a position and stay;
// - an instruction ("Don't forget to buy this", "Get back to work"): it asks, it asserts nothing;
// - a fragment: under six words.
import type { Sentence } from '../model.js';
import { countWords } from './words.js';

export const JOKE = /\b(lol|lmao|rofl|haha\w*|jk|ftfy|ftw)\b|😂|🙂|;\)|:\)|\/s\b/i;

const OPENER = String.raw`^(?:(?:so|well|and|but|also|ok(?:ay)?|yeah|honestly|ah|oh|now|edit)\W+)*`;
const NARRATION = new RegExp(OPENER + String.raw`(?:i(?:'m| am)(?: \w+ly)? (?:drunk|high|tired|bored|sitting|waiting|going to bed|reading|watching|drinking|eating|studying|working|at work|at home|on my)\b`
  + String.raw`|i(?:'ve| have) been \w+ing\b|i (?:just )?(?:went|came|woke|spent|logged|refreshed|kept refreshing)\b|i (?:don't|do not) know what to (?:say|comment|do)\b`
  + String.raw`|let me (?:share|tell)\b|i know (?:it|this) sounds\b|my (?:grand\w+|mom|dad|mother|father|wife|husband|girlfriend|boyfriend|friend|kid|son|daughter|boss)\b)`, 'i');
const INSTRUCTION = new RegExp(OPENER + String.raw`(?:don't forget|do not forget|get back|go (?:back|to)|fill out|buy|try|remember to|make sure|stop|please|check out)\b`, 'i');

/** A line mostly in capitals is shouted: a joke or a taunt, not a position. */
function shouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.7;
}

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
  const text = sentence.text.replace(/[’]/g, "'").trim();
  if (isFragment(sentence)) return 'a fragment';
  if (JOKE.test(text) || shouted(text)) return 'a joke';
  if (NARRATION.test(text)) return 'narration';
  if (INSTRUCTION.test(text)) return 'an instruction';
  return null;
}
