// The readings of a contrast that follows a grant or an agreement ("Fair point, but …", "Yes, X, but Y"): what
// was granted is conceded, and what follows the contrast objects. Read by contrast.ts.
import { firstContentWord } from '../match.js';
import { marksGrant } from '../grants.js';
import { hasSignal, type Signal } from '../signal.js';
import { isPunctuation } from '../tokens.js';
import { isParallelContrast } from './parallel.js';
import { contrastAfterConcessionCue } from '../shape-cues.js';

const CLARIFIES = /^(?:, )?(?:just )?(?:to be clear|to clarify|for clarity|for the record|i should clarify|what i meant|i meant)\b/;
export const AFFIRMATIONS = new Set(['yes', 'yeah', 'yep', 'sure', 'true', 'right', 'ok', 'okay', 'fine', 'fair', 'granted', 'agreed', 'absolutely', 'definitely', 'maybe', 'perhaps', 'possibly', 'probably']);
/** How many words an agreement may start before the contrast and still be what it grants ("that is true ,"). */
const GRANT_REACH = 4;

export function afterConcession(words: readonly string[], signals: readonly Signal[], at: number, marker: string): Signal[] {
  const found: Signal[] = [];
  const first = firstContentWord(words);
  if (hasSignal(signals, 'concession', (signal) => signal.at < at)) {
    found.push({ tag: 'concession', cue: `concession … ${marker} …`, weight: 0.4, at });
  }
  // "…, and that's true, but Y", "Agreed, but Y": an agreement right before the contrast is a grant; so is one
  // further back when the clause grants in words ("I agree with your logic that X, but Y", "You are correct that X,
  // but Y"). Praise further back ("I really like this idea but have no idea how…") grants no point of the other's,
  // and "I agree with X, though I disagree with Y" sets two opposite stances side by side (rules/parallel.ts).
  const grantsInWords = marksGrant(words.slice(0, at)) && !isParallelContrast(words, at);
  if (hasSignal(signals, 'agreement', (signal) => signal.at < at && (grantsInWords || (at - signal.at <= GRANT_REACH && isPunctuation(words[at - 1] ?? ''))))) {
    found.push({ tag: 'concession', cue: `granted (…, ${marker} …)`, weight: 0.6, at });
  }
  // "You're right that X, but Y": words that both agree and concede, before the contrast, concede; so does
  // agreement inside what was granted ("I'll admit the proposals sound reasonable, but…").
  const grants = signals.filter((signal) => signal.tag === 'concession' && signal.weight > 0 && signal.at < at);
  if (hasSignal(signals, 'agreement', (signal) => signal.at < at && grants.some((grant) => grant.at <= signal.at))) {
    found.push({ tag: 'agreement', cue: `granted (…, ${marker} …)`, weight: -0.6, at });
  }
  // "Yes/Sure, X, but Y" grants X: the opening affirmation concedes, unless the writer also agrees in words.
  if (AFFIRMATIONS.has(words[first]!)) {
    found.push({ tag: 'concession', cue: `${words[first]}, … ${marker} …`, weight: 0.75, at: first });
    if (!hasSignal(signals, 'agreement', (signal) => signal.at > first)) {
      found.push({ tag: 'agreement', cue: `${words[first]}, … ${marker} …`, weight: -0.6, at: first });
    }
  }
  // "That makes sense, though to be clear I wasn't equating them": the writer clarifies their own words.
  if (!CLARIFIES.test(words.slice(at + 1, at + 5).join(' '))) found.push({ tag: 'disagreement', cue: contrastAfterConcessionCue(marker), weight: 0.65, at });
  return found;
}
