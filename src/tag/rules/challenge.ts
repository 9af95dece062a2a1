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
  // A negated yes/no question expects "yes": it asserts its point ("Couldn't the events fire twice?"), except of the
  // asker's own course ("Shouldn't I restart first?" asks advice).
  [/^(?:is not|are not|was not|were not|would not|does not|do not|did not|should not|can not|could not|will not)\s+(?!i\b|we\b)\S+/, "isn't that … ?"],
  [/^(?:is|are|was|were|would|does|do|did|should|can|could|will) (?:that|this|it|they|you|there) not\b/, "isn't that … ?"],
  [/^(?:do|did|are|were|would|have)\s+you\s+(?:really|honestly|seriously|actually|genuinely|not)\b/, 'do you really … ?'],
  [/^(?:is|was|are)\s+(?:it|that|this)\s+(?:really|actually|honestly|even)\b/, 'is it really … ?'],
  [/^(?:since when|says who|according to whom|what makes you|what part of|what exactly|in what (?:world|way|sense))\b/, 'since when … ?'],
  [/^(?:why|how|what|who) (?:though|tho|exactly|so)\s*\?/, 'why though?'],
  // The parent's point denied a purpose or a bearing: "What's the point of a cache if nothing reads it?", "What does
  // the licence have to do with speed?" ask nothing the asker wants told.
  [/(?:^|: )(?:(?:and|but|so|then|ok|okay|well) ,? )?what (?:is|was) (?:the|even the) (?:point|purpose|use|harm|sense)\b/, 'what is the point … ?'],
  [/\bwhat (?:does|do|did|has|have) (?:\S+ ){1,8}(?:has|have|got) to do with\b/, 'what does X have to do with … ?'],
  // The other's reading put to them: "Do you see how that undercuts your own case?", "Are you saying nobody pays?"
  // ("Do you know how the loader works?" asks; seeing and understanding that something holds is the writer's point.)
  [/^(?:(?:and|but|so|then|well) ,? )?(?:do|did|can) you (?:not )?(?:see|understand|realize|realise|get) (?:that|how|the|why)\b/, 'do you see that … ?'],
  [/^(?:(?:and|but|so|wait) ,? )?(?:(?:are|were) you (?:really |seriously |actually )?(?:saying|suggesting|claiming|implying)|did you (?:just|really|actually|seriously) (?:say|claim|suggest))\b/, 'are you saying … ?'],
  // Granting the parent's premise to draw the absurd consequence: "If it already does all that, why not use it?"
  [/^(?:if|when) [^?]+ , (?:then )?(?:why not|why would|would anybody|would anyone|who would|should it|should we)\b/, 'if X, why not … ?'],
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
