// Evaluative words: the vocabulary of opinion ("unfair", "harm", "brilliant"), which is what separates
// a claim ("The law is unfair to renters") from a report ("The law took effect in May"). Read from the two
// general-purpose sentiment lexicons that ship with natural: AFINN-165 (3,382 words rated -5…+5) and
// Pattern's English adjectives (1,528, with a subjectivity score). Neither was built from our corpora.
import { createRequire } from 'node:module';
import { sentenceEntries } from './candidates.js';
import { LEXICON } from './lexicon.js';
import type { Tokens } from './tokens.js';

const requireFromNatural = createRequire(createRequire(import.meta.url).resolve('natural/package.json'));
const afinn = (requireFromNatural('afinn-165') as { afinn165: Record<string, number> }).afinn165;
const pattern = requireFromNatural('./lib/natural/sentiment/English/pattern-sentiment-en.json') as Record<string, { subjectivity: string; polarity: string }>;

/** Rated in AFINN, but in conversation mostly not opinion: politeness, assent, "like" as a filler. */
const NOT_EVALUATIVE = new Set(['like', 'likes', 'yes', 'no', 'want', 'wants', 'please', 'thank', 'thanks', 'ok', 'okay', 'agree', 'agreed', 'disagree', 'disagreed', 'disagrees', 'help', 'cool', 'sure', 'kind', 'pretty', 'well', 'care', 'true', 'clear',
  // Quantifiers, determiners and adjectives of identity, size or time: they describe, they do not judge.
  'new', 'different', 'other', 'only', 'many', 'more', 'most', 'such', 'own', 'same', 'able', 'various', 'certain', 'high', 'large', 'small',
  'big', 'late', 'little', 'enough', 'live', 'united', 'supreme', 'far', 'quick']);
const SUBJECTIVE = 0.5;

function buildEvaluativeWords(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const [word, score] of Object.entries(afinn)) if (score !== 0 && !word.includes(' ')) words.add(word);
  for (const [word, entry] of Object.entries(pattern)) if (Number(entry.subjectivity) >= SUBJECTIVE) words.add(word);
  for (const word of NOT_EVALUATIVE) words.delete(word);
  return words;
}

const EVALUATIVE_WORDS = buildEvaluativeWords();

/**
 * The sentence's evaluative words outside quotation marks, in order, repeats dropped. Each word form is looked
 * up in the vocabulary once and the answer kept on its entry (word-facts.ts): the vocabulary is large, and a
 * lookup in it per word of every sentence was a tenth of the claim rule.
 */
export function evaluativeWords(tokens: Tokens): string[] {
  const entries = sentenceEntries(tokens, LEXICON);
  let found: string[] | undefined;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const word = tokens.words[index]!;
    entry.evaluative ??= EVALUATIVE_WORDS.has(word);
    if (!entry.evaluative || tokens.quoted[index]) continue;
    if (found === undefined) found = [word];
    else if (!found.includes(word)) found.push(word);
  }
  return found ?? [];
}

/** Clearly negative judgements (AFINN -2 and below): "terrible", "naive", "misleading". */
const NEGATIVE_WORDS: ReadonlySet<string> = new Set(Object.entries(afinn).filter(([word, score]) => score <= -2 && !word.includes(' ') && !NOT_EVALUATIVE.has(word)).map(([word]) => word));

export const isNegativeJudgement = (word: string): boolean => NEGATIVE_WORDS.has(word);

/** Words that rate something well without endorsing it: "interesting" is noncommittal, "funny" rates a joke. */
const NONCOMMITTAL = new Set(['interesting', 'funny', 'fun', 'true']);
/**
 * Clearly positive judgements: AFINN +2 and above ("great", "helpful", "favourite"), or Pattern's adjectives
 * of positive polarity 0.4 and above that AFINN does not rate ("accurate").
 */
const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries(afinn).filter(([word, score]) => score >= 2 && !word.includes(' ')).map(([word]) => word),
  ...Object.entries(pattern).filter(([word, entry]) => !(word in afinn) && Number(entry.polarity) >= 0.4).map(([word]) => word),
].filter((word) => !NOT_EVALUATIVE.has(word) && !NONCOMMITTAL.has(word)));

export const isPositiveJudgement = (word: string): boolean => POSITIVE_WORDS.has(word);

/** Whether a word judges for (1) or against (-1), by AFINN's rating or else Pattern's polarity; 0 if neither says. */
export function polarity(word: string): -1 | 0 | 1 {
  if (NOT_EVALUATIVE.has(word)) return 0;
  const value = afinn[word] ?? Number(pattern[word]?.polarity ?? 0);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}
