// Parallel contrast (PDTB comparison.contrast): two clauses set side by side with opposite values, as in
// "The old build was slow, but the new one is fast" or "I agree with the conclusion, though I disagree
// with the framing", or about two different things named as bare subjects ("Cats are independent but dogs
// need attention") or as two of a kind ("my 401k … but my IRA …", "gas plants … but coal plants …"), or
// two predicates of one subject ("fine for scripts but a liability in large codebases").
// Nothing is conceded: the writer compares, so "but" and "though" here do not grant.
import { polarity } from '../evaluative.js';
import { isKeyWord } from '../terms.js';

/** Opposite values that mark the two sides of a comparison. */
const OPPOSITES: readonly (readonly [string, string])[] = [['slow', 'fast'], ['slowly', 'quickly'], ['slowly', 'fast'], ['more', 'less'], ['more', 'fewer'],
  ['easy', 'hard'], ['easier', 'harder'], ['high', 'low'], ['higher', 'lower'], ['rich', 'poor'], ['old', 'new'], ['early', 'late'],
  ['big', 'small'], ['large', 'small'], ['long', 'short'], ['cheap', 'expensive'], ['strong', 'weak'], ['hot', 'cold'], ['some', 'others'],
  ['many', 'few'], ['then', 'now'], ['before', 'now'], ['used', 'now'], ['agree', 'disagree'], ['like', 'dislike'], ['love', 'hate'], ['huge', 'tiny'], ['overrated', 'underrated'], ['better', 'worse'], ['best', 'worst'], ['good', 'bad'],
  ['upside', 'downside'], ['pros', 'cons']];

/** Verbs that follow a subject: auxiliaries, modals and a few common present-tense verbs. */
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should',
  'must', 'may', 'might', 'need', 'needs', 'seem', 'seems', 'tend', 'tends', 'get', 'gets', 'make', 'makes', 'feel', 'feels', 'look', 'looks']);

/** A content word right before a finite verb ("dogs need"), or a plural one before a present verb ("tabs render"): a bare noun subject. */
function startsWithBareSubject(words: readonly string[], at: number): boolean {
  const subject = words[at] ?? '';
  const verb = words[at + 1] ?? '';
  if (!isKeyWord(subject)) return false;
  return FINITE_VERBS.has(verb) || (/[^su]s$/.test(subject) && isKeyWord(verb) && !/(?:ly|ing|ed|s)$/.test(verb));
}

const PREPOSITIONS = new Set(['for', 'in', 'at', 'on', 'with', 'to', 'of', 'when', 'if', '.', ',', ';']);
const ADJECTIVE_ENDINGS = /(?:able|ible|ive|ous|ful|less|ent|ant|al|ic|ish|y)$/;

/** "fine for scripts but a liability in large codebases", "handy but unreliable for X": two predicates of one subject. */
function contrastsPredicates(words: readonly string[], at: number): boolean {
  // "continuous at 0 but not differentiable there": one subject, a property granted and one withheld.
  const withheld = words[at + 2] ?? '';
  if (words[at] === 'but' && words[at + 1] === 'not' && ADJECTIVE_ENDINGS.test(withheld) && !withheld.endsWith('ly') && words[at - 1] !== ',') return true;
  const next = words[at + 1] ?? '';
  if (next === 'a' || next === 'an') return isKeyWord(words[at + 2] ?? '') && PREPOSITIONS.has(words[at + 3] ?? '.');
  return isKeyWord(next) && ADJECTIVE_ENDINGS.test(next) && PREPOSITIONS.has(words[at + 2] ?? '.');
}

/** Do the words before and after the marker at `at` carry opposite values, or open with two different bare subjects? */
export function isParallelContrast(words: readonly string[], at: number): boolean {
  if (contrastsPredicates(words, at)) return true;
  const before = new Set(words.slice(0, at));
  const after = new Set(words.slice(at + 1));
  if (OPPOSITES.some(([a, b]) => (before.has(a) && after.has(b)) || (before.has(b) && after.has(a)))) return true;
  const first = words.findIndex((word) => /^\p{L}/u.test(word));
  if (first < 0 || first >= at) return false;
  return (words[first] !== words[at + 1] && startsWithBareSubject(words, first) && startsWithBareSubject(words, at + 1)) || pairedSubjects(words, first, at)
    || twoNamedSubjects(words, first, at);
}

/**
 * "The borrow checker makes refactors safer, but the compile times are painful": two things, each named, judged
 * with opposite values. When the second side only reports ("The tickets are expensive, yet the show sells
 * out"), it denies what the first led one to expect: a concession.
 */
function twoNamedSubjects(words: readonly string[], first: number, at: number): boolean {
  const before = nounSubjectHead(words, first);
  const after = nounSubjectHead(words, at + 1);
  if (before === null || after === null || before === after) return false;
  const judged = (side: readonly string[]) => Math.sign(side.reduce((sum, word) => sum + polarity(word), 0));
  return judged(words.slice(first, at)) * judged(words.slice(at + 1)) < 0;
}

const POSSESSIVES = new Set(['my', 'your', 'our', 'their', 'his', 'her']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', ...POSSESSIVES]);
/** Present verbs in "-s" that commonly follow a singular noun subject ("Java dominates", "the queue takes"). */
const S_VERB = /^[a-z]{3,}[^su]s$/;

/** The head noun of a noun-phrase subject opening at `at` ("the scheduling queue is", "Java dominates"), or null. */
function nounSubjectHead(words: readonly string[], at: number): string | null {
  const start = DETERMINERS.has(words[at] ?? '') ? at + 1 : at;
  for (let end = start; end < start + 3; end++) {
    if (!isKeyWord(words[end] ?? '') || words[end]!.endsWith('ly')) return null;
    const verb = words[end + 1] ?? '';
    if (FINITE_VERBS.has(verb) || (S_VERB.test(verb) && !/s$/.test(words[end]!))) return words[end]!;
  }
  return null;
}

/** "My 401k is in stocks but my IRA is in bonds", "Gas plants ramp fast but coal plants don't": two subjects of one kind. */
function pairedSubjects(words: readonly string[], first: number, at: number): boolean {
  if (POSSESSIVES.has(words[first]!) && words[at + 1] === words[first]) return true;
  // The same head noun with a different modifier.
  if (words[first] === words[at + 1]) return false;
  return [1, 2].some((offset) => isKeyWord(words[first + offset] ?? '') && first + offset < at && words[first + offset] === words[at + 1 + offset]);
}
