// Where a pasted feed changes from one post to an unrelated one. Two signals, both from the text:
// an excerpt cut off mid-sentence (feeds truncate long posts), and lexical cohesion (TextTiling,
// Hearst 1997): consecutive paragraphs of one argument share stemmed content words; unrelated posts don't.
import { comparableWords } from '../clean/normalize.js';
import { porterStem, STOPWORDS } from '../clean/natural.js';

export type StemVector = Map<string, number>;

export function stemVector(texts: readonly string[]): StemVector {
  const vector: StemVector = new Map();
  for (const text of texts) {
    for (const word of comparableWords(text)) {
      if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
      const stem = porterStem(word);
      vector.set(stem, (vector.get(stem) ?? 0) + 1);
    }
  }
  return vector;
}

export function cosine(a: StemVector, b: StemVector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [stem, count] of a) { normA += count * count; dot += count * (b.get(stem) ?? 0); }
  for (const count of b.values()) normB += count * count;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
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
