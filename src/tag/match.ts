// Where the lexicon's cues occur in a sentence. Cost: one trie walk per word (bounded by the longest
// phrase) plus one scan per pattern cue, so linear in the sentence. A phrase may have intensifiers inside
// it in the text ("that is simply not true" matches "that is not true"). Reported speech inside quotation
// marks is someone else's and matches nothing; a cue inside a longer cue of its tag ("not true" in "that is not true") yields;
// across tags both stand ("data suggests" is evidence, "suggests" a hedge), and negation sorts out "not sure".
import type { Cue, Lexicon } from './lexicon.js';
import type { TrieNode } from './lexicon-index.js';
import { isPunctuation, wordAt, type Tokens } from './tokens.js';

export interface CueMatch {
  cue: Cue;
  /** Word indices: the cue covers words[start] … words[end - 1]. */
  start: number;
  end: number;
}

/** Openers that do not stop a cue from counting as the start of the sentence ("Well, no."). */
const OPENERS = new Set(['and', 'but', 'so', 'well', 'oh', 'uh', 'um', 'ah', 'hmm', 'hm', 'huh', 'okay', 'ok', 'wait',
  // Stance adverbs that soften what follows without changing it: "Respectfully, no.", "Honestly, agreed."
  'respectfully', 'honestly', 'frankly', 'sorry']);

export function findCues(tokens: Tokens, lexicon: Lexicon): CueMatch[] {
  const found: CueMatch[] = [];
  for (let start = 0; start < tokens.words.length; start++) walk(lexicon.trie, tokens.words, start, start, found);
  for (const index of candidatePatterns(tokens.words, lexicon)) {
    const cue = lexicon.patterns[index]!;
    // exec with lastIndex rather than matchAll, which copies the regular expression on every call.
    const pattern = cue.pattern!;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(tokens.joined); match; match = pattern.exec(tokens.joined)) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      const start = wordAt(tokens, match.index);
      const end = wordAt(tokens, match.index + match[0].length - 1) + 1;
      found.push({ cue, start, end });
    }
  }
  const placed = found.filter((match) => inPosition(match, tokens) && !isQuoted(match, tokens));
  return placed.filter((match) => !placed.some((other) => other.cue.tag === match.cue.tag && covers(other, match)));
}

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
function candidatePatterns(words: readonly string[], lexicon: Lexicon): number[] {
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
      for (const requirement of lexicon.anchors.get(word.slice(start, stop)) ?? NONE) requirements.add(requirement);
    }
  }
  found = requirements.size === 0 ? NONE : [...requirements];
  if (memo.byWord.size >= MEMO_LIMIT) memo.byWord.clear();
  memo.byWord.set(word, found);
  return found;
}

function nextPart(word: string, from: number): number {
  const hyphen = word.indexOf('-', from);
  const apostrophe = word.indexOf("'", from);
  const next = Math.min(hyphen < 0 ? Infinity : hyphen, apostrophe < 0 ? Infinity : apostrophe);
  return next === Infinity ? word.length : next + 1;
}

function walk(node: TrieNode, words: readonly string[], start: number, at: number, found: CueMatch[]): void {
  for (const cue of node.cues) found.push({ cue, start, end: at });
  step(node, words, start, at, found);
}

/** Intensifiers that leave a phrase's meaning as it is: "that is simply not what", "i really do not see how". */
const INTENSIFIERS = new Set(['really', 'just', 'simply', 'actually', 'honestly', 'frankly', 'truly', 'genuinely', 'totally', 'completely',
  'entirely', 'absolutely', 'definitely', 'certainly', 'clearly', 'obviously', 'quite', 'very', 'still', 'literally', 'basically', 'fully', 'strongly']);

function step(node: TrieNode, words: readonly string[], start: number, at: number, found: CueMatch[]): void {
  if (at >= words.length) return;
  const word = words[at]!;
  const child = node.next.get(word);
  if (child) walk(child, words, start, at + 1, found);
  if (node.any && !isPunctuation(word)) walk(node.any, words, start, at + 1, found);
  // Inside a phrase (never before its first word), an intensifier the phrase does not name is stepped over.
  if (!child && at > start && INTENSIFIERS.has(word) && (node.next.size > 0 || node.any)) step(node, words, start, at + 1, found);
}

/** The first word that says something: past openers ("well", "oh", "I mean") and punctuation. */
export function firstContentWord(words: readonly string[]): number {
  let at = 0;
  for (;;) {
    if (at < words.length && (OPENERS.has(words[at]!) || isPunctuation(words[at]!))) at++;
    else if (words[at] === 'i' && words[at + 1] === 'mean') at += 2;
    else return at;
  }
}

function inPosition(match: CueMatch, tokens: Tokens): boolean {
  if (match.cue.position === 'anywhere') return true;
  const first = firstContentWord(tokens.words);
  if (match.start > first && match.start !== 0) return false;
  if (match.cue.position === 'start') return match.end - match.start > 1 || standsAlone(tokens.words[match.end]);
  // 'alone': every other word is an opener, punctuation, or a repeat of the cue's words ("Yeah, yeah.").
  const own = new Set(match.cue.words ?? tokens.words.slice(match.start, match.end));
  return tokens.words.every((word, index) =>
    (index >= match.start && index < match.end) || OPENERS.has(word) || isPunctuation(word) || own.has(word));
}

/** Words that can open the clause after an interjection: "No, …", "No it isn't", but not "No changes were made". */
const CLAUSE_OPENERS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'not', 'but', 'and', 'so', 'because', 'to', 'on', 'in', 'of', 'for', 'my', 'your', 'the']);

/** A one-word opener ("No", "Exactly", "Wrong") is an interjection only before punctuation, the end, or a new clause. */
function standsAlone(next: string | undefined): boolean {
  return next === undefined || isPunctuation(next) || CLAUSE_OPENERS.has(next);
}

function isQuoted(match: CueMatch, tokens: Tokens): boolean {
  for (let index = match.start; index < match.end; index++) if (tokens.quoted[index]) return true;
  return false;
}

/** Does `outer` strictly contain `inner` (same span is not containment: both cues stand)? */
function covers(outer: CueMatch, inner: CueMatch): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}
