// Where each reply sits in its exchange, read from the thread's shape: who wrote the post above it, the one
// above that, and the replies below it. On 1,349 labelled real reply pairs (nine sets, eight forums) the shape
// says more about stance than any phrase: a writer who answers back in an exchange (A, B answering A, A again)
// disagrees in 61% of such replies against 30% elsewhere (higher in 8 of the 9 sets; the ninth has three such
// replies), a reply whose parent's writer comes back to answer it in 64% against 30% (higher in all 9);
// a reply to one's own post is neutral in 67% (a follow-up). People who agree seldom keep an exchange going; people who disagree do.
// Under the opening post of a flat forum a reply often answers another post (answers.ts): it quotes it or
// @mentions its writer. Labellers read such a reply's stance toward the opening post as mostly neutral (on the
// ten seen sets, 23 of 40 such pairs, the writer's own follow-ups among them; 9 agree, 8 disagree): its place
// makes its stance less sure, either way. Reading the exchange itself
// (answering back, answered back) through quotes and mentions was tried and dropped: a thread's starter
// @mentioning a helper to thank them read as pushback (stance macro-F1 fresh2 -0.014, fresh9 -0.004).
import type { ReplyPlace } from '../model.js';
import { answeredInstead, type Answer } from './answers.js';

/** What the shape is read from: a post's id, its parent's id and its writer (null or empty: unknown). */
export interface PlacedPost { id: string; parentId: string | null; author?: string | null }

const NOWHERE: ReplyPlace = Object.freeze({ answersBack: false, answeredBack: false, ownPost: false });

/**
 * Per post, in order: its place as a reply (a root, or a reply whose parent is not among the posts, has none).
 * `answers`: per post, the posts it answers (answers.ts), for a reply under the opening post that answers another.
 */
export function replyPlaces(posts: readonly PlacedPost[], answers?: readonly (readonly Answer[])[]): ReplyPlace[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const writer = (post: PlacedPost | undefined): string | null => post?.author || null;
  // Per post, the writers of its replies: "does the parent's writer answer this reply?" is then one lookup.
  const repliedBy = new Map<string, Set<string>>();
  for (const post of posts) {
    const author = writer(post);
    if (post.parentId === null || author === null) continue;
    let writers = repliedBy.get(post.parentId);
    if (writers === undefined) repliedBy.set(post.parentId, (writers = new Set()));
    writers.add(author);
  }
  return posts.map((post, index) => {
    const parent = post.parentId === null ? undefined : byId.get(post.parentId);
    const author = writer(post);
    const parentAuthor = writer(parent);
    const underOpening = parent !== undefined && parent.parentId === null;
    if (author === null || parentAuthor === null) return underOpening ? { ...NOWHERE, underOpening } : NOWHERE;
    if (author === parentAuthor) return { ...NOWHERE, ownPost: true, ...(underOpening ? { underOpening } : {}) };
    const grandparent = parent!.parentId === null ? undefined : byId.get(parent!.parentId);
    const instead = underOpening ? answeredInstead(answers?.[index] ?? [], parent!.id)[0] : undefined;
    return {
      answersBack: writer(grandparent) === author,
      answeredBack: repliedBy.get(post.id)?.has(parentAuthor) ?? false,
      ownPost: false,
      ...(underOpening ? { underOpening } : {}),
      ...(instead !== undefined ? { answersInstead: `post ${instead.postId} (${instead.cue})` } : {}),
    };
  });
}
