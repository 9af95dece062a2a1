// The other side's view restated after a colon ("I am now thinking you believe something like this: Yes, X,
// but Y", "So your position is: X, although Y") is theirs, as a quotation is: a "but" or "although" inside it
// is part of the view being restated, not the writer granting or objecting. Only a colon frame counts; in
// "I know you think X, but Y" the "but" is the writer's own.
import { wordAt, type Tokens } from '../tokens.js';

const FRAME = /\b(?:you (?:\S+ ){0,3}(?:believe|think|are saying|say|claim|argue|mean)|your (?:view|position|claim|argument|point) is)\b[^:]{0,40}:/;

/** Index of the first word of a restated view, or -1 when the sentence restates none. */
export function restatedFrom(tokens: Tokens): number {
  if (!tokens.joined.includes(':')) return -1;
  const match = FRAME.exec(tokens.joined);
  return match ? wordAt(tokens, match.index + match[0].length - 1) + 1 : -1;
}
