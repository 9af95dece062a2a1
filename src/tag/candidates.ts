// Which pattern cues a sentence needs to try: those whose required words it holds (see anchors.ts and
// lexicon-index.ts), found through memoised per-word lookups and bit sets, so a sentence costs its
// candidates, not the whole lexicon, and gathering them allocates almost nothing.
import { DIGIT, WORD_END } from './anchors.js';
import type { Lexicon } from './lexicon.js';
import type { TrieNode } from './lexicon-index.js';
import type { Tokens } from './tokens.js';

/**
 * What the index knows of one word form, looked up once per word of a sentence (a lookup in a table of a
 * thread's whole vocabulary is the dearest step of finding cues): the requirements it meets (see CueIndex),
 * the pattern cues those requirements trigger (worked out once per word form: walking the index's per-requirement
 * lists for every word was a tenth of tagging), the phrase trie's node for a phrase it opens, and the last
 * sentence that counted it (a repeated "the" meets its fifty requirements once).
 */
export interface WordEntry {
  requirements: readonly number[]; triggers: readonly number[]; opens: TrieNode | undefined; sentence: number;
  /** Facts other steps read, worked out when first asked: the word's Porter stem when it is a content word,
   * '' when it is not (word-facts.ts); whether it is in the evaluative vocabulary (evaluative.ts). */
  keyStem: string | undefined;
  evaluative: boolean | undefined;
}

/**
 * Per lexicon: each word form's entry, memoised, since a thread repeats its words endlessly; and two scratch
 * bit sets for one sentence, the requirements met and the pattern cues triggered. Bounded like the stem memo;
 * it only ever holds the index's own answers.
 */
interface CandidateMemo { byWord: Map<string, WordEntry>; met: Uint32Array; marks: Uint32Array; always: Uint32Array; sentences: number }
const memos = new WeakMap<Lexicon, CandidateMemo>();
const MEMO_LIMIT = 100_000;
const NONE: readonly number[] = [];

function memoFor(lexicon: Lexicon): CandidateMemo {
  let memo = memos.get(lexicon);
  if (!memo) {
    const always = new Uint32Array(Math.ceil(lexicon.patterns.length / 32));
    for (const index of lexicon.unanchored) always[index >>> 5]! |= 1 << (index & 31);
    memo = { byWord: new Map(), met: new Uint32Array(Math.ceil(lexicon.triggers.length / 32)), marks: new Uint32Array(always.length), always, sentences: 0 };
    memos.set(lexicon, memo);
  }
  return memo;
}

const isSet = (bits: Uint32Array, index: number): boolean => (bits[index >>> 5]! & (1 << (index & 31))) !== 0;

/** Each word's entry, in order, looked up once per sentence however many steps read them (cues, stems). */
export function sentenceEntries(tokens: Tokens, lexicon: Lexicon): readonly WordEntry[] {
  if (tokens.entriesOf !== lexicon) {
    tokens.entries = wordEntries(tokens.words, lexicon);
    tokens.entriesOf = lexicon;
  }
  return tokens.entries!;
}

/** Each word's entry, in order. */
export function wordEntries(words: readonly string[], lexicon: Lexicon): WordEntry[] {
  const memo = memoFor(lexicon);
  const entries: WordEntry[] = new Array<WordEntry>(words.length);
  for (let index = 0; index < words.length; index++) entries[index] = entryOf(words[index]!, lexicon, memo);
  return entries;
}

/**
 * The pattern cues to try on a sentence, in lexicon order: those with a branch whose every requirement one
 * of the words meets, and those without anchors. Only these are visited, so a sentence costs its
 * candidates, not the whole lexicon.
 */
export function candidatePatterns(words: readonly string[], lexicon: Lexicon, entries: readonly WordEntry[] = wordEntries(words, lexicon)): number[] {
  const memo = memoFor(lexicon);
  const { met, marks, always } = memo;
  const sentence = ++memo.sentences;
  met.fill(0);
  marks.set(always);
  for (const entry of entries) {
    if (entry.sentence === sentence) continue;
    entry.sentence = sentence;
    for (const requirement of entry.requirements) met[requirement >>> 5]! |= 1 << (requirement & 31);
    for (const index of entry.triggers) marks[index >>> 5]! |= 1 << (index & 31);
  }
  const candidates: number[] = [];
  const firstWord = entries.length === 0 ? NONE : entries[0]!.requirements;
  for (let block = 0; block < marks.length; block++) {
    for (let bits = marks[block]!; bits !== 0;) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const index = block * 32 + 31 - Math.clz32(lowest);
      if (isSet(always, index) || meetsABranch(lexicon.branches[index]!, lexicon.openings[index]!, met, firstWord)) candidates.push(index);
    }
  }
  return candidates;
}

/** Does the sentence meet every requirement of one of the branches, the first word its branch's opening (see anchors.ts, pattern-leads.ts)? */
function meetsABranch(branches: readonly (readonly number[])[], openings: readonly number[], met: Uint32Array, firstWord: readonly number[]): boolean {
  for (let at = 0; at < branches.length; at++) {
    const opening = openings[at]!;
    if (opening >= 0 && !firstWord.includes(opening)) continue;
    const branch = branches[at]!;
    let all = true;
    for (const requirement of branch) if (!isSet(met, requirement)) { all = false; break; }
    if (all) return true;
  }
  return false;
}

function entryOf(word: string, lexicon: Lexicon, memo: CandidateMemo): WordEntry {
  let entry = memo.byWord.get(word);
  if (entry === undefined) {
    if (memo.byWord.size >= MEMO_LIMIT) memo.byWord.clear();
    const requirements = wordRequirements(word, lexicon);
    entry = { requirements, triggers: triggersOf(requirements, lexicon), opens: lexicon.trie.next.get(word), sentence: 0, keyStem: undefined, evaluative: undefined };
    memo.byWord.set(word, entry);
  }
  return entry;
}

/** The pattern cues a word's requirements trigger, each once. */
function triggersOf(requirements: readonly number[], lexicon: Lexicon): readonly number[] {
  const triggers = new Set<number>();
  for (const requirement of requirements) for (const index of lexicon.triggers[requirement]!) triggers.add(index);
  return triggers.size === 0 ? NONE : [...triggers];
}

/** The requirements one word form meets: those listing a start of the word or of one of its parts. */
function wordRequirements(word: string, lexicon: Lexicon): readonly number[] {
  const requirements = new Set<number>();
  // A pattern's \b also starts inside "side-effects" and "o'clock": walk from each part of a word.
  for (let start = 0; start < word.length; start = nextPart(word, start)) {
    const end = Math.min(word.length, start + lexicon.longestAnchor);
    for (let stop = start + 1; stop <= end; stop++) {
      const piece = word.slice(start, stop);
      for (const requirement of lexicon.anchors.get(piece) ?? NONE) requirements.add(requirement);
      if (stop < word.length && isWordCharacter(word.charCodeAt(stop))) continue;
      for (const requirement of lexicon.anchors.get(piece + WORD_END) ?? NONE) requirements.add(requirement);
    }
  }
  if (opensWithADigit(word)) for (const requirement of lexicon.anchors.get(DIGIT) ?? NONE) requirements.add(requirement);
  return requirements.size === 0 ? NONE : [...requirements];
}

/** \w, what "\b" reads as inside a word: a word ends before any other character. */
const isWordCharacter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** Does a digit start the word, or follow a character "\b" sees as a word's end ("x-70k", "é70k")? */
function opensWithADigit(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code >= 48 && code <= 57 && (at === 0 || !isWordCharacter(word.charCodeAt(at - 1)))) return true;
  }
  return false;
}

function nextPart(word: string, from: number): number {
  const hyphen = word.indexOf('-', from);
  const apostrophe = word.indexOf("'", from);
  const next = Math.min(hyphen < 0 ? Infinity : hyphen, apostrophe < 0 ? Infinity : apostrophe);
  return next === Infinity ? word.length : next + 1;
}
