// Cues a rule reads from a sentence's shape or place alone ("X, but Y", "Although X, Y", a reply's opening
// counter-claim), not from words that grant or dispute. The argument stage (src/argument) trusts a tag that
// rests only on such cues when the sentence also takes up the other's words. The rules write these cues with
// the builders here and the argument stage recognises them with the tests here, so a cue cannot be reworded on
// one side only (it once recognised "X, but Y" and missed "X, yet Y").

/** "X, but Y" / "X, yet Y": two clauses, the second denying what the first led one to expect. */
export const clauseContrastCue = (marker: string): string => `X, ${marker} Y`;
/** "That's true, but …": a contrast after words that grant. */
export const contrastAfterConcessionCue = (marker: string): string => `contrast after concession (${marker})`;
/** "Although X, Y" / "Granted, X; not Y": a grant, then a clause that denies. */
export const objectionAfterGrantingCue = (shape: string): string => `objection after granting (${shape})`;
/** A reply's opening sentence that denies, whatever its words. */
export const countersParentCue = (opening: string): string => `counters the parent (opens with "${opening}")`;
/** "Even if X, Y", "while X, Y": a concessive clause. */
export const concessiveCue = (marker: string): string => `concessive (${marker})`;
/** The sentence a following "But …" answers. */
export const GRANTED_BEFORE_BUT = 'granted before "But …"';

export const isClauseContrast = (cue: string): boolean => /^X, \S+ Y$/.test(cue);
const isCounterByPlace = (cue: string): boolean => cue.startsWith('counters the parent (');

/** A disagreement cue read from shape or place alone. */
export const disputesByShape = (cue: string): boolean => isClauseContrast(cue) || isCounterByPlace(cue)
  || cue.startsWith('contrast after concession (') || cue.startsWith('objection after granting (');

/**
 * A concession cue read from shape alone. Besides the builders above, a cue written with an ellipsis stands for
 * a shape ("granted (…, though …)", "yeah, … but …"): the words it names are connectives, not a grant.
 */
export const grantsByShape = (cue: string): boolean => isClauseContrast(cue) || cue.startsWith('concessive (')
  || cue === GRANTED_BEFORE_BUT || cue.includes('…');
