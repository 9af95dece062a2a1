// Narrowing the parent: a reply that opens by restricting what the parent said to some cases denies it holds
// in general (LABELLING: disagreement "corrects" a view; issue 13: counter-claims that narrow it). Its shapes,
// at the start of the reply's opening sentence:
// - "Depends on your definition of X.", "It depends on the workload.", "That depends.";
// - "Not if you batch them.", "Not when the cache is cold.", "Not always.", "Not in my experience.";
// - "Only if the team is small.", "Only when you own the hardware."
// Only at a reply's opening, where the first thing said answers the parent: later in a post the same words
// qualify the writer's own point ("It depends on the budget, of course"). A question ("Not if it rains?")
// is left to the question rules, and under a parent that ends by asking ("Will it run on my laptop?" /
// "Depends on the model.") the same words answer.
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule } from '../signal.js';

const SHAPES: readonly [RegExp, string][] = [
  [/^(?:(?:it|that|this|which) )?(?:all |really |always )?depends\b/, 'depends on …'],
  [/^not (?:if|when|whenever|unless|always|in my experience|for (?:me|us|everyone|everybody|all)|everywhere|with)\b/, 'not if/when …'],
  [/^only (?:if|when|whenever|for|in|with)\b/, 'only if/when …'],
];
const WEIGHT = 0.55;
/** The words a shape can open with: most openings have none, and skip the patterns. */
const NARROWERS = new Set(['depends', 'it', 'that', 'this', 'which', 'not', 'only']);

export const narrowingRule: Rule = ({ tokens, signals, parent, opening }) => {
  if (!parent || !opening || parent.asks || hasSignal(signals, 'question') || hasSignal(signals, 'disagreement')) return [];
  const start = firstContentWord(tokens.words);
  if (!NARROWERS.has(tokens.words[start] ?? '')) return [];
  const rest = tokens.joined.slice(tokens.offsets[start]);
  const shape = SHAPES.find(([pattern]) => pattern.test(rest));
  return shape ? [{ tag: 'disagreement', cue: `narrows the parent (${shape[1]})`, weight: WEIGHT, at: start }] : [];
};
