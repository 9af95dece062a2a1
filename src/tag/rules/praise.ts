// Praise of the post being answered is agreement (LABELLING: "praise of the other's point"): in a reply,
// "This is a great idea.", "Your explanation is very accurate", "I really like this approach", "This worked
// perfectly for me", "Worked flawlessly!", "That did the trick". The subject must be the contribution ("this", "your answer") and the predicate must
// judge it, as in rules/criticism.ts; praise of a third thing ("The weather is great") agrees with nobody,
// and without a parent there is nobody to agree with.
import { isPositiveJudgement } from '../evaluative.js';
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule, type Signal } from '../signal.js';
import { judgedContribution } from './criticism.js';

const LIKES = new Set(['like', 'love', 'appreciate', 'dig']);
const POINTERS = new Set(['this', 'that', 'your', 'the']);
const ADVERBS = new Set(['really', 'just', 'absolutely', 'totally', 'definitely', 'also', 'do', 'quite']);
const WORKED = new Set(['works', 'worked']);

/** "I (really) like/love this/your …": the writer's liking aimed at the contribution; where the verb is, or -1. */
function likesContribution(words: readonly string[]): number {
  let at = firstContentWord(words);
  if (words[at] !== 'i') return -1;
  at++;
  while (ADVERBS.has(words[at] ?? '')) at++;
  return LIKES.has(words[at] ?? '') && POINTERS.has(words[at + 1] ?? '') ? at : -1;
}

/**
 * "This worked (great|perfectly) (for me)", "That works like a charm", and with no subject, "Worked flawlessly!":
 * the other's fix accepted; where the verb is, or -1. Not "It works for me", which in a bug report says the bug
 * does not show, nor a bare "Works for me" for the same reason: without a pointer only a judging adverb accepts,
 * and only opening the reply (later, "I did that with mine. Worked great" tells the writer's own story).
 */
function acceptsFix(words: readonly string[], opening: boolean): number {
  const first = firstContentWord(words);
  const pointed = words[first] === 'this' || words[first] === 'that';
  const verb = pointed ? first + 1 : first;
  if (!WORKED.has(words[verb] ?? '') || (!pointed && !opening)) return -1;
  const next = words[verb + 1];
  if (!pointed) return next !== undefined && (isPositiveJudgement(next) || next.endsWith('ly') || next === 'like') ? verb : -1;
  return next === undefined || next === '!' || next === '.' || next === 'for' || next === 'like' || isPositiveJudgement(next ?? '') || (next ?? '').endsWith('ly') ? verb : -1;
}

/** "That did the trick", "This is exactly what I was looking for": the fix accepted in other words; where it starts, or -1. */
/** A word every such sentence holds: most have none, and skip the pattern. */
const TRICK_WORDS = new Set(['trick', 'missing', 'needed', 'looking']);
const DID_THE_TRICK = /^(?:this|that|it) (?:(?:did|does) the trick|(?:is|was) (?:exactly |just )?what (?:i was missing|was missing|i needed|i was looking for))\b/;

export const praiseRule: Rule = ({ tokens, signals, parent, opening }) => {
  if (!parent || hasSignal(signals, 'question')) return [];
  const found: Signal[] = [];
  const judged = judgedContribution(tokens, isPositiveJudgement);
  if (judged) found.push({ tag: 'agreement', cue: `praises the post (${judged.word})`, weight: 0.6, at: judged.at });
  const likes = likesContribution(tokens.words);
  if (likes >= 0) found.push({ tag: 'agreement', cue: `praises the post (i ${tokens.words[likes]} this)`, weight: 0.6, at: likes });
  const works = acceptsFix(tokens.words, opening === true);
  if (works >= 0) found.push({ tag: 'agreement', cue: 'accepts the fix (this worked)', weight: 0.6, at: works });
  else if (tokens.words.some((word) => TRICK_WORDS.has(word)) && DID_THE_TRICK.test(tokens.joined.slice(tokens.offsets[firstContentWord(tokens.words)] ?? 0))) found.push({ tag: 'agreement', cue: 'accepts the fix (did the trick)', weight: 0.6, at: 0 });
  return found;
};
