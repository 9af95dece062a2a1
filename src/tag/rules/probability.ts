// Hedges with a stated confidence: "~70% confidence", "I'd put 30% on it", "a 1 in 10 chance",
// "probability of 0.3". A number that grades one's own certainty is a hedge, not a statistic.
import type { Rule, Signal } from '../signal.js';

/** The id of this rule's signals: a figure graded as belief is no statistic (rules/evidence.ts). */
export const STATED_PROBABILITY_ID = 'stated-probability';

// Written over the normalised words joined by spaces ("~70%" is "~ 70 %", "I'd" is "i would"); a figure
// may be a range ("60-70%").
const FIGURE = String.raw`\d+(?: \. \d+)?(?: ?(?:-|–|to) ?\d+(?: \. \d+)?)?`;
const STATED_PROBABILITY = [
  new RegExp(String.raw`(?:^|\s)(?:~ )?${FIGURE} % (?:confidence|confident|chance|probability|likely|sure|certain|credence|odds)\b`),
  new RegExp(String.raw`\b(?:i would|i|i will) (?:put|give|assign|say) (?:it |this |that )?(?:(?:about|around|maybe|roughly|like|something like|only) )?(?:~ )?${FIGURE} %`),
  /\b(?:probability|chance|odds|credence|confidence) (?:of|is|at|around|about|near) (?:~ )?(?:\d+(?: \. \d+)? %|0 \. \d+)/,
  /\b(?:\d+|one|a) ?(?:-|\s)(?:in|out of)(?:-|\s) ?(?:\d+|two|three|four|five|six|ten|twenty|a hundred|a thousand) chance\b/,
  new RegExp(String.raw`\b(?:i am|i would be|i will be) (?:maybe |about |around |roughly |like |at )?(?:~ )?${FIGURE} % (?:on|that|sure|confident|certain)\b`),
  /\b(?:p|credence) = (?:0 )?\. ?\d+/,
  // "…, maybe 65%." as an aside: a number graded by "maybe", closing its clause.
  new RegExp(String.raw`\b(?:maybe|perhaps|probably|roughly|like|say) (?:~ )?${FIGURE} %(?= [.,;)!]| *$)`),
];

/** Every stated probability holds a digit or the word "chance": a sentence with neither skips the patterns. */
const DIGIT = /\d/;
const mayStateAProbability = (joined: string): boolean => DIGIT.test(joined) || joined.includes('chance');

export const probabilityRule: Rule = ({ tokens }) => {
  const found: Signal[] = [];
  if (!mayStateAProbability(tokens.joined)) return found;
  for (const pattern of STATED_PROBABILITY) {
    const match = pattern.exec(tokens.joined);
    if (match) {
      found.push({ tag: 'hedge', cue: `stated probability (${match[0].trim()})`, weight: 0.85, at: 0, id: STATED_PROBABILITY_ID });
      break;
    }
  }
  return found;
};
