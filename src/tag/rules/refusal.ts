// Refusing what the other proposes: in a reply, the writer declares they will not have it ("I don't support
// this change", "As a user, I don't want this in my browser", "I'd be against the proposal"). The writer is the
// subject, the verb is one of backing or wanting, negated (or "against"), and its object points at what is on
// the table ("this", "that", "it", "the …", "your …"): "I don't want to sound rude" or "I don't need a new
// laptop" refuse nothing the other put forward. Only in a reply: in an opening post it answers no proposal.
import { hasSignal, type Rule } from '../signal.js';

const ON_THE_TABLE = String.raw`(?:this|that|it|these|those|the|your|such)\b`;
const SHAPES: readonly [RegExp, string][] = [
  [new RegExp(String.raw`\bi (?:do not|would not|will not|can not|could not) (?:really |personally |fully |ever )?(?:support|want|endorse|favor|favour|accept|back) ${ON_THE_TABLE}`), 'refuses the proposal (i do not support this …)'],
  [new RegExp(String.raw`\bi (?:am|would be|will be|remain) (?:strongly |firmly |very much |still )?(?:against|opposed to) ${ON_THE_TABLE}`), 'refuses the proposal (i am against …)'],
];
const WEIGHT = 0.55;
/** A word every shape holds: most sentences have none, and skip the patterns. */
const TRIGGERS = new Set(['support', 'want', 'endorse', 'favor', 'favour', 'accept', 'back', 'against', 'opposed']);

export const refusalRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || !tokens.words.some((word) => TRIGGERS.has(word)) || hasSignal(signals, 'question') || hasSignal(signals, 'disagreement') || hasSignal(signals, 'agreement')) return [];
  const shape = SHAPES.find(([pattern]) => pattern.test(tokens.joined));
  return shape ? [{ tag: 'disagreement', cue: shape[1], weight: WEIGHT, at: 0 }] : [];
};
