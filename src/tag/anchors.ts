// Where a pattern cue can match: a word every match must contain, at the start of a word ("concede" in
// "\bi (?:will |must )?concede\b"), or a required group of such words ("sympathi"/"empathi"). A sentence
// then runs only the patterns whose anchor begins one of its words (and whose other required words are
// there too), instead of every pattern scanning every sentence. A pattern we cannot read this way is always run: anchors only ever skip work, never
// matches (tests/tag/anchors.test.ts checks that on thousands of real sentences).
// The index also reads where a required word must end: "i" in "\bi (?:take|retract)" is the word "i" (or a
// part of one, as in "x-i"), not any word starting with "i" ("in", "is", "it"), which most sentences hold.
// The words a match begins with (its leads) are pattern-leads.ts; reading the regex's text is pattern-syntax.ts.
import { afterQuantifier, canBeAbsent, closingParen, positiveLookaround, QUANTIFIERS, splitTopLevel, topLevelBranches } from './pattern-syntax.js';

/** Marks a start the pattern follows with a space, "\s" or "\b" (e.g. "i "): the word, or a part of it
 * ("side" in "side-effects"), must end after it, at the end of the word or before a character "\b" sees as
 * a word's end. */
export const WORD_END = ' ';
const bare = (start: string): string => (start.endsWith(WORD_END) ? start.slice(0, -1) : start);
/** The start "a digit opens the word or a part of it", for "\\b\\d+k" ("70k"); no word holds a backslash and a letter. */
export const DIGIT = '\\d';

/** Literal word starts one of which every match contains, or null when unknown. */
export function patternAnchors(source: string): string[] | null {
  return patternRequirements(source)?.flatMap((branch) => branch[0]!) ?? null;
}

/**
 * Per top-level branch ("\ba…|\bb…"), every group of literal word starts a match of that branch must contain
 * one of, most distinctive group first; null when some branch has none (the pattern is always run). A match
 * of a branch contains a word from each of its groups, so requiring them all skips more sentences than the first.
 */
function patternRequirements(source: string): string[][][] | null {
  const words = indexedRequirements(source)?.map((branch) => branch.filter((set) => !set.includes(DIGIT)).map((set) => set.map(bare)));
  return words === undefined || words.some((branch) => branch.length === 0) ? null : words;
}

/**
 * What lexicon-index.ts indexes: patternRequirements, with the starts a word must end after marked (WORD_END)
 * and a required digit (DIGIT) as a group of its own.
 */
export function indexedRequirements(source: string): string[][][] | null {
  const branches = topLevelBranches(source);
  if (branches === null) return null;
  const requirements: string[][][] = [];
  for (const branch of branches) {
    const sets = requiredWordSets(branch);
    if (sets.length === 0) return null;
    // Each set's rank computed once (the lexicon is indexed at start-up, where every millisecond shows).
    const ranked = sets.map((set) => ({ set, common: commonCount(set), distinct: distinctiveness(set) }));
    ranked.sort((a, b) => a.common - b.common || b.distinct - a.distinct || a.set.length - b.set.length);
    requirements.push(ranked.map(({ set }) => set));
  }
  return requirements;
}

/** Words in nearly every sentence: as anchors they would run their pattern almost always. */
const COMMON_WORDS = new Set(['i', 'you', 'we', 'it', 'a', 'an', 'the', 'this', 'that', 'my', 'your', 'to', 'of', 'and', 'is', 'are',
  'was', 'were', 'be', 'do', 'does', 'did', 'not', 'have', 'has', 'had', 'in', 'on', 'for', 'with']);

/** The best set has the fewest common words, then the longest shortest member ("i" matches far more words than "concede"). */
const commonCount = (set: readonly string[]) => set.filter((start) => COMMON_WORDS.has(bare(start))).length;
const distinctiveness = (set: readonly string[]) => Math.min(...set.map((start) => (start === DIGIT ? 1 : bare(start).length)));

/**
 * What every match of a branch contains at the start of a word, outside optional parts: literal words,
 * and groups whose every alternative starts with letters. A word starts after "^", "\b" or a space.
 */
export function requiredWordSets(source: string): string[][] {
  const sets: string[][] = [];
  let run = '';
  let runAtWordStart = false;
  let wordStart = false;
  const finish = (endsWord = false) => { if (runAtWordStart && run !== '') sets.push([endsWord ? wordEnd(run) : run]); run = ''; };
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    const next = source[index + 1] ?? '';
    if (char === '^' && index === 0) { wordStart = true; continue; }
    if (char === '\\') {
      finish(next === 'b' || (next === 's' && !QUANTIFIERS.includes(source[index + 2] ?? '')));
      if (next === 'd' && wordStart && !canBeAbsent(source, index + 1)) sets.push([DIGIT]);
      wordStart = next === 'b';
      index = afterQuantifier(source, index + 1);
      continue;
    }
    if (char === '(' || char === '[') {
      finish();
      const end = char === '(' ? closingParen(source, index) : source.indexOf(']', index);
      if (end < 0) return [];
      const optional = QUANTIFIERS.includes(source[end + 1] ?? '');
      if (char === '(' && wordStart && !optional && source.startsWith('(?:', index)) {
        const after = source.slice(end + 1);
        const prefixes = (splitTopLevel(source.slice(index + 3, end)) ?? []).map((alternative) => literalPrefix(alternative, after));
        if (prefixes.length > 0 && prefixes.every((prefix) => prefix.length > 0)) sets.push(prefixes);
      }
      // What a lookbehind or lookahead that must hold ("(?<=\bthe (?:idea|claim) that\b…)") looks at is in the
      // sentence too: its required words count (one branch only; a negative one requires nothing).
      const around = char === '(' && !optional ? positiveLookaround(source, index, end) : null;
      if (around !== null && splitTopLevel(around)?.length === 1) sets.push(...requiredWordSets(around));
      // After "i (?:will |must )?" the next literal still starts a word; after most groups we cannot tell.
      wordStart = char === '(' && ((wordStart && optional) || endsEveryAlternativeWithSpace(source.slice(index + 1, end)));
      index = afterQuantifier(source, end);
      continue;
    }
    if (char === ' ' && !QUANTIFIERS.includes(next)) { finish(true); wordStart = true; continue; }
    if (/[a-z0-9'-]/.test(char) && !QUANTIFIERS.includes(next)) {
      if (run === '') runAtWordStart = wordStart;
      run += char;
      wordStart = false;
      if (next === '+') { finish(); index++; }
      continue;
    }
    finish(char === '$');
    wordStart = false;
    index = afterQuantifier(source, index);
  }
  finish();
  return sets;
}


function endsEveryAlternativeWithSpace(group: string): boolean {
  const alternatives = splitTopLevel(group.replace(/^\?:/, ''));
  return alternatives !== null && alternatives.every((alternative) => alternative.endsWith(' '));
}

/**
 * The letters an alternative must start with: up to the first character that is not a plain required letter;
 * marked (WORD_END) when a word ends there: a space or "\b" follows, in the alternative or, when the whole
 * alternative is letters, right after its group (`after`).
 */
export function literalPrefix(alternative: string, after: string): string {
  let prefix = '';
  for (let index = 0; index < alternative.length; index++) {
    const char = alternative[index]!;
    if (!/[a-z0-9']/.test(char) || QUANTIFIERS.includes(alternative[index + 1] ?? '')) return endsAWord(alternative.slice(index)) ? wordEnd(prefix) : prefix;
    prefix += char;
  }
  return endsAWord(after) ? wordEnd(prefix) : prefix;
}

/** Does `rest`, what follows a literal in a pattern, begin with a word's end: an unquantified space, or "\b"? */
const endsAWord = (rest: string): boolean => (rest[0] === ' ' && !QUANTIFIERS.includes(rest[1] ?? '')) || rest.startsWith('\\b');

/** A literal marked as ending a word; "\b" after a letter or digit, so a literal ending in "'" or "-" stays a start. */
const wordEnd = (literal: string): string => (/[a-z0-9]$/.test(literal) ? literal + WORD_END : literal);
