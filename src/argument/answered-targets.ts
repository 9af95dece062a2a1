// Which posts a reply answers (answeredTargets): its parent and the posts it quotes, and the posts of writers it
// @mentions or names (src/tag/answers.ts); under the opening post, the post it answers instead comes first.
import type { Post } from '../model.js';
import { answeredInstead, answeredPosts, type Answer } from '../tag/answers.js';
import { repliedTo, type ArgumentThread } from './thread.js';

const answersOfThread = new WeakMap<ArgumentThread, ReadonlyMap<string, Answer[]>>();

/** Per post id, the posts it answers (answers.ts), read once per thread. */
function answersOf(thread: ArgumentThread): ReadonlyMap<string, Answer[]> {
  let answers = answersOfThread.get(thread);
  if (answers === undefined) {
    const read = answeredPosts(thread.posts, true);
    answers = new Map(thread.posts.map((post, index) => [post.id, read[index]!]));
    answersOfThread.set(thread, answers);
  }
  return answers;
}

const previousOfThread = new WeakMap<ArgumentThread, ReadonlyMap<string, Post>>();

/** Per post id, the latest earlier post by someone else, read in one pass (a writer's run of posts shares it). */
function previousByOther(thread: ArgumentThread, post: Post): Post | undefined {
  let previous = previousOfThread.get(thread);
  if (previous === undefined) {
    const found = new Map<string, Post>();
    thread.posts.forEach((current, index) => {
      const before = thread.posts[index - 1];
      if (before === undefined) return;
      const other = before.placeholder || thread.authorOf(before) === thread.authorOf(current) ? found.get(before.id) : before;
      if (other !== undefined) found.set(current.id, other);
    });
    previous = found;
    previousOfThread.set(thread, previous);
  }
  return previous.get(post.id);
}

/** Rarity-weighted key terms of `reply` that `target` uses too. */
function sharedWeight(thread: ArgumentThread, reply: Post, target: Post): number {
  const mine = new Set(reply.sentences.flatMap((sentence, i) => (sentence.quoted ? [] : [...thread.stemsOf(reply, i)])));
  const shared = new Set<string>();
  target.sentences.forEach((_, i) => { for (const stem of thread.stemsOf(target, i)) if (mine.has(stem)) shared.add(stem); });
  return [...shared].reduce((sum, stem) => sum + thread.weightOf(stem), 0);
}

/**
 * A reply in a thread with no reply links (thread.flat) that names no post answers, most often, the post just
 * before it by someone else: the previous post comes first unless the reply shares more of the opening post's
 * terms. The opening post's writer answering under their own post answers the previous post alone.
 */
function flatTargets(thread: ArgumentThread, post: Post, root: Post): Post[] {
  const previous = previousByOther(thread, post);
  const rootByOther = thread.authorOf(root) !== thread.authorOf(post) ? [root] : [];
  if (previous === undefined || previous === root) return rootByOther;
  if (rootByOther.length === 0) return [previous];
  return sharedWeight(thread, post, root) > sharedWeight(thread, post, previous) ? [root, previous] : [previous, root];
}

/**
 * The posts by others a reply's clashes may target: repliedTo's (its parent, the posts it quotes); and, for a reply
 * under the opening post that answers other posts and not the opening post, those posts first (the writers it
 * @mentions or names among them), so a tie goes to them and the fallback target is theirs; in a thread with no
 * reply links, a reply that names no post answers the post before it too (flatTargets). The opening post's
 * writer following up their own post ("@bob suggested to me…") credits rather than disputes: no added targets
 * (on fresh9 they added 29 open disagreements no reader listed).
 */
export function answeredTargets(thread: ArgumentThread, post: Post): Post[] {
  const targets = repliedTo(thread, post);
  const parent = post.parentId === null ? undefined : thread.byId.get(post.parentId);
  if (parent === undefined || parent.parentId !== null) return targets;
  const answers = answersOf(thread).get(post.id) ?? [];
  // The reply names no post (its parent is all answers.ts found): its place is no sign of what it answers.
  if (thread.flat && answers.every((answer) => answer.cue === 'its parent')) return flatTargets(thread, post, parent);
  const instead = answeredInstead(answers, parent.id);
  if (thread.authorOf(parent) === thread.authorOf(post)) return targets;
  const answered = instead.map((answer) => thread.byId.get(answer.postId)).filter((target): target is Post => target !== undefined && !target.placeholder);
  return [...answered, ...targets.filter((target) => !answered.includes(target))];
}

/**
 * Per post id, how many replies by others answer it: the first post each reply answers (answeredTargets: its parent,
 * else the post it quotes or names, or in a thread with no reply links the post before it).
 */
export function answerCounts(thread: ArgumentThread): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of thread.posts) {
    const answered = post.parentId === null ? undefined : answeredTargets(thread, post)[0];
    if (answered) counts.set(answered.id, (counts.get(answered.id) ?? 0) + 1);
  }
  return counts;
}
