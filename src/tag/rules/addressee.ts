// The other writer's own conduct in the exchange, told back to them: in a reply, a sentence whose subject is
// "you" and whose verb reports what they did or were ("You forgot the part where X shipped first.", "You simply
// pulled out one library.", "You were arguing for speed, not safety.", "You're the one saying it is settled.",
// "You're now pushing for the opposite.") holds the other's moves up to rebut them. Advice and instruction use
// the present and the modals ("You need to …", "You can …", "You should …") and are left alone, as is "you asked"
// (an answer's opening) and a quoted "you" (someone else's words). Only in a reply, and not under a parent that
// ends by asking: there "you" is the asker being answered.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';

/** Leading connectives before the subject ("And you simply …", "So, you …"). */
const LEADS = new Set(['and', 'but', 'so', 'also', 'plus', 'again', 'well', 'then', 'oh', 'honestly', 'now', ',']);
/** Adverbs between "you" and the verb. */
const BETWEEN = new Set(['just', 'simply', 'clearly', 'obviously', 'already', 'also', 'never', 'even', 'conveniently', 'completely', 'totally', 'still', 'again', 'now']);
/** Irregular past tenses (regular ones end in -ed). */
const IRREGULAR_PAST = new Set(['forgot', 'knew', 'said', 'made', 'wrote', 'took', 'gave', 'thought', 'brought', 'put', 'left', 'got', 'went', 'came', 'told', 'saw', 'meant', 'did', 'were', 'chose', 'ran', 'read']);
/** Words in -ed that are no past tense, and the past that opens an answer ("You asked how …"). */
const NOT_PAST = new Set(['need', 'needed', 'feed', 'speed', 'seed', 'asked', 'red', 'bed', 'shed', 'wed']);
const WEIGHT = 0.55;
/** "So you did." echoes the other's word back and rebuts nothing: the conduct told needs a predicate. */
const MIN_WORDS = 4;

/** "You forgot …", "You were …", "You're the one …", "You're now …ing": where "you" is, or -1. */
function reportedConduct(words: readonly string[], quoted: readonly boolean[]): number {
  let at = firstContentWord(words);
  while (LEADS.has(words[at] ?? '')) at++;
  if (words[at] !== 'you' || quoted[at]) return -1;
  let verb = at + 1;
  while (BETWEEN.has(words[verb] ?? '')) verb++;
  const word = words[verb] ?? '';
  if (word === 'are') {
    // "You're the one saying …", "You're now pushing …" (present conduct marked as a move, not "You're doing your best").
    const next = words[verb + 1] ?? '';
    return (next === 'the' && words[verb + 2] === 'one') || (next === 'now' && /ing$/.test(words[verb + 2] ?? '')) ? at : -1;
  }
  if (NOT_PAST.has(word)) return -1;
  return IRREGULAR_PAST.has(word) || /^\p{L}{2,}ed$/u.test(word) ? at : -1;
}

export const addresseeRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || parent.asks || !tokens.words.includes('you') || tokens.words.filter((word) => /^\p{L}/u.test(word)).length < MIN_WORDS || hasSignal(signals, 'question') || hasSignal(signals, 'disagreement') || hasSignal(signals, 'agreement') || hasSignal(signals, 'concession')) return [];
  const at = reportedConduct(tokens.words, tokens.quoted);
  return at < 0 ? [] : [{ tag: 'disagreement', cue: `tells the other what they did (${tokens.words.slice(at, at + 3).join(' ')} …)`, weight: WEIGHT, at }];
};
