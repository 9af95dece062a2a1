// The shape of a claim: a statement in the present (or with a modal) says how things are or ought to
// be, something a reader could dispute ("Abortion is an act of violence", "Taxes will rise"); a
// statement only in the past tense tells what happened (narration: "We published our report").
// A statement with evaluative words in it is a claim; without them it is most often a report of fact.
// Lexicon cues (evaluations, "should", "I think") then add to or settle it.
import { evaluativeWords } from '../evaluative.js';
import type { Rule, Signal } from '../signal.js';
import { isPunctuation } from '../tokens.js';

const PRESENT_OR_MODAL = new Set([
  'is', 'are', 'am', 'has', 'have', 'do', 'does', 'can', 'will', 'would', 'should', 'must', 'may', 'might', 'could',
  'shall', 'need', 'needs', 'means', 'makes', 'seems', 'remains', 'becomes', 'deserves', 'matters',
]);
const PAST = new Set(['was', 'were', 'had', 'did']);
/** Words ending in "-ed" that are not past tenses. */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'breed', 'greed', 'proceed', 'exceed', 'succeed', 'embed', 'hundred', 'sacred', 'naked', 'wicked', 'kindred']);
/** Fewer words than this is a fragment or a formula ("First and foremost,"), not a statement. */
const MIN_WORDS = 6;

function isPastForm(word: string, previous: string | undefined): boolean {
  if (PAST.has(word)) return true;
  // "-ed" after a present auxiliary is a participle of a present statement ("is based", "has changed").
  return word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word) && !PRESENT_OR_MODAL.has(previous ?? '') && previous !== 'be' && previous !== 'been';
}

export const claimRule: Rule = ({ tokens, signals }) => {
  const { words } = tokens;
  if (signals.some((signal) => signal.tag === 'question' && signal.weight > 0)) return [];
  const content = words.filter((word) => !isPunctuation(word));
  if (content.length < MIN_WORDS) return [];
  const present = words.some((word, index) => PRESENT_OR_MODAL.has(word) && !tokens.quoted[index]);
  const past = words.some((word, index) => isPastForm(word, words[index - 1]));
  const found: Signal[] = [{ tag: 'claim', cue: 'a statement', weight: 0.3, at: 0 }];
  const evaluative = evaluativeWords(words, tokens.quoted);
  if (evaluative.length > 0) {
    found.push({ tag: 'claim', cue: `evaluative words (${evaluative.slice(0, 3).join(', ')})`, weight: evaluative.length > 1 ? 0.5 : 0.35, at: 0 });
  }
  if (past && !present) found.push({ tag: 'claim', cue: 'narration (past tense)', weight: -0.35, at: 0 });
  return found;
};
