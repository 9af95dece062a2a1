// Reframing what the exchange is about: in a reply, a writer who says what is or is not at issue sets their
// reading against the other's (LABELLING: "X is not the problem, Y is"). Its shapes:
// - the point denied its place: "Speed is not the point.", "The problem isn't that we lack docs.";
// - the writer's own earlier point restated against a misreading: "That wasn't my point at all.", "My point was
//   that the cache never expires.", "What I wrote has nothing to do with pricing." (past tense: it answers a reading
//   of what was said; "My point is that X" states a point afresh and answers nobody);
// - a bearing denied: "The licence has nothing to do with speed."
// Only in a reply: in an opening post the same words set nobody right.
import { hasSignal, type Rule } from '../signal.js';

const AT_ISSUE = String.raw`(?:point|problem|issue|question)`;
const SHAPES: readonly [RegExp, string][] = [
  [new RegExp(String.raw`(?:^|, |\bbut |\band |\bwell )(?:that|this|it) (?:was|is) not (?:really |at all )?(?:my|the) point\b`), 'restates own point (that was not my point)'],
  [new RegExp(String.raw`(?:^|, |\bbut |\bwell |\bagain ,? )(?:my (?:point|argument|question) (?:was|is not|was not)|what i (?:meant|was saying|was trying to say|wrote|posted|said) (?:was|is|has))\b`), 'restates own point (my point was …)'],
  [new RegExp(String.raw`\b(?:is|was|are) (?:not|never) (?:really |even )?(?:the|my) (?:real |main |actual )?${AT_ISSUE}\b`), 'X is not the point'],
  [new RegExp(String.raw`(?:^|, |\bbut )the (?:real |main |actual )?${AT_ISSUE} (?:is|was) not\b`), 'X is not the point (the problem is not …)'],
  [/\b(?:has|have|had) (?:nothing|little) to do with\b/, 'denies a bearing (has nothing to do with …)'],
];
const WEIGHT = 0.55;
/** A word every shape holds: most sentences have none, and skip the patterns. */
const TRIGGERS = new Set(['point', 'problem', 'issue', 'question', 'argument', 'nothing', 'little']);

export const reframingRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || !tokens.words.some((word) => TRIGGERS.has(word)) || hasSignal(signals, 'question') || hasSignal(signals, 'disagreement') || hasSignal(signals, 'agreement')) return [];
  const shape = SHAPES.find(([pattern]) => pattern.test(tokens.joined));
  return shape ? [{ tag: 'disagreement', cue: shape[1], weight: WEIGHT, at: 0 }] : [];
};
