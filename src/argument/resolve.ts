// A clash is resolved only on its own point: later in the sub-thread below the disagreeing post, the
// target's author grants the disagreeing sentence (or the reply holding it), or the disagreeing author
// grants the sentence they disputed. A grant anywhere else, or on another point, leaves it open.
import type { Clash, Concession, Post } from '../model.js';

/** A concession or an agreement: who granted which sentence. */
type Grant = Pick<Concession, 'from' | 'to'>;
import type { ArgumentThread } from './thread.js';

/** Two or more shared key stems, weighed by rarity in the thread, make two sentences the same point. */
const SAME_POINT_WEIGHT = 3;

function samePoint(thread: ArgumentThread, a: { post: Post; sentence: number }, b: { post: Post; sentence: number }): boolean {
  const mine = thread.stemsOf(a.post, a.sentence);
  const shared = [...thread.stemsOf(b.post, b.sentence)].filter((stem) => mine.has(stem));
  return shared.length >= 2 && shared.reduce((sum, stem) => sum + thread.weightOf(stem), 0) >= SAME_POINT_WEIGHT;
}

/** `grant` is in a post below the disagreeing one (the caller only offers those). */
function settles(thread: ArgumentThread, clash: Clash, grant: Grant): boolean {
  const grantPost = thread.byId.get(grant.from.postId)!;
  const at = { post: grantPost, sentence: grant.from.sentence };
  if (grant.from.author === clash.to.author && grant.to.postId === clash.from.postId) {
    const disputing = { post: thread.byId.get(clash.from.postId)!, sentence: clash.from.sentence };
    return grant.to.sentence === null || grant.to.sentence === clash.from.sentence || samePoint(thread, at, disputing);
  }
  if (grant.from.author === clash.from.author && grant.to.author === clash.to.author && clash.to.sentence !== null) {
    const disputed = { post: thread.byId.get(clash.to.postId)!, sentence: clash.to.sentence };
    return samePoint(thread, at, disputed);
  }
  return false;
}

/** The grants made in the sub-thread below a post, walking its replies (not the whole thread per clash). */
function grantsBelow(thread: ArgumentThread, postId: string, byPost: ReadonlyMap<string, Grant[]>): Grant[] {
  const found: Grant[] = [];
  const stack = [...(thread.children.get(postId) ?? [])];
  while (stack.length) {
    const post = stack.pop()!;
    found.push(...(byPost.get(post.id) ?? []));
    stack.push(...(thread.children.get(post.id) ?? []));
  }
  return found;
}

/** Marks each clash resolved by the first grant on its point, in reading order. */
export function resolveClashes(thread: ArgumentThread, clashes: Clash[], grants: readonly Grant[]): void {
  const byPost = new Map<string, Grant[]>();
  for (const grant of grants) {
    const mine = byPost.get(grant.from.postId);
    if (mine) mine.push(grant); else byPost.set(grant.from.postId, [grant]);
  }
  const order = new Map(thread.posts.map((post, i) => [post.id, i]));
  const below = new Map<string, Grant[]>();
  for (const clash of clashes) {
    let candidates = below.get(clash.from.postId);
    if (!candidates) {
      candidates = grantsBelow(thread, clash.from.postId, byPost).sort((a, b) => order.get(a.from.postId)! - order.get(b.from.postId)!);
      below.set(clash.from.postId, candidates);
    }
    const grant = candidates.find((g) => settles(thread, clash, g));
    if (!grant) continue;
    clash.resolved = true;
    clash.resolvedBy = { postId: grant.from.postId, sentence: grant.from.sentence };
  }
}
