// Challenging questions: in a reply, a question that turns the parent's point back on its writer rather
// than asking for information ("And who maintains it after you leave?", "So why would anyone pay for
// that?", "How is that different from a tax?", "Isn't that exactly the problem?"). Two things together
// make the challenge: a challenging shape, and a link to what the parent said (its words, "you", or
// "that/this/it" pointing back). The same shape in an opening post asks; it has no one to challenge.
import { keyStemPositions } from '../parent.js';
import { hasSignal, type Rule } from '../signal.js';

const CONNECTIVE = String.raw`(?:(?:and|but|so|then|ok|okay|well|wait|right|sure|yeah|also)\s+,?\s*)+`;
/** Shapes of a question that pushes back, read from the sentence's start (after "and/but/so…"). */
const CHALLENGE_SHAPES: readonly [RegExp, string][] = [
  [new RegExp(String.raw`^${CONNECTIVE}(?:who|what|why|how|where)\b`), 'so/and who … ?'],
  [/^(?:why|how come)\s+(?:(?:would|should|not|on earth|the hell|exactly)\b|(?:does|do|did|is|are|was|were|would|should|can|could)\s+(?:you|that|this|it|they|anyone|anybody|nobody)\b)/, 'why would … ?'],
  [/^how\s+(?:is|was|would|does|do|can|could|will|exactly|on earth)\s+(?:that|this|it|you|they|anyone|anybody|any|a|an|the)\b/, 'how is that … ?'],
  [/^who\s+(?:is going to|will|would|is gonna|pays|maintains|decides|gets|cares|says|asked|needs)\b/, 'who will … ?'],
  [/^(?:is not|are not|was not|were not|would not|does not|do not|did not|should not|can not|could not|will not)\s+(?:that|this|it|you|they|there|the|a|an)\b/, "isn't that … ?"],
  [/^(?:do|did|are|were|would|have)\s+you\s+(?:really|honestly|seriously|actually|genuinely|not)\b/, 'do you really … ?'],
  [/^(?:is|was|are)\s+(?:it|that|this)\s+(?:really|actually|honestly|even)\b/, 'is it really … ?'],
  [/^(?:since when|says who|according to whom|what makes you|what part of|what exactly|in what (?:world|way|sense))\b/, 'since when … ?'],
  [/^(?:why|how|what|who) (?:though|tho|exactly|so)\s*\?/, 'why though?'],
  // An echo of the other's view put back as a question: "You think Howl's is lacking?", "So you're saying nobody pays?"
  [/^(?:so |wait ,? )?you (?:really |honestly |seriously |actually |genuinely )?(?:think|believe|expect|are saying|are telling me|are suggesting)\b/, 'you think … ?'],
  // Anywhere in the question: "The 1% holds it all! Do you really think you'll get it back?" after a lead-in;
  // the same of a group whose view is rejected: "Do they really think we'll wait half a second per window?"
  [/\b(?:do|did|would|are) (?:you|they|people|these people|those people|folks) (?:really|honestly|seriously|actually|genuinely) (?:think|believe|expect|want|suggesting|saying)\b/, 'do you really think … ?'],
];
const POINTS_BACK = new Set(['you', 'your', 'that', 'this', 'it', 'those', 'these']);
const WEIGHT = 0.55;
const BARE_QUESTION_WORDS = 4;

export const challengeRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || !hasSignal(signals, 'question') || hasSignal(signals, 'disagreement')) return [];
  const shape = CHALLENGE_SHAPES.find(([pattern]) => pattern.test(tokens.joined));
  if (!shape) return [];
  const sharesTerms = [...keyStemPositions(tokens).keys()].some((key) => parent.stems.has(key));
  // A bare "Why though?" is about the parent whatever its words.
  const bare = tokens.words.length <= BARE_QUESTION_WORDS;
  if (!bare && !sharesTerms && !tokens.words.some((word, index) => POINTS_BACK.has(word) && !tokens.quoted[index])) return [];
  return [{ tag: 'disagreement', cue: `challenging question (${shape[1]})`, weight: WEIGHT, at: 0 }];
};
