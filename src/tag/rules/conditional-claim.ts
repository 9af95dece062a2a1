// "If you change the rules, past results break.", "If we keep the old containers, then we cannot merge the
// fork.", "If needed, the server can retry.": a condition, then a statement of what follows from it. A
// prediction or a causal claim put as a conditional is disputable (LABELLING: predictions, causal
// explanations), yet it carries no opinion word, so the claim rule's "a statement" alone did not show it. The
// consequent must be a clause of its own, a subject and a present or modal verb, after the condition's comma
// or "then": an instruction ("If you have the book, check page 9."), a request ("…, please flag it.") or a
// question has none. Without a comma the condition's end is not known, so the sentence is left alone.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';
import { PRESENT_OR_MODAL, STATEMENT } from './claim.js';
import { DETERMINERS, EXCLAIMS, phraseThenPresent, pronounThenPresent, THING_SUBJECTS } from './thing-assertion.js';

const CONDITIONS = new Set(['if', 'unless']);
/** The consequent's subject may be the writer or the reader here: "…, you'll get shot down", "…, we cannot merge". */
const PEOPLE = new Set(['you', 'we', 'i', 'he', 'she', 'one']);

/** Where the consequent starts: after "then", else after the condition's first comma; -1 if neither. */
function consequentAt(words: readonly string[], condition: number): number {
  const then = words.indexOf('then', condition + 2);
  const comma = words.indexOf(',', condition + 1);
  if (then > 0 && (comma < 0 || then < comma + 2)) return then + 1;
  return comma > 0 ? comma + 1 : -1;
}

/** A subject (a pronoun, a noun phrase, or a bare noun right before its verb) and its present or modal verb. */
function isClause(words: readonly string[], at: number): boolean {
  const subject = words[at] ?? '';
  if (THING_SUBJECTS.has(subject) || PEOPLE.has(subject)) return pronounThenPresent(words, at);
  if (DETERMINERS.has(subject)) return phraseThenPresent(words, at);
  return /^\p{L}+$/u.test(subject) && PRESENT_OR_MODAL.has(words[at + 1] ?? '');
}

export const conditionalClaimRule: Rule = ({ text, tokens, signals }) => {
  const { words } = tokens;
  const condition = firstContentWord(words);
  if (!CONDITIONS.has(words[condition] ?? '')) return [];
  const consequent = consequentAt(words, condition);
  if (consequent < 0 || !isClause(words, consequent) || EXCLAIMS.test(text)) return [];
  if (!signals.some((signal) => signal.id === STATEMENT) || hasSignal(signals, 'question')) return [];
  return [{ tag: 'claim', cue: 'a conditional claim (if X, Y)', weight: 0.3, at: consequent, id: 'conditional-claim' }];
};
