// Where the lexicon's cues occur in a sentence. Cost: one trie walk per word (bounded by the longest
// phrase) plus one scan per candidate pattern cue (candidates.ts), so linear in the sentence. A phrase may
// have intensifiers inside it in the text ("that is simply not true" matches "that is not true"). Reported speech inside quotation
// marks is someone else's and matches nothing; a cue inside a longer cue of its tag ("not true" in "that is not true") yields;
// across tags both stand ("data suggests" is evidence, "suggests" a hedge), and negation sorts out "not sure".
import type { Cue, Lexicon } from './lexicon.js';
import type { TrieNode } from './lexicon-index.js';
import { candidatePatterns, sentenceEntries } from './candidates.js';
import { startWords } from './pattern-starts.js';
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
  const { words } = tokens;
  const entries = sentenceEntries(tokens, lexicon);
  const root = lexicon.trie;
  for (let start = 0; start < words.length; start++) {
    // walk(root, …) with the root's step read off the word's entry (its child is entries[start].opens).
    for (const cue of root.cues) found.push({ cue, start, end: start });
    const child = entries[start]!.opens;
    if (child) walk(child, words, start, start + 1, found);
    if (root.any && !isPunctuation(words[start]!)) walk(root.any, words, start, start + 1, found);
  }
  const candidates = candidatePatterns(words, lexicon, entries);
  const starts = startWords(tokens, lexicon, entries, candidates);
  for (let at = 0; at < candidates.length; at++) {
    const within = starts[at]!;
    if (within === null) scanAll(tokens, lexicon.patterns[candidates[at]!]!, found);
    else tryAt(tokens, lexicon.patterns[candidates[at]!]!, lexicon.sticky[candidates[at]!]!, within, found);
  }
  const placed = found.filter((match) => inPosition(match, tokens) && !isQuoted(match, tokens));
  return placed.filter((match) => !placed.some((other) => other.cue.tag === match.cue.tag && covers(other, match)));
}

/** Every match of a pattern cue, left to right, scanning the whole sentence. */
function scanAll(tokens: Tokens, cue: Cue, found: CueMatch[]): void {
  // exec with lastIndex rather than matchAll, which copies the regular expression on every call.
  const pattern = cue.pattern!;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(tokens.joined); match; match = pattern.exec(tokens.joined)) {
    if (match[0].length === 0) { pattern.lastIndex++; continue; }
    found.push(matchOf(tokens, cue, match));
  }
}

/**
 * The same matches as scanAll, trying the sticky pattern only where a word in `within` or a part of it
 * ("effects" in "side-effects") begins: every match of the cue begins at one (pattern-starts.ts). As a scan
 * does, a match is looked for only past the end of the last.
 */
function tryAt(tokens: Tokens, cue: Cue, sticky: RegExp, within: readonly number[], found: CueMatch[]): void {
  let free = 0;
  for (const index of within) {
    const word = tokens.words[index]!;
    const offset = tokens.offsets[index]!;
    for (let part = 0; part < word.length; part = nextPart(word, part)) {
      if (offset + part < free) continue;
      sticky.lastIndex = offset + part;
      const match = sticky.exec(tokens.joined);
      if (match === null) continue;
      found.push(matchOf(tokens, cue, match));
      free = offset + part + match[0].length;
    }
  }
}

/** After "'" or "-" inside a word, or the word's end. */
function nextPart(word: string, from: number): number {
  for (let at = from; at < word.length - 1; at++) {
    const code = word.charCodeAt(at);
    if (code === 39 || code === 45) return at + 1;
  }
  return word.length;
}

function matchOf(tokens: Tokens, cue: Cue, match: RegExpExecArray): CueMatch {
  return { cue, start: wordAt(tokens, match.index), end: wordAt(tokens, match.index + match[0].length - 1) + 1 };
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
