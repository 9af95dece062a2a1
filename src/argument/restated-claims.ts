// A claim restated by others (most of its key stems again) is clustered into the one ranked above it: its weight,
// clashes, concessions and supports are added there, and the restatement is listed.
import type { ArgumentThread } from './thread.js';
import { added, type Candidate } from './claim-candidates.js';

/** Share of key stems two claims must share to be the same claim said again. */
const RESTATED = 0.5;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size < 4 || b.size < 4) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** `ranked`, best first, with each claim restated by another writer's earlier-ranked claim folded into it. */
export function clusterRestatements(thread: ArgumentThread, ranked: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const claim of ranked) {
    const stems = thread.stemsOf(thread.byId.get(claim.postId)!, claim.sentence);
    const same = kept.find((k) => k.postId !== claim.postId && overlap(stems, thread.stemsOf(thread.byId.get(k.postId)!, k.sentence)) >= RESTATED);
    if (!same) { kept.push(claim); continue; }
    same.restatedBy = added(same.restatedBy, { postId: claim.postId, sentence: claim.sentence, author: claim.author });
    same.score += claim.score * 0.5 + (claim.author !== same.author ? 0.5 : 0);
    same.clashes = added(same.clashes, ...claim.clashes);
    same.concessions = added(same.concessions, ...claim.concessions);
    same.supports = added(same.supports, ...claim.supports);
  }
  return kept;
}
