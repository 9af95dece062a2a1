// A statement whose subject is a thing under discussion, in the present: "It isn't a style question.",
// "There is no second copy of the data.", "That has nothing to do with the compiler.", "They can only
// compare the two." On real forum replies these are the commonest claims the tagger missed (LABELLING: a
// verdict about the matter at hand, short or long, needs no opinion word): the claim rule's "a statement"
// alone is too weak to show, since most sentences are statements. What sets these apart is the clause's
// shape: a pronoun that stands for the thing talked about (not the writer, not the reader, not a character
// of a story: "he", "she"), then a present or modal verb of its own. Not presentatives ("Here is …"), not
// wh-clauses ("What is …"), not the past ("It was …"), not a lead-in or a question (their own rules).
// Sentences under six words are read by rules/short-assertion.ts.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';
import { isKeyWord } from '../terms.js';
import { MID_ADVERBS, PRESENT_OR_MODAL, STATEMENT } from './claim.js';

/** Pronouns that stand for the matter discussed, or quantify over it. */
const THING_SUBJECTS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'there', 'nothing', 'everything', 'nobody', 'everyone', 'none']);
/** Sentence adverbs before the subject ("Also, it is …", "Then this can …"). */
const SENTENCE_ADVERBS = new Set(['also', 'then', 'now', 'still', 'plus', 'anyway', 'otherwise', 'besides', 'yet', 'however', 'again', 'ultimately']);
/** Singular subjects that take a verb in "-s" ("it works", "this means", "nothing beats"). */
const SINGULAR = new Set(['it', 'this', 'that', 'nothing', 'everything', 'nobody', 'everyone', 'none']);

/** The index of the clause's subject: after openers ("And", "But"), sentence adverbs and commas. */
function subjectAt(words: readonly string[]): number {
  let at = firstContentWord(words);
  while (at < words.length && (SENTENCE_ADVERBS.has(words[at]!) || words[at]!.endsWith('ly') || words[at] === ',')) at++;
  return at;
}

/** Does a present or modal verb of the subject's own follow it, past "not" and mid-sentence adverbs? */
function presentVerbAfter(words: readonly string[], subject: number): boolean {
  let at = subject + 1;
  while (at < words.length && (words[at] === 'not' || MID_ADVERBS.has(words[at]!))) at++;
  const verb = words[at] ?? '';
  if (PRESENT_OR_MODAL.has(verb)) return true;
  // Right after a pronoun a word in "-s" is its verb ("this applies", "it ties in"); "was" is no key word.
  return SINGULAR.has(words[subject]!) && isKeyWord(verb) && /[^su]s$/.test(verb);
}

export const thingAssertionRule: Rule = ({ tokens, signals }) => {
  // The claim rule has read it as a statement of six words or more, and nothing has read it as a question.
  if (!signals.some((signal) => signal.id === STATEMENT) || hasSignal(signals, 'question')) return [];
  const { words } = tokens;
  const subject = subjectAt(words);
  if (!THING_SUBJECTS.has(words[subject] ?? '') || tokens.quoted[subject] || !presentVerbAfter(words, subject)) return [];
  return [{ tag: 'claim', cue: 'an assertion about the matter (it/this/there is …)', weight: 0.3, at: subject, id: 'thing-assertion' }];
};
