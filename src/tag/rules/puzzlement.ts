// Puzzlement at the other's view: in a reply, a writer who says they cannot make sense of what the other
// said is objecting to it (LABELLING: "expressed confusion at the other's view": "I find that framing
// baffling", "I don't see what X has to do with it"). Its shapes:
// - the other's point found puzzling: "I find the idea of X very confusing", "That's an odd choice of focus";
// - the other's point not understood: "I don't really understand your comment", "It is still unclear to me how
//   you would …", "I'm not sure why this matters", "I don't see the difference", "not sure what you mean by "fair"";
// - mock surprise at the other writer: "Strange that you don't have a volume control."
// Each needs the other's contribution in view ("your", "you", "this", "that", "the idea"…): "I don't understand
// how the loader works" asks for help, and "That's weird, it crashes for me too" is puzzled by a bug, not a view.
// Only in a reply: the same words in an opening post object to nobody.
import { hasSignal, type Rule } from '../signal.js';

/** Words of puzzlement, as adjectives ("confusing") and the ones that judge a choice odd ("weird"). */
const PUZZLING = String.raw`(?:confusing|baffling|puzzling|perplexing|bizarre|strange|odd|weird|hard to (?:follow|believe|understand))`;
/** What the other said, or a pointer at it ("it" only where no verb can take it: "I can't get it done" is no puzzlement). */
const THEIR_WORDS = String.raw`(?:your|you|this|that|the (?:idea|notion|claim|argument|framing|suggestion|premise|assumption|distinction|relevance|point|logic|reasoning|connection))`;
/** What of theirs can be an odd choice: a "that is a weird X" about a view, not about a bug. */
const CHOICES = String.raw`(?:choice|framing|take|argument|claim|position|disconnect|distinction|assumption|conclusion|definition|comparison|focus|thing to (?:say|claim|argue|assume)|way to (?:put|frame|see|read|think|look at) (?:it|this|that))`;
const THEIR_POINT = String.raw`(?:${THEIR_WORDS}|it)`;
const ADVERBS = String.raw`(?:(?:really|quite|fully|honestly|actually|still|just|entirely|totally|completely|pretty|very|rather|a bit|somewhat) )*`;

const SHAPES: readonly [RegExp, string][] = [
  [new RegExp(String.raw`\bi find ${THEIR_POINT}\b(?: \S+){0,12}? ${ADVERBS}${PUZZLING}\b`), 'finds the point puzzling (i find … confusing)'],
  [new RegExp(String.raw`\b(?:that|this|which|it) (?:is|seems|sounds|looks)(?: like)? (?:a |an )?${ADVERBS}(?:\S+ )?${PUZZLING} ${CHOICES}\b`), 'finds the point puzzling (an odd choice)'],
  [new RegExp(String.raw`\bi (?:do not|can not|could not) ${ADVERBS}(?:understand|see|get|follow) (?:at all )?(?:what you|why you|how you|what (?:this|that) has to do|${THEIR_WORDS})\b`), 'does not understand the point (i do not understand your …)'],
  // What the writer cannot see is a point at issue, not how a thing works: "I don't see the difference with a plain
  // lock", "I don't understand what the issue is at all" ("I don't understand how the loader works" asks for help).
  [new RegExp(String.raw`\bi (?:do not|can not|could not) ${ADVERBS}(?:understand|see) (?:at all )?(?:what (?:is|was) the (?:issue|problem|point)|what the (?:issue|problem|point) (?:is|was)|the (?:difference|issue|problem|point|relevance|logic|connection)\b)`), 'does not understand the point (i do not see the difference …)'],
  // The other's own word put in question: "I'm not sure what you mean by "scalable"", "I don't know what you mean by fair".
  [new RegExp(String.raw`\bi (?:am not ${ADVERBS}sure|do not ${ADVERBS}know) what you mean by\b`), 'does not understand the point (what you mean by …)'],
  [new RegExp(String.raw`\b(?:is|remains|seems) ${ADVERBS}unclear (?:to me )?(?:what|why|how|whether) (?:${THEIR_POINT}|the)\b`), 'does not understand the point (it is unclear why …)'],
  // "Not sure what you mean" asks to be told more; "not sure why this matters", "not sure what your X is" object.
  [new RegExp(String.raw`\bi am not ${ADVERBS}sure (?:why (?:your|you|this|that|it)|what your)\b`), 'does not understand the point (not sure why this …)'],
  [/^(?:(?:wow|oh|gee|huh|hmm) ,? )?(?:strange|odd|weird|funny|curious) (?:that|how) you\b/, 'mock surprise (strange that you …)'],
];
const WEIGHT = 0.55;
/** A word every shape holds: most sentences have none, and skip the patterns. */
const TRIGGERS = new Set(['find', 'unclear', 'sure', 'know', 'understand', 'see', 'get', 'follow', 'confusing', 'baffling', 'puzzling', 'perplexing', 'bizarre', 'strange', 'odd', 'weird', 'hard', 'funny', 'curious']);

export const puzzlementRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || !tokens.words.some((word) => TRIGGERS.has(word)) || hasSignal(signals, 'disagreement') || hasSignal(signals, 'agreement')) return [];
  const shape = SHAPES.find(([pattern]) => pattern.test(tokens.joined));
  return shape ? [{ tag: 'disagreement', cue: shape[1], weight: WEIGHT, at: 0 }] : [];
};
