// A statement whose subject is a thing under discussion, in the present: "It isn't a style question.",
// "There is no second copy of the data.", "That has nothing to do with the compiler.", "The only drawback
// is the size.", "This protocol does not exist yet." On real forum replies these are the commonest claims the
// tagger missed (LABELLING: a verdict about the matter at hand, short or long, needs no opinion word): the
// claim rule's "a statement" alone is too weak to show, since most sentences are statements. What sets these
// apart is the clause's shape: a subject that stands for the thing talked about (a pronoun, or a noun phrase
// opened by a determiner; not the writer, not the reader, not a character of a story: "he", "she"), then a
// present or modal verb of its own. Not presentatives ("Here is …"), not wh-clauses ("What is …"), not the
// past ("It was …"), not a lead-in or a question (their own rules), and not an exclamation or a trailing aside
// ("That is news to me!", "These are the days of our lives..."), nor where or when a thing is ("The keys are in
// the drawer"), as in rules/short-assertion.ts.
// Sentences under six words are read by rules/short-assertion.ts.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';
import { isKeyWord } from '../terms.js';
import { MID_ADVERBS, PRESENT_OR_MODAL, STATEMENT } from './claim.js';
import { saysWhereOrWhen } from './short-assertion.js';

/** Pronouns that stand for the matter discussed, or quantify over it. */
export const THING_SUBJECTS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'there', 'nothing', 'everything', 'nobody', 'everyone', 'none']);
/** Determiners that open a noun phrase naming a thing ("the only drawback", "this protocol", "some parts of code"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'such', 'each', 'every', 'no', 'any', 'most', 'all', 'some', 'many', 'your', 'their', 'its', 'our', 'my']);
/** Words a noun phrase does not run across: another clause's subject, a connective, a clause edge. */
const PHRASE_ENDS = new Set(['i', 'you', 'we', 'he', 'she', 'they', 'it', 'who', 'which', 'what', 'when', 'where', 'if', 'because', 'and', 'but', 'or', 'that', 'to', ',', ':', ';', '(', ')', '-', '.']);
/** Words a subject noun phrase may run to before its verb ("the use of the old flag for tests is"). */
const MAX_PHRASE = 5;

/** Sentence adverbs before the subject ("Also, it is …", "Then this can …"). */
const SENTENCE_ADVERBS = new Set(['also', 'then', 'now', 'still', 'plus', 'anyway', 'otherwise', 'besides', 'yet', 'however', 'again', 'ultimately']);
/** "!" and "…" end exclamations and trailing asides more often than verdicts. */
export const EXCLAIMS = /(?:!|\.\.|…)[\s"”')\]]*$/;
/** Singular subjects that take a verb in "-s" ("it works", "this means", "nothing beats"). */
const SINGULAR = new Set(['it', 'this', 'that', 'nothing', 'everything', 'nobody', 'everyone', 'none']);

/** The index of the clause's subject: after openers ("And", "But"), sentence adverbs and commas. */
function subjectAt(words: readonly string[]): number {
  let at = firstContentWord(words);
  while (at < words.length && (SENTENCE_ADVERBS.has(words[at]!) || words[at]!.endsWith('ly') || words[at] === ',')) at++;
  return at;
}

/** The index of the verb after `at`, past "not" and mid-sentence adverbs ("is not", "can only"). */
function verbAt(words: readonly string[], at: number): number {
  while (at < words.length && (words[at] === 'not' || MID_ADVERBS.has(words[at]!))) at++;
  return at;
}

/** Does a present or modal verb of the pronoun's own follow it? */
export function pronounThenPresent(words: readonly string[], subject: number): boolean {
  const verb = words[verbAt(words, subject + 1)] ?? '';
  if (PRESENT_OR_MODAL.has(verb)) return true;
  // Right after a pronoun a word in "-s" is its verb ("this applies", "it ties in"); "was" is no key word.
  return SINGULAR.has(words[subject]!) && isKeyWord(verb) && /[^su]s$/.test(verb);
}

/** A determiner, the rest of its noun phrase, then a present or modal verb ("the only drawback is"). */
export function phraseThenPresent(words: readonly string[], subject: number): boolean {
  for (let at = subject + 2; at <= subject + MAX_PHRASE && at < words.length; at++) {
    if (PHRASE_ENDS.has(words[at]!)) return false;
    if (PRESENT_OR_MODAL.has(words[verbAt(words, at)] ?? '')) return true;
  }
  return false;
}

export const thingAssertionRule: Rule = ({ text, tokens, signals }) => {
  const { words } = tokens;
  const subject = subjectAt(words);
  const word = words[subject] ?? '';
  // The subject first: it rules out most sentences at the cost of a few set lookups.
  const thing = (THING_SUBJECTS.has(word) && pronounThenPresent(words, subject)) || (DETERMINERS.has(word) && phraseThenPresent(words, subject));
  if (!thing || tokens.quoted[subject] || saysWhereOrWhen(words) || EXCLAIMS.test(text)) return [];
  // The claim rule has read it as a statement of six words or more, and nothing has read it as a question.
  if (!signals.some((signal) => signal.id === STATEMENT) || hasSignal(signals, 'question')) return [];
  return [{ tag: 'claim', cue: 'an assertion about the matter (it is …, the X is …)', weight: 0.3, at: subject, id: 'thing-assertion' }];
};
