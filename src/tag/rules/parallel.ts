// Parallel contrast (PDTB comparison.contrast): two clauses set side by side with opposite values, as in
// "The old build was slow, but the new one is fast" or "I agree with the conclusion, though I disagree
// with the framing". Nothing is conceded: the writer compares, so "but" and "though" here do not grant.

/** Opposite values that mark the two sides of a comparison. */
const OPPOSITES: readonly (readonly [string, string])[] = [['slow', 'fast'], ['slowly', 'quickly'], ['more', 'less'], ['more', 'fewer'],
  ['easy', 'hard'], ['easier', 'harder'], ['high', 'low'], ['higher', 'lower'], ['rich', 'poor'], ['old', 'new'], ['early', 'late'],
  ['big', 'small'], ['large', 'small'], ['long', 'short'], ['cheap', 'expensive'], ['strong', 'weak'], ['hot', 'cold'], ['some', 'others'],
  ['many', 'few'], ['then', 'now'], ['before', 'now'], ['used', 'now'], ['agree', 'disagree'], ['like', 'dislike'], ['love', 'hate']];

/** Do the words before and after the marker at `at` carry opposite values? */
export function isParallelContrast(words: readonly string[], at: number): boolean {
  const before = new Set(words.slice(0, at));
  const after = new Set(words.slice(at + 1));
  return OPPOSITES.some(([a, b]) => (before.has(a) && after.has(b)) || (before.has(b) && after.has(a)));
}
