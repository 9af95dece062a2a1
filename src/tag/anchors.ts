// Where a pattern cue can start: the literal beginnings of its first word ("increase" for
// "\b(?:increase[sd]?|reduce[sd]?)"), so a sentence runs only the patterns whose first word it has,
// instead of every pattern scanning every sentence. A pattern we cannot read this way (no leading \b or ^,
// an optional or classed first word) is simply always run: the anchors only ever skip work, never matches.

/** Literal prefixes one of which begins the word where any match starts, or null when unknown. */
export function patternAnchors(source: string): string[] | null {
  // "\ba…|\bb…": every top-level branch must be anchored, and the anchors are all of theirs.
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  const anchors: string[] = [];
  for (const branch of branches) {
    const found = branchAnchors(branch);
    if (found === null) return null;
    anchors.push(...found);
  }
  return anchors;
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

/** A branch's anchors: its most distinctive required word or word group, else its first word's starts. */
function branchAnchors(source: string): string[] | null {
  const sets = requiredWordSets(source);
  const score = (set: string[]) => Math.min(...set.map((word) => word.length));
  const best = sets.sort((a, b) => score(b) - score(a) || a.length - b.length)[0];
  if (best && score(best) >= MIN_REQUIRED_WORD) return best;
  return firstWordAnchors(source);
}

/** Shorter anchors ("i", "is") would send the pattern to most sentences. */
const MIN_REQUIRED_WORD = 4;
const QUANTIFIERS = ['?', '*', '{'];

/**
 * What every match contains at the start of a word, outside optional parts: literal words ("concede" in
 * "\\bi (?:will |must )?concede\\b") and required groups ("sympathi"/"empathi" in "(?:sympathi[sz]e|empathi[sz]e)").
 * Each found set means: a matching sentence has a word starting with one of these.
 */
function requiredWordSets(source: string): string[][] {
  const sets: string[][] = [];
  let run = '';
  let runAtWordStart = false;
  let wordStart = false;
  const finish = () => { if (runAtWordStart && run !== '') sets.push([run]); run = ''; };
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    const next = source[index + 1] ?? '';
    if (char === '^' && index === 0) { wordStart = true; continue; }
    if (char === '\\') {
      finish();
      wordStart = next === 'b';
      index++;
      if (QUANTIFIERS.includes(source[index + 1] ?? '')) index++;
      continue;
    }
    if (char === '(' || char === '[') {
      finish();
      const end = char === '(' ? closingParen(source, index) : source.indexOf(']', index);
      if (end < 0) return [];
      const optional = QUANTIFIERS.includes(source[end + 1] ?? '');
      if (char === '(' && wordStart && !optional && source.startsWith('(?:', index)) {
        const prefixes = (splitTopLevel(source.slice(index + 3, end)) ?? []).map(literalPrefix);
        if (prefixes.length > 0 && prefixes.every((prefix) => prefix.length > 0)) sets.push(prefixes);
      }
      // After "i (?:will |must )?" the next literal still starts a word; after most groups we cannot tell.
      wordStart = char === '(' && ((wordStart && optional) || endsEveryAlternativeWithSpace(source.slice(index, end)));
      index = afterQuantifier(source, end);
      continue;
    }
    if (char === ' ' && !QUANTIFIERS.includes(next)) { finish(); wordStart = true; continue; }
    if (/[a-z0-9'-]/.test(char) && !QUANTIFIERS.includes(next)) {
      if (run === '') runAtWordStart = wordStart;
      run += char;
      wordStart = false;
      if (next === '+') { finish(); index++; }
      continue;
    }
    finish();
    wordStart = false;
    if (QUANTIFIERS.includes(next) || next === '+') index++;
  }
  finish();
  return sets;
}

/** The index of the last character of a group or class ending at `end`, with its quantifier ("?", "+", "{0,3}"). */
function afterQuantifier(source: string, end: number): number {
  const next = source[end + 1];
  if (next === '{') return source.indexOf('}', end);
  return next === '?' || next === '*' || next === '+' ? end + 1 : end;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    if (source[index] === '\\') { index++; continue; }
    if (source[index] === '(') depth++;
    else if (source[index] === ')' && --depth === 0) return index;
  }
  return -1;
}

function endsEveryAlternativeWithSpace(group: string): boolean {
  const inner = group.replace(/^\((?:\?:)?/, '');
  const alternatives = splitTopLevel(inner);
  return alternatives !== null && alternatives.every((alternative) => alternative.endsWith(' '));
}

function firstWordAnchors(source: string): string[] | null {
  const body = source.startsWith('^') ? source.slice(1) : source.startsWith('\\b') ? source.slice(2) : null;
  if (body === null) return null;
  const alternatives = body.startsWith('(?:') ? topLevelAlternatives(body.slice(3)) : [body];
  if (alternatives === null) return null;
  const prefixes = alternatives.map(literalPrefix);
  return prefixes.every((prefix) => prefix.length > 0) ? prefixes : null;
}

/** The alternatives of a group whose body starts at `source` (just after "(?:"); null if unbalanced or optional. */
function topLevelAlternatives(source: string): string[] | null {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') { index++; continue; }
    if (char === '[') { index = source.indexOf(']', index); if (index < 0) return null; continue; }
    if (char === '(') depth++;
    else if (char === '|' && depth === 0) { alternatives.push(source.slice(start, index)); start = index + 1; }
    else if (char === ')') {
      if (depth > 0) { depth--; continue; }
      // A group that may match nothing ("(?:a|b)?", "(?:…)*") gives no anchor.
      if (['?', '*'].includes(source[index + 1] ?? '') || source.startsWith('{0', index + 1)) return null;
      alternatives.push(source.slice(start, index));
      return alternatives;
    }
  }
  return null;
}

/** The letters an alternative must start with: up to the first character that is not a plain required letter. */
function literalPrefix(alternative: string): string {
  let prefix = '';
  for (let index = 0; index < alternative.length; index++) {
    const char = alternative[index]!;
    if (!/[a-z0-9']/.test(char)) break;
    if (['?', '*', '{'].includes(alternative[index + 1] ?? '')) break;
    prefix += char;
  }
  return prefix;
}
