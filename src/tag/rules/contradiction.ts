// Plain contradiction of the parent: a reply sentence that says what a parent statement said, with the
// polarity of one of its terms flipped ("Tariffs are a tax on foreigners." → "Tariffs aren't a tax on
// foreigners.", "Rust prevents leaks" → "Rust does not prevent leaks"). Real pushback mostly has no stock
// phrase; what it has is the parent's own words turned around. The flip must sit on a shared word: a "not"
// elsewhere in either sentence says nothing about the shared content. Same words, same polarity is a
// restatement; other words are another topic; code and command lines share words without asserting anything.
import type { ParentView, Statement } from '../parent.js';
import { keyStemPositions } from '../parent.js';
import { negatorBefore } from './negation.js';
import { hasSignal, type Rule } from '../signal.js';
import type { Tokens } from '../tokens.js';

/** Content words a reply sentence must share with one parent statement, and the share of the shorter they must be. */
const MIN_SHARED = 2;
const MIN_SHARE = 0.5;
const WEIGHT = 0.6;
/** Words of code and shell lines: flags, paths, operators. A sentence with several is not an assertion. */
const CODE_TOKEN = /^(?:-|--|\$|#|\/|\\|{|}|<|>|=|\[|\]|\||&|_|`|;|\(|\))$/;
const MAX_CODE_TOKENS = 2;

interface Match { statement: Statement; shared: string[]; flipped: string }

const negatedAt = (words: readonly string[], at: number) => negatorBefore(words, at) >= 0;

function flippedMatch(parent: ParentView, tokens: Tokens, stems: ReadonlyMap<string, number>): Match | null {
  // Only stems the parent uses anywhere can be shared with one of its statements: usually none or few.
  const inParent = [...stems.keys()].filter((key) => parent.stems.has(key));
  if (inParent.length < MIN_SHARED) return null;
  let best: Match | null = null;
  for (const statement of parent.statements) {
    const shared = inParent.filter((key) => statement.stems.has(key));
    if (shared.length < MIN_SHARED || shared.length / Math.min(stems.size, statement.stems.size) < MIN_SHARE) continue;
    const flipped = shared.find((key) => negatedAt(tokens.words, stems.get(key)!) !== negatedAt(statement.words, statement.stems.get(key)!));
    if (flipped && (!best || shared.length > best.shared.length)) best = { statement, shared, flipped };
  }
  return best;
}

/** The words from the first to the last shared one, at most eight: enough for a reader to check the cue. */
function span(words: readonly string[], at: readonly number[]): string {
  const first = Math.max(0, Math.min(...at) - 2);
  const last = Math.min(Math.max(...at), first + 7);
  return words.slice(first, last + 1).join(' ');
}

export const contradictionRule: Rule = ({ tokens, signals, parent }) => {
  if (!parent || parent.statements.length === 0) return [];
  // A question challenges rather than contradicts; granting or agreeing restates (the contrast rules read "but").
  if (hasSignal(signals, 'question') || hasSignal(signals, 'agreement') || hasSignal(signals, 'concession')) return [];
  if (tokens.words.filter((word) => CODE_TOKEN.test(word)).length > MAX_CODE_TOKENS) return [];
  const stems = keyStemPositions(tokens);
  if (stems.size < MIN_SHARED) return [];
  const match = flippedMatch(parent, tokens, stems);
  if (!match) return [];
  const before = span(match.statement.words, match.shared.map((key) => match.statement.stems.get(key)!));
  const after = span(tokens.words, match.shared.map((key) => stems.get(key)!));
  return [{ tag: 'disagreement', cue: `${match.statement.from ? `${match.statement.from}: contradicts` : 'contradicts parent:'} "${before}" → "${after}"`, weight: WEIGHT, at: stems.get(match.flipped)! }];
};
