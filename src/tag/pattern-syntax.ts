// Reading a regular expression's source as text: its top-level branches, where a group closes, what a
// quantifier covers. anchors.ts and pattern-leads.ts read required and leading words through these.

export const QUANTIFIERS = ['?', '*', '{'];

/**
 * The pattern's branches, with a group that opens a branch distributed over it: "\b(?:my guess is|i suspect)
 * that" is "\bmy guess is that|\bi suspect that", whose branches each require several words, where the whole
 * only required a word starting "my" or "i" (most sentences). Distributing keeps what can match, so it only
 * finds more words every match must contain. Past MAX_BRANCHES the pattern is read as written.
 */
export function topLevelBranches(source: string): string[] | null {
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
export function splitTopLevel(source: string): string[] | null {
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

/** The index of the last character of the atom ending at `end`, with its quantifier ("?", "+", "{0,3}"). */
export function afterQuantifier(source: string, end: number): number {
  const next = source[end + 1];
  if (next === '{') return source.indexOf('}', end);
  return next === '?' || next === '*' || next === '+' ? end + 1 : end;
}

/** May the atom ending at `end` match nothing ("\\d?", "\\d*", "\\d{0,2}")? */
export const canBeAbsent = (source: string, end: number): boolean => source[end + 1] === '?' || source[end + 1] === '*' || source.startsWith('{0', end + 1);

export function closingParen(source: string, open: number): number {
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
export function positiveLookaround(source: string, open: number, end: number): string | null {
  if (source.startsWith('(?<=', open)) return source.slice(open + 4, end);
  return source.startsWith('(?=', open) ? source.slice(open + 3, end) : null;
}
