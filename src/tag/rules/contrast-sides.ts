// Whose position the first clause of "X but Y" is, and whether X is granted: the other side's words ("you",
// "true", "say"), the parent's terms, a mark of granting (grants.ts). Read by contrast.ts, text.ts, concessive.ts.
import { firstContentWord } from '../match.js';
import type { ParentView } from '../parent.js';
import { marksGrant } from '../grants.js';
import { speaksPersonally } from '../register.js';
import { isKeyWord, stem } from '../terms.js';

/**
 * Words that make a first clause the other side's position (the addressee, what they say or claim, its being
 * true): what "but" then grants and answers. On real threads a first clause with only a modal or a "not"
 * ("That's not that common, but it happens", "I don't really know, but I have some guesses") is the
 * writer's own contrast: 9 of 46 such sentences disagreed with anyone in the real dev set.
 */
const OTHER_SIDE_WORDS = new Set(['you', 'your', 'true', 'right', 'fair', 'doubt', 'say', 'says', 'saying', 'said', 'claim', 'claims', 'argue', 'argues', 'point', 'valid', 'granted', 'admittedly']);

/** Openers that grant what follows when an objection comes after it ("Sure, X — that doesn't make it Y"). */
export const GRANTING_OPENERS = new Set(['sure', 'true', 'granted', 'fair', 'fine', 'okay', 'ok']);

/** Does X credit a view in words: the addressee, what someone says or claims, its being true, or a granting opener? */
export function creditsAView(first: readonly string[]): boolean {
  // "Sure, they could be agents": a granting opener puts what follows on the other side.
  return first.some((word) => OTHER_SIDE_WORDS.has(word)) || GRANTING_OPENERS.has(first[firstContentWord(first)] ?? '');
}

/**
 * Is X, before a contrast ("X, but Y" in a sentence, "X. But Y." across two), granted? In conversation only when it
 * carries a mark of granting (grants.ts): without one X is the writer's own line and the contrast only goes on
 * ("We pushed the fix on Monday. But the tests still fail."). Edited prose marks concession by the connective itself.
 */
export const isGrantedBeforeContrast = (first: readonly string[], conversation = false): boolean =>
  !(conversation || speaksPersonally(first)) || marksGrant(first);

/** Modals that, after "I"/"we", offer the writer's own option or plan ("I could look it up, but…"), granting nothing. */
const OWN_OPTION = new Set(['could', 'might', 'may', 'would', 'will', 'can']);
/**
 * In a reply, a first clause that does not name the other side still grants when it carries a mark of granting
 * that is not the writer's own option ("I could look it up, but…") nor self-doubt ("I'm not sure what X is, but…").
 */
export function grantsWithoutNamingIt(first: readonly string[]): boolean {
  if (!marksGrant(first)) return false;
  return !first.some((word, index) => (OWN_OPTION.has(word) && (first[index - 1] === 'i' || first[index - 1] === 'we'))
    || (word === 'sure' && first[index - 1] === 'not') || (word === 'sure' && first[index - 1] === 'am'));
}

/** Does X hold the other side's position: their words ("you", "true", "say"), or, in a reply, the parent's own terms? */
export function holdsOtherSide(first: readonly string[], parent: ParentView | undefined): boolean {
  if (creditsAView(first)) return true;
  if (!parent) return false;
  let shared = 0;
  for (const word of first) if (isKeyWord(word) && parent.stems.has(stem(word)) && ++shared >= 2) return true;
  return false;
}
