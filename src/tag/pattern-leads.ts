// Leads: the literal words a pattern's match begins with. lexicon-index.ts keys them so match.ts tries a
// pattern only where a word can begin its match (pattern-starts.ts), and a "^" pattern only when the
// sentence's first word can. Required words anywhere in a match are anchors.ts.
import { DIGIT, literalPrefix, requiredWordSets } from './anchors.js';
import { canBeAbsent, closingParen, QUANTIFIERS, splitTopLevel, topLevelBranches } from './pattern-syntax.js';

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
