// A reader names each post's point once: a post gives one main claim, a long one (an essay as opening post) one
// per PER_CLAIM_SENTENCES sentences, at most MAX_PER_POST; beyond that only a claim disputed or granted in its
// own right stands.
import type { ArgumentThread } from './thread.js';
import type { Candidate } from './claim-candidates.js';

/** A post gives one main claim per this many sentences (at least one, at most MAX_PER_POST). */
const PER_CLAIM_SENTENCES = 15;
const MAX_PER_POST = 3;
/** Clashes and concessions a claim must draw itself to stand beside its post's other main claim. */
const DRAWN_IN_ITS_OWN_RIGHT = 2;

/** `claims` (best first) without those past their post's room, unless drawn in their own right. */
export function namedOncePerPost(thread: ArgumentThread, claims: Candidate[]): Candidate[] {
  const perPost = new Map<string, number>();
  const room = (postId: string) => Math.min(MAX_PER_POST, Math.max(1, Math.floor(thread.byId.get(postId)!.sentences.length / PER_CLAIM_SENTENCES)));
  return claims.filter((claim) => {
    const taken = perPost.get(claim.postId) ?? 0;
    perPost.set(claim.postId, taken + 1);
    return taken < room(claim.postId) || claim.clashes.length + claim.concessions.length >= DRAWN_IN_ITS_OWN_RIGHT;
  });
}
