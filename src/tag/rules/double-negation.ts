// Double negation that grants: "It's not that I don't sympathise", "not because we don't care",
// "I wouldn't say I disagree". Negating one's own refusal concedes the point it refuses.
import type { Rule } from '../signal.js';

const NOT_THAT_NOT = /\bnot (?:that|because|as if|as though) (?:i|we|you|they|he|she|people) (?:do|does|did|would|can|could|am|are|is|was|were|have|has) not\b/;
const NOT_SAY_DISAGREE = /\b(?:would|will|do|could) not (?:say|claim|pretend) (?:that )?(?:i|we) (?:disagree|object)\b/;

export const doubleNegationRule: Rule = ({ tokens }) => {
  const match = NOT_THAT_NOT.exec(tokens.joined) ?? NOT_SAY_DISAGREE.exec(tokens.joined);
  return match ? [{ tag: 'concession', cue: 'double negation (not that … not)', weight: 0.8, at: 0 }] : [];
};
