// Hedges with a stated confidence: "~70% confidence", "I'd put 30% on it", "a 1 in 10 chance",
// "probability of 0.3". A number that grades one's own certainty is a hedge, not a statistic.
import type { Rule, Signal } from '../signal.js';

// Written over the normalised words joined by spaces ("~70%" is "~ 70 %", "I'd" is "i would").
const STATED_PROBABILITY = [
  /(?:^|\s)(?:~ )?\d+(?: \. \d+)? % (?:confidence|confident|chance|probability|likely|sure|certain|credence|odds)\b/,
  /\b(?:i would|i|i will) (?:put|give|assign|say) (?:it |this |that )?(?:(?:about|around|maybe|roughly|like|something like|only) )?(?:~ )?\d+(?: \. \d+)? %/,
  /\b(?:probability|chance|odds|credence|confidence) (?:of|is|at|around|about|near) (?:~ )?(?:\d+(?: \. \d+)? %|0 \. \d+)/,
  /\b\d+ (?:in|out of) \d+ chance\b/,
  /\b(?:i am|i would be|i will be) (?:maybe |about |around |roughly |like |at )?(?:~ )?\d+(?: \. \d+)? % (?:on|that|sure|confident|certain)\b/,
  /\b(?:p|credence) = (?:0 )?\. ?\d+/,
  // "…, maybe 65%." as an aside: a number graded by "maybe", closing its clause.
  /\b(?:maybe|perhaps|probably|roughly|like|say) (?:~ )?\d+(?: \. \d+)? %(?= [.,;)!]| *$)/,
];

export const probabilityRule: Rule = ({ tokens }) => {
  const found: Signal[] = [];
  for (const pattern of STATED_PROBABILITY) {
    const match = pattern.exec(tokens.joined);
    if (match) {
      found.push({ tag: 'hedge', cue: `stated probability (${match[0].trim()})`, weight: 0.85, at: 0 });
      break;
    }
  }
  return found;
};
