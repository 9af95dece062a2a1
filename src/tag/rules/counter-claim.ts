// A reply that opens by denying something answers what it replies to: the first thing a writer says under
// someone's post is their verdict on it, so "This code doesn't leak.", "They wouldn't even see that screen.",
// "Then nobody reviews the design." or "It's called at definition, not at the first call." at a reply's
// opening is a counter-claim, whatever its words (real pushback mostly shares none with the parent).
// Not when the writer speaks of themselves ("I can't view YouTube at work"), instructs ("Don't forget…"),
// or only the condition of an "if"/"when" clause is negated ("If your branch isn't merged, …, you get X"), nor
// in a sentence that thanks ("Nothing more to add, thanks for the response!" closes the exchange).
// Later sentences of a reply deny for their own reasons, and are left to the other rules.
// Not under a parent that ends by asking: "Does it work with the old dock?" / "The new dock doesn't take it."
// is an answer, and its "not" answers the question rather than rejecting a view.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';
import { AUXILIARIES } from './question.js';
import { countersParentCue } from '../shape-cues.js';

/** Leading adverbs that keep the sentence's subject after them ("Then nobody…", "Actually, X doesn't…"). */
const LEAD_ADVERBS = new Set(['then', 'actually', 'still', 'plus', 'also', 'again', 'besides', 'alright', 'no', 'nah', 'naw', 'nope']);
const THANKS = new Set(['thanks', 'thank', 'thx', 'appreciate', 'appreciated']);
/** Subordinators that open a clause before the main one ("If X, then Y"): only the main clause asserts. */
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'unless', 'because', 'since', 'although', 'though', 'while', 'whilst', 'once', 'after', 'before', 'as', 'for']);
/** Openings that are no counter-claim: the writer's own state, a command, "Not sure …", "Never mind". */
const NOT_A_COUNTER = new Set(['i', 'me', 'my', 'not', 'do', 'please', 'let', 'never', 'just', 'thanks', 'thank']);
const NEGATED_SUBJECTS = new Set(['nobody', 'nothing', 'none', 'neither', 'noone']);
/** Adverbs between an auxiliary and its "not" ("is really not", "does actually not"). */
const BETWEEN = new Set(['really', 'actually', 'just', 'even', 'simply', 'certainly', 'definitely', 'clearly', 'still']);
/** Words that add a denial to the parent's rather than set it against it. */
const ADDITIVE = new Set(['also', 'either', 'too', 'neither']);
const COORDINATORS = new Set(['and', 'but', 'so', 'or', 'yet']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there']);
/** A conjunction starting a second clause ("and I can't…") or predicate ("and did not…"), not joining two nouns ("X and Y don't"). */
const startsPredicate = (words: readonly string[], at: number): boolean =>
  COORDINATORS.has(words[at]!) && (SUBJECT_PRONOUNS.has(words[at + 1] ?? '') || AUXILIARIES.has(words[at + 1] ?? ''));
/** How far into the main clause its predicate's negation may sit: further on it is likely a relative clause's. */
const PREDICATE_REACH = 10;

/** Where the main clause starts: after the lead adverbs, and after an opening subordinate clause's comma; -1 if none. */
function mainClauseStart(words: readonly string[]): number {
  let at = firstContentWord(words);
  while (LEAD_ADVERBS.has(words[at] ?? '') || words[at] === ',') at++;
  if (!SUBORDINATORS.has(words[at] ?? '')) return at;
  const comma = words.indexOf(',', at);
  return comma < 0 ? -1 : comma + 1 + (words[comma + 1] === 'then' ? 1 : 0);
}

/** The negation of the main clause's predicate ("X is not", "X doesn't", "nobody …"), or -1. */
function negatedPredicate(words: readonly string[], start: number): number {
  if (NEGATED_SUBJECTS.has(words[start] ?? '') || (words[start] === 'no' && words[start + 1] === 'one')) return start;
  for (let at = start + 1; at < words.length && at <= start + PREDICATE_REACH; at++) {
    // The main clause's first predicate ends at a clause edge: "It could have been, I didn't think much of it" and "You
    // guys are brilliant and I can't be anything but thankful" deny in a second clause, "She walked to the door and
    // didn't look back" in a second predicate of a narration.
    if (words[at] === ',' || words[at] === ';' || words[at] === ':' || words[at] === '?' || startsPredicate(words, at)) return -1;
    // "never" negates a verb by itself ("The loader never touches…"); "not" does after an auxiliary ("does not").
    if (words[at] === 'never') return at;
    if (words[at] !== 'not') continue;
    const before = BETWEEN.has(words[at - 1]!) ? words[at - 2] : words[at - 1];
    if (AUXILIARIES.has(before ?? '')) return at;
  }
  return -1;
}

/** "It's defined at import, not at the first call": a correction set after a comma; where its "not" is, or -1. */
const correction = (words: readonly string[]): number => words.findIndex((word, at) => word === 'not' && words[at - 1] === ',' && /^\p{L}/u.test(words[at + 1] ?? ''));

export const counterClaimRule: Rule = ({ tokens, signals, parent, opening }) => {
  if (!parent || !opening || parent.asks || hasSignal(signals, 'question') || hasSignal(signals, 'disagreement') || hasSignal(signals, 'agreement')) return [];
  const { words } = tokens;
  if (words.some((word) => THANKS.has(word))) return [];
  const start = mainClauseStart(words);
  if (start < 0 || NOT_A_COUNTER.has(words[start] ?? '')) return [];
  const denied = negatedPredicate(words, start);
  // "They also don't have a choice", "It doesn't load for me either": a denial added to the parent's, not against it.
  if (denied >= 0 && words.slice(start, denied + 6).some((word) => ADDITIVE.has(word))) return [];
  const at = denied >= 0 && !tokens.quoted[denied] ? denied : correction(words);
  if (at < 0 || tokens.quoted[at]) return [];
  return [{ tag: 'disagreement', cue: countersParentCue(words.slice(Math.max(start, at - 2), at + 2).join(' ')), weight: 0.55, at }];
};
