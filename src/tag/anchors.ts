// Where a pattern cue can match: a word every match must contain, at the start of a word ("concede" in
// "\bi (?:will |must )?concede\b"), or a required group of such words ("sympathi"/"empathi"). A sentence
// then runs only the patterns whose anchor begins one of its words (and whose other required words are
// there too), instead of every pattern scanning every sentence. A pattern we cannot read this way is always run: anchors only ever skip work, never
// matches (tests/tag/anchors.test.ts checks that on thousands of real sentences).
// The index also reads where a required word must end: "i" in "\bi (?:take|retract)" is the word "i" (or a
// part of one, as in "x-i"), not any word starting with "i" ("in", "is", "it"), which most sentences hold.

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
export function patternRequirements(source: string): string[][][] | null {
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

/**
 * Per branch (in indexedRequirements' order): for a branch opening with "^" and then a literal or an unquantified
 * group of literals, the word starts a match begins with, which the sentence's first word must have; else null.
 * Most such patterns are tried because some word further on meets their requirements, and fail at once.
 */
export function openingRequirements(source: string): (string[] | null)[] | null {
  return topLevelBranches(source)?.map(openingSet) ?? null;
}

function openingSet(branch: string): string[] | null {
  if (!branch.startsWith('^')) return null;
  if (/^[a-z0-9]/.test(branch[1] ?? '') && !QUANTIFIERS.includes(branch[2] ?? '')) return requiredWordSets(branch)[0] ?? null;
  if (!branch.startsWith('(?:', 1)) return null;
  const end = closingParen(branch, 1);
  if (end < 0 || QUANTIFIERS.includes(branch[end + 1] ?? '') || branch[end + 1] === '+') return null;
  const prefixes = (splitTopLevel(branch.slice(4, end)) ?? []).map((alternative) => literalPrefix(alternative, branch.slice(end + 1)));
  return prefixes.length > 0 && prefixes.every((prefix) => prefix.length > 0) ? prefixes : null;
}

/**
 * Per branch (as topLevelBranches splits them): the word starts every match of the branch begins with, when
 * past any lookbehinds it opens with "^" or "\\b" and then a literal or an unquantified group of literals; null
 * for the whole pattern when some branch does not. A match then starts where a word or a part of one
 * ("effects" in "side-effects") begins with one of those starts, so it is tried only there (match.ts).
 */
export function leadingStarts(source: string): string[][] | null {
  const starts = topLevelBranches(source)?.map(leadingSet) ?? null;
  return starts === null || starts.some((set) => set === null) ? null : (starts as string[][]);
}

function leadingSet(branch: string): string[] | null {
  let rest = pastLookbehinds(branch);
  if (rest === null) return null;
  if (rest.startsWith('^')) rest = rest.slice(1);
  else if (rest.startsWith('\\b')) rest = rest.slice(2);
  else return null;
  rest = pastLookbehinds(rest);
  if (rest === null) return null;
  if (!rest.startsWith('(?:')) return leadingStart(rest, '');
  const end = closingParen(rest, 0);
  if (end < 0 || QUANTIFIERS.includes(rest[end + 1] ?? '') || rest[end + 1] === '+') return null;
  const after = rest.slice(end + 1);
  const starts = (splitTopLevel(rest.slice(3, end)) ?? []).map((alternative) => leadingStart(pastLookbehinds(alternative) ?? '', after));
  return starts.length > 0 && starts.every((start) => start !== null) ? starts.flat() : null;
}

/** What a match of `text` (then `after`) begins with: a literal word start ("said", "i "), a digit (DIGIT), or null. */
function leadingStart(text: string, after: string): string[] | null {
  if (text.startsWith('\\d')) return canBeAbsent(text, 1) ? null : [DIGIT];
  if (!/^[a-z0-9]/.test(text) || QUANTIFIERS.includes(text[1] ?? '') || text[1] === '+') return null;
  return [literalPrefix(text, after)];
}

/** `text` past the lookbehinds it opens with (they match nothing themselves), or null if one does not close. */
function pastLookbehinds(text: string): string | null {
  let rest = text;
  while (rest.startsWith('(?<!') || rest.startsWith('(?<=')) {
    const end = closingParen(rest, 0);
    if (end < 0) return null;
    rest = rest.slice(end + 1);
  }
  return rest;
}

/** Words in nearly every sentence: as anchors they would run their pattern almost always. */
const COMMON_WORDS = new Set(['i', 'you', 'we', 'it', 'a', 'an', 'the', 'this', 'that', 'my', 'your', 'to', 'of', 'and', 'is', 'are',
  'was', 'were', 'be', 'do', 'does', 'did', 'not', 'have', 'has', 'had', 'in', 'on', 'for', 'with']);

/** The best set has the fewest common words, then the longest shortest member ("i" matches far more words than "concede"). */
const commonCount = (set: readonly string[]) => set.filter((start) => COMMON_WORDS.has(bare(start))).length;
const distinctiveness = (set: readonly string[]) => Math.min(...set.map((start) => (start === DIGIT ? 1 : bare(start).length)));
const QUANTIFIERS = ['?', '*', '{'];

/**
 * The pattern's branches, with a group that opens a branch distributed over it: "\b(?:my guess is|i suspect)
 * that" is "\bmy guess is that|\bi suspect that", whose branches each require several words, where the whole
 * only required a word starting "my" or "i" (most sentences). Distributing keeps what can match, so it only
 * finds more words every match must contain. Past MAX_BRANCHES the pattern is read as written.
 */
function topLevelBranches(source: string): string[] | null {
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  const split: string[] = [];
  for (const branch of branches) {
    const opening = openingGroup(branch);
    const inner = opening === null ? null : topLevelBranches(opening.group);
    if (opening === null || inner === null) split.push(branch);
    else for (const alternative of inner) split.push(opening.before + alternative + opening.after);
  }
  return split.length > MAX_BRANCHES ? branches : split;
}
const MAX_BRANCHES = 64;

/** A branch opening with a group ("^(?:…)…", "\b(?:…)…", "(?:…)…") that no quantifier follows: its inside and what is around it. */
function openingGroup(branch: string): { before: string; group: string; after: string } | null {
  const before = branch.startsWith('^') ? '^' : branch.startsWith('\\b') ? '\\b' : '';
  if (!branch.startsWith('(?:', before.length)) return null;
  const end = closingParen(branch, before.length);
  if (end < 0 || QUANTIFIERS.includes(branch[end + 1] ?? '') || branch[end + 1] === '+') return null;
  return { before, group: branch.slice(before.length + 3, end), after: branch.slice(end + 1) };
}

/** The pattern split at its top-level "|", or null if its brackets do not balance. */
function splitTopLevel(source: string): string[] | null {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') { index++; continue; }
    if (char === '[') { index = source.indexOf(']', index); if (index < 0) return null; continue; }
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) { branches.push(source.slice(start, index)); start = index + 1; }
  }
  branches.push(source.slice(start));
  return depth === 0 ? branches : null;
}

/**
 * What every match of a branch contains at the start of a word, outside optional parts: literal words,
 * and groups whose every alternative starts with letters. A word starts after "^", "\b" or a space.
 */
function requiredWordSets(source: string): string[][] {
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

/** The index of the last character of the atom ending at `end`, with its quantifier ("?", "+", "{0,3}"). */
function afterQuantifier(source: string, end: number): number {
  const next = source[end + 1];
  if (next === '{') return source.indexOf('}', end);
  return next === '?' || next === '*' || next === '+' ? end + 1 : end;
}

/** May the atom ending at `end` match nothing ("\\d?", "\\d*", "\\d{0,2}")? */
const canBeAbsent = (source: string, end: number): boolean => source[end + 1] === '?' || source[end + 1] === '*' || source.startsWith('{0', end + 1);

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    if (source[index] === '\\') { index++; continue; }
    // A bracket inside a class ("[,;(]") is a character, not a group.
    if (source[index] === '[') { index = source.indexOf(']', index); if (index < 0) return -1; continue; }
    if (source[index] === '(') depth++;
    else if (source[index] === ')' && --depth === 0) return index;
  }
  return -1;
}

/** The inside of the group opening at `open` and closing at `end` when it is "(?<=…)" or "(?=…)", else null. */
function positiveLookaround(source: string, open: number, end: number): string | null {
  if (source.startsWith('(?<=', open)) return source.slice(open + 4, end);
  return source.startsWith('(?=', open) ? source.slice(open + 3, end) : null;
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
function literalPrefix(alternative: string, after: string): string {
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
