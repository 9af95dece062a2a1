// A main claim in the making: which sentences can be one (isClaim), and the record each gathers while
// rankClaims (claims.ts) reads the thread: its score, what it drew and from whom.
import type { MainClaim, Post } from '../model.js';
import { notArguable, signpostsThesis } from './arguable.js';
import { has } from './thread.js';

/** `people`: who drew the claim, made at the first (a big thread has a candidate for nearly every post's thesis, most drawing no one). */
export interface Candidate extends MainClaim { people: Set<string> | null }

export const drawnBy = (claim: Candidate, by: string | null): void => { if (by !== null) (claim.people ??= new Set()).add(by); };

/** A candidate's lists start as this one shared empty list and get their own at their first entry (most stay empty). */
export const NONE: never[] = Object.freeze([]) as never[];
export const added = <T>(list: T[], ...items: T[]): T[] => (list === NONE ? items : (list.push(...items), list));

/** `quotedByOther`: another writer quoted the sentence to answer it, so the thread treats it as a claim whatever its tags. */
export function isClaim(sentence: Post['sentences'][number], quotedByOther = false): boolean {
  return !sentence.quoted && (has(sentence, 'claim') || signpostsThesis(sentence.text) || quotedByOther) && !has(sentence, 'question')
    && notArguable(sentence) === null;
}
