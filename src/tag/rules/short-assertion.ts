// Short blunt assertions are claims (LABELLING: "Rent control backfires.", "Solid release overall."): "Gifs
// start immediately.", "This is all too common.", "Perl is fine in moderation". The claim rule leaves sentences
// under six words alone, since most are fragments and formulas ("Thanks again!", "I was at that show!"); this
// rule reads them by their shape: a subject that is neither the writer nor the reader and no auxiliary or
// imperative up front, a verb in the present, nothing in the past, no quotation, a full stop, and no formula of
// assent or question.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';
import { isPunctuation } from '../tokens.js';
import { MIN_WORDS, PRESENT_OR_MODAL, tenseOf } from './claim.js';

/** Fewer words than this is a fragment ("Sharp kid.", "Yes I am."). */
const MIN_SHORT_WORDS = 3;
/** Openers of what is not an assertion about a third thing: the writer, the reader, a command or an ellipsis. */
const NOT_A_SUBJECT = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'do', 'did', 'let', 'please', 'see', 'look', 'yes', 'no', 'which', 'who', 'what', 'and', 'or', 'here']);
const SENTENCE_ADVERBS = new Set(['also', 'so', 'now', 'then', 'still', 'anyway', 'plus']);
const COPULAS = new Set(['is', 'are', 'am']);
const PLACE_OR_TIME = new Set(['on', 'at', 'in', 'from', 'for', 'to', 'by', 'with', 'near', 'under', 'over', 'inside', 'outside', 'up', 'down', 'out', 'back', 'here', 'there', 'now', 'today', 'tomorrow', 'tonight']);
const QUOTES = /["“”'‘]/;
/** A full stop ends a statement; "!" and "…" end exclamations and trailing asides more often ("This is it!"). */
const STATEMENT_END = /[^.]\.\)?\s*$/;

/** "The meeting is on Tuesday.", "Class is in session.": where or when something is, a schedule line, not a view. */
export const saysWhereOrWhen = (words: readonly string[]): boolean =>
  words.some((word, index) => COPULAS.has(word) && PLACE_OR_TIME.has(words[index + 1] ?? ''));

export const shortAssertionRule: Rule = ({ text, tokens, signals }) => {
  const { words } = tokens;
  let length = 0;
  for (let index = 0; index < words.length && length < MIN_WORDS; index++) if (!isPunctuation(words[index]!)) length++;
  if (length < MIN_SHORT_WORDS || length >= MIN_WORDS || !STATEMENT_END.test(text) || QUOTES.test(text.replace(/\b['’]\b/g, ''))) return [];
  // A formula of assent or a question is read by its own tag ("That makes sense.").
  if (hasSignal(signals, 'question') || hasSignal(signals, 'agreement')) return [];
  // The subject, after a sentence adverb ("Also, …", "Thankfully, …").
  let first = firstContentWord(words);
  while (first < words.length && (SENTENCE_ADVERBS.has(words[first]!) || words[first]!.endsWith('ly') || words[first] === ',')) first++;
  const subject = words[first] ?? '';
  if (NOT_A_SUBJECT.has(subject) || PRESENT_OR_MODAL.has(subject)) return [];
  // The present shows in an auxiliary or a copula; a bare "-s" word is as often a plural in a list of names
  // ("Snoop dog and Chris hardwick.", "meme danks, poo.") as a verb.
  const present = words.some((word, index) => PRESENT_OR_MODAL.has(word) && !tokens.quoted[index]);
  if (!present || tenseOf(tokens).pastAt.length > 0) return [];
  if (saysWhereOrWhen(words)) return [];
  return [{ tag: 'claim', cue: 'a statement', weight: 0.3, at: 0 }, { tag: 'claim', cue: 'a short assertion (X is Y)', weight: 0.4, at: 0 }];
};
