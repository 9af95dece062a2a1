// Agreement inside a supposition is granted for the argument's sake, not agreed: "Even if that's true,
// it doesn't change the recommendation", "Assuming you're right, …". The cue turns into a concession.
import type { Rule, Signal } from '../signal.js';

const SUPPOSING = new Set(['if', 'whether', 'although', 'though', 'while', 'whilst', 'assuming', 'supposing', 'unless', 'granting']);
/** How far back (in words) a supposition marker still governs the cue. */
const REACH = 3;

export const suppositionRule: Rule = ({ tokens, signals }) => {
  const found: Signal[] = [];
  for (const signal of signals) {
    if (signal.tag !== 'agreement' || signal.weight <= 0) continue;
    const before = tokens.words.slice(Math.max(0, signal.at - REACH), signal.at);
    const marker = before.find((word) => SUPPOSING.has(word));
    if (!marker) continue;
    found.push({ tag: 'agreement', cue: `supposed (${marker} …)`, weight: -0.7, at: signal.at });
    found.push({ tag: 'concession', cue: `granted for argument's sake (${marker} ${signal.cue})`, weight: 0.6, at: signal.at });
  }
  return found;
};
