// Which pattern cues a sentence needs to try: those whose required words it holds (see anchors.ts and
// lexicon-index.ts), found through memoised per-word lookups and bit sets, so a sentence costs its
// candidates, not the whole lexicon, and gathering them allocates almost nothing.
import { DIGIT, WORD_END } from './anchors.js';
import type { Lexicon } from './lexicon.js';

/**
 * Per lexicon: each word form's requirements met (see CueIndex), memoised, since a thread repeats its words
 * endlessly; and two scratch bit sets for one sentence, the requirements met and the pattern cues triggered.
 * Bounded like the stem memo; it only ever holds the anchor index's own answers.
 */
interface CandidateMemo { byWord: Map<string, readonly number[]>; met: Uint32Array; marks: Uint32Array; always: Uint32Array }
const memos = new WeakMap<Lexicon, CandidateMemo>();
const MEMO_LIMIT = 100_000;
const NONE: readonly number[] = [];

function memoFor(lexicon: Lexicon): CandidateMemo {
  let memo = memos.get(lexicon);
  if (!memo) {
    const always = new Uint32Array(Math.ceil(lexicon.patterns.length / 32));
    for (const index of lexicon.unanchored) always[index >>> 5]! |= 1 << (index & 31);
    memo = { byWord: new Map(), met: new Uint32Array(Math.ceil(lexicon.triggers.length / 32)), marks: new Uint32Array(always.length), always };
    memos.set(lexicon, memo);
  }
  return memo;
}

const isSet = (bits: Uint32Array, index: number): boolean => (bits[index >>> 5]! & (1 << (index & 31))) !== 0;

/**
 * The pattern cues to try on a sentence, in lexicon order: those with a branch whose every requirement one
 * of the words meets, and those without anchors. Only these are visited, so a sentence costs its
 * candidates, not the whole lexicon.
 */
export function candidatePatterns(words: readonly string[], lexicon: Lexicon): number[] {
  const memo = memoFor(lexicon);
  const { met, marks, always } = memo;
  met.fill(0);
  marks.set(always);
  for (const word of words) {
    for (const requirement of wordRequirements(word, lexicon, memo)) {
      if (isSet(met, requirement)) continue;
      met[requirement >>> 5]! |= 1 << (requirement & 31);
      for (const index of lexicon.triggers[requirement]!) marks[index >>> 5]! |= 1 << (index & 31);
    }
  }
  const candidates: number[] = [];
  for (let block = 0; block < marks.length; block++) {
    for (let bits = marks[block]!; bits !== 0;) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const index = block * 32 + 31 - Math.clz32(lowest);
      if (isSet(always, index) || meetsABranch(lexicon.branches[index]!, met)) candidates.push(index);
    }
  }
  return candidates;
}

function meetsABranch(branches: readonly (readonly number[])[], met: Uint32Array): boolean {
  for (const branch of branches) {
    let all = true;
    for (const requirement of branch) if (!isSet(met, requirement)) { all = false; break; }
    if (all) return true;
  }
  return false;
}

/** The requirements one word form meets: those listing a start of the word or of one of its parts. */
function wordRequirements(word: string, lexicon: Lexicon, memo: CandidateMemo): readonly number[] {
  let found = memo.byWord.get(word);
  if (found !== undefined) return found;
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
  found = requirements.size === 0 ? NONE : [...requirements];
  if (memo.byWord.size >= MEMO_LIMIT) memo.byWord.clear();
  memo.byWord.set(word, found);
  return found;
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
