// A sentence → the normalised word sequence every cue and rule reads: lower case, one apostrophe and one
// double-quote spelling, contractions expanded ("don't" → "do not", "you're" → "you are") so a lexicon
// writes each phrase once and negation is always a separate "not". Punctuation stays as its own token
// because clause edges (",", ";", "?") bound negation scope and contrast.
import type { WordEntry } from './candidates.js';
import type { Lexicon } from './lexicon.js';

export interface Tokens {
  /** Normalised words and punctuation marks, in order. */
  words: string[];
  /** Per word: inside quotation marks, i.e. someone else's words being reported. */
  quoted: boolean[];
  /** The words joined by single spaces: what regex cues run on. */
  joined: string;
  /** Per word: where it starts in `joined`. */
  offsets: number[];
  /**
   * Facts about the words that several steps read, filled by the first that needs them (candidates.ts,
   * word-facts.ts): each word's entry in a lexicon's per-word memo, and the lexicon they came from.
   */
  entries: readonly WordEntry[] | undefined;
  entriesOf: Lexicon | undefined;
  /** Per word: its stem when it is a content word, else '' (word-facts.ts). */
  keyStems: readonly string[] | undefined;
}

const APOSTROPHES = /[\u2018\u2019\u201b\u2032`\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const TOKEN = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** "'s" only means "is" after these; elsewhere it is a possessive and is dropped. */
const IS_HOSTS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'this', 'everything', 'nothing', 'thing']);
const SUFFIXES: Record<string, string> = { re: 'are', m: 'am', ve: 'have', ll: 'will', d: 'would' };
const NOT_BASES: Record<string, string> = { ca: 'can', wo: 'will', ai: 'is', sha: 'shall' };
/** Forum spellings without the apostrophe; only those that are not also ordinary words. A Map: looking a
 * fresh string up as an object key first interns it, which cost more than the rest of tokenising. */
const BARE_CONTRACTIONS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'],
  wasnt: ['was', 'not'], werent: ['were', 'not'], cant: ['can', 'not'], couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
  hadnt: ['had', 'not'], thats: ['that', 'is'], youre: ['you', 'are'], im: ['i', 'am'], ive: ['i', 'have'],
  cannot: ['can', 'not'], gonna: ['going', 'to'], wanna: ['want', 'to'],
  whats: ['what', 'is'], hows: ['how', 'is'], whos: ['who', 'is'], theres: ['there', 'is'],
  youve: ['you', 'have'], theyre: ['they', 'are'], idk: ['i', 'do', 'not', 'know'],
}));

/** One surface word → its normalised words (usually itself, lower-cased). */
export function expandWord(word: string): readonly string[] {
  const lower = word.toLowerCase();
  const bare = BARE_CONTRACTIONS.get(lower);
  if (bare) return bare;
  const apostrophe = lower.indexOf("'");
  if (apostrophe < 0) return [lower];
  const base = lower.slice(0, apostrophe);
  const suffix = lower.slice(apostrophe + 1);
  if (suffix === 't' && base.endsWith('n')) {
    const stem = base.slice(0, -1);
    return [NOT_BASES[stem] ?? stem, 'not'];
  }
  if (suffix === 's') {
    if (base === 'let') return ['let', 'us'];
    return IS_HOSTS.has(base) ? [base, 'is'] : [base];
  }
  const full = SUFFIXES[suffix];
  return full ? [base, full] : [lower];
}

/** Apostrophes and double quotes in one spelling each, as the lexicons write them. */
export function normaliseQuotes(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"');
}

const NON_ASCII = /[^\x00-\x7f]/;

export function tokenize(sentence: string): Tokens {
  const words: string[] = [];
  const quoted: boolean[] = [];
  const surface = surfaceTokens(sentence);
  // An odd number of double quotes means one is unbalanced: then nothing is treated as quoted.
  let quoteMarks = 0;
  for (const token of surface) if (token === '"') quoteMarks++;
  const quotesBalanced = quoteMarks % 2 === 0;
  let inQuote = false;
  for (const token of surface) {
    if (token === '"') {
      if (quotesBalanced) inQuote = !inQuote;
      continue;
    }
    const lower = token.toLowerCase();
    // Most words need no expanding: skip building a one-word array for them.
    const expanded = lower.includes("'") || BARE_CONTRACTIONS.has(lower) ? expandWord(token) : null;
    if (expanded === null) {
      words.push(lower);
      quoted.push(inQuote);
      continue;
    }
    for (const word of expanded) {
      words.push(word);
      quoted.push(inQuote);
    }
  }
  const offsets: number[] = new Array<number>(words.length);
  let position = 0;
  for (let index = 0; index < words.length; index++) {
    offsets[index] = position;
    position += words[index]!.length + 1;
  }
  return { words, quoted, joined: words.join(' '), offsets, entries: undefined, entriesOf: undefined, keyStems: undefined };
}

/** The sentence's words and marks as TOKEN finds them; ASCII text (most of it) by a scan that skips the Unicode regex. */
function surfaceTokens(sentence: string): string[] {
  if (NON_ASCII.test(sentence)) return normaliseQuotes(sentence).match(TOKEN) ?? [];
  const text = sentence.includes('`') ? sentence.replaceAll('`', "'") : sentence;
  const tokens: string[] = [];
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    if (isAsciiSpace(code)) { at++; continue; }
    if (!isAsciiAlphanumeric(code)) { tokens.push(text[at++]!); continue; }
    let end = at + 1;
    for (;;) {
      while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
      const joiner = text.charCodeAt(end);
      if ((joiner !== 39 && joiner !== 45) || !isAsciiAlphanumeric(text.charCodeAt(end + 1))) break;
      end += 2;     // "'" or "-" inside a word ("don't", "side-effects"), as TOKEN's (?:['\-][\p{L}\p{N}]+)*
    }
    tokens.push(text.slice(at, end));
    at = end;
  }
  return tokens;
}

/** \s in the ASCII range: tab, line feed, vertical tab, form feed, carriage return, space. */
const isAsciiSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);
/** [\p{L}\p{N}] in the ASCII range (NaN past the end is neither). */
const isAsciiAlphanumeric = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/** The index of the word that starts at or contains `offset` in `joined` (binary search). */
export function wordAt(tokens: Tokens, offset: number): number {
  let low = 0;
  let high = tokens.offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tokens.offsets[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const PUNCTUATION = /^[^\p{L}\p{N}]$/u;
/** One code point that is neither a letter nor a digit. Called for nearly every word by cues and rules: ASCII and
 * words longer than one code point are answered without the Unicode regex. */
export function isPunctuation(word: string): boolean {
  if (word.length > 2) return false;
  if (word.length === 1 && word.charCodeAt(0) < 128) return !isAsciiAlphanumeric(word.charCodeAt(0));
  return PUNCTUATION.test(word);
}
