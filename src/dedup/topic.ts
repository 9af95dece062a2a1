// Where a pasted feed changes from one post to an unrelated one. Two signals, both from the text:
// an excerpt cut off mid-sentence (feeds truncate long posts), and lexical cohesion (TextTiling,
// Hearst 1997): consecutive paragraphs of one argument share stemmed content words; unrelated posts don't.
import { comparableWords } from '../clean/normalize.js';
import { porterStem, STOPWORDS } from '../clean/natural.js';

/** Stemmed content words of a passage: the units of lexical cohesion. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of comparableWords(text)) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    stems.push(porterStem(word));
  }
  return stems;
}

export interface Cohesion {
  /** Cosine of the two windows' stem counts (0..1). */
  cosine: number;
  /** Content words in the smaller window: below a dozen or so, the cosine means little. */
  words: number;
}

/** How much two windows of paragraphs (their stems) share. */
export function cohesion(before: readonly (readonly string[])[], after: readonly (readonly string[])[]): Cohesion {
  const counts = new Map<string, number>();
  let beforeWords = 0;
  for (const stems of before) for (const stem of stems) { counts.set(stem, (counts.get(stem) ?? 0) + 1); beforeWords++; }
  const afterCounts = new Map<string, number>();
  let afterWords = 0;
  for (const stems of after) for (const stem of stems) { afterCounts.set(stem, (afterCounts.get(stem) ?? 0) + 1); afterWords++; }
  let dot = 0;
  let normBefore = 0;
  let normAfter = 0;
  for (const [stem, count] of counts) { normBefore += count * count; dot += count * (afterCounts.get(stem) ?? 0); }
  for (const count of afterCounts.values()) normAfter += count * count;
  return { cosine: normBefore && normAfter ? dot / Math.sqrt(normBefore * normAfter) : 0, words: Math.min(beforeWords, afterWords) };
}

/** Words an English sentence never ends on: a paragraph ending on one was cut off. */
const DANGLING = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
  'that', 'which', 'who', 'whose', 'than', 'if', 'because', 'since', 'while', 'into', 'about', 'like',
  'is', 'are', 'was', 'were', 'be', 'my', 'your', 'their', 'our', 'its', 'this', 'these', 'those',
]);

export function endsMidSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  if (/[.!?:;)"'\]…]$/.test(trimmed)) return false;
  const last = /(?:^|\s)([\p{L}']+)$/u.exec(trimmed)?.[1]?.toLowerCase();
  return last !== undefined && DANGLING.has(last);
}

/**
 * Whether "ends mid-sentence" means "cut off" in this text: in a transcript or a chat log most lines
 * end without punctuation, and a dangling last word says nothing. A short paste may hold one or two cut-offs.
 */
export function truncationIsSignal(texts: readonly string[]): boolean {
  const dangling = texts.filter(endsMidSentence).length;
  return dangling <= Math.max(2, texts.length * 0.1);
}
