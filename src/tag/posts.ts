// Tagging whole posts: every sentence of a post's own text (quoted passages are the quoted author's,
// not the quoter's, so they are not tagged here), and each reply's stance toward its parent.
import type { Post, ProgressListener, RawPost, ReplyPlace, Sentence, Stance } from '../model.js';
import { answeredPosts, besidesParent, type Answer } from './answers.js';
import { parentView, readParent, UNREAD_PARENT, withAnswered, type AnsweredView, type ParentView } from './parent.js';
import { replyPlaces } from './reply-place.js';
import { stanceToward } from './stance.js';
import { tagTextRead } from './text.js';
import { withVerdictTagged } from './verdict.js';

const PROGRESS_EVERY = 500;

/**
 * What tagging reads of a post. `quotesParent`: it quotes its parent (a quote linked to the parent post);
 * `place`: where it sits in its exchange; `answers`: the posts it answers besides its parent (answers.ts),
 * which its parent-aware checks read too. Both read from the whole thread before it is tagged in parts.
 */
export interface TagInput { id: string; parentId: string | null; text: string; placeholder?: boolean; quotesParent: boolean; place?: ReplyPlace; answers?: Answer[] }

/**
 * What a reply's sentences are read against. A reply under the opening post that answers another post instead
 * (it quotes it, @mentions its writer) argues with that post: its parent-aware checks read that post, not the
 * opening post. Elsewhere the parent, as before: reading the posts it quotes besides the parent too found no
 * disagreement the labellers saw and added false alarms (fully right fresh9 0.683 → 0.680, fresh2, fresh3,
 * fresh5, fresh7 one or two sentences each).
 */
function readAgainst(parent: ParentView, answered: readonly AnsweredView[], place: ReplyPlace | undefined): ParentView {
  return place?.answersInstead && answered.length > 0 ? withAnswered({ ...UNREAD_PARENT, asks: parent.asks }, answered) : parent;
}

/** What tagging makes of a post: its sentences, and its stance toward its parent (null for roots). */
export interface PostTags { sentences: Sentence[]; stance: Stance | null }

export function tagInputs(posts: readonly RawPost[]): TagInput[] {
  const answers = answeredPosts(posts, true);
  const places = replyPlaces(posts, answers);
  return posts.map((post, index) => {
    const besides = besidesParent(answers[index]!, post.parentId);
    return {
      id: post.id, parentId: post.parentId, text: post.text, placeholder: post.placeholder,
      quotesParent: post.quotes.some((quote) => quote.postId === post.parentId), place: places[index],
      ...(besides.length > 0 ? { answers: besides } : {}),
    };
  });
}

export function tagPosts(posts: readonly RawPost[], onProgress: ProgressListener = () => undefined): Post[] {
  const tags = tagEachPost(tagInputs(posts), new Map(), (done) => onProgress({ stage: 'tag', done, total: posts.length }));
  return posts.map((post, i) => withTags(post, tags[i]!));
}

/**
 * Tags `posts` in order. A parent that is not among them (the other half of a thread split across
 * threads) is read from `parentTexts`. `onProgress` hears every PROGRESS_EVERY posts.
 */
export function tagEachPost(posts: readonly TagInput[], parentTexts: ReadonlyMap<string, string>, onProgress: (done: number) => void = () => undefined): PostTags[] {
  const textOf = new Map(parentTexts);
  for (const post of posts) textOf.set(post.id, post.text);
  // Replies still to tag per parent: a parent's view is let go after its last reply (100k posts' views
  // held to the end kept the heap large and the collector busy).
  const repliesLeft = new Map<string, number>();
  const countReply = (id: string) => repliesLeft.set(id, (repliesLeft.get(id) ?? 0) + 1);
  for (const post of posts) {
    if (post.placeholder || post.parentId === null) continue;
    countReply(post.parentId);
    for (const answer of post.answers ?? []) countReply(answer.postId);
  }
  // Each parent is read once, however many replies it has: from its own tagging when it came first
  // (its sentences and tokens are already made), else from its text.
  // A parent with no text (a placeholder for a comment deleted or on another page) is still someone answered.
  const parents = new Map<string, ParentView>();
  const parentOf = (parentId: string): ParentView => {
    let view = parents.get(parentId);
    if (view === undefined) {
      const text = textOf.get(parentId);
      view = text ? readParent(text) : UNREAD_PARENT;
      parents.set(parentId, view);
    }
    const left = repliesLeft.get(parentId)! - 1;
    repliesLeft.set(parentId, left);
    if (left === 0) parents.delete(parentId);
    return view;
  };
  return posts.map((post, i) => {
    if (i % PROGRESS_EVERY === 0) onProgress(i);
    const parent = post.placeholder || post.parentId === null ? null : parentOf(post.parentId);
    // The sentences are read against the posts the reply answers; its stance, toward the parent shown.
    const answered = parent === null ? [] : (post.answers ?? []).map((answer) => ({ view: parentOf(answer.postId), from: `answers post ${answer.postId} (${answer.cue})` }));
    const { sentences, read } = tagTextRead(post.text, parent === null ? undefined : readAgainst(parent, answered, post.place));
    if ((repliesLeft.get(post.id) ?? 0) > 0 && !parents.has(post.id) && textOf.get(post.id) === post.text) {
      parents.set(post.id, post.text ? parentView(read) : UNREAD_PARENT);
    }
    const stance = post.parentId === null || post.placeholder
      ? null
      : stanceToward(sentences, parent, { quotesParent: post.quotesParent, tokens: read.map((sentence) => sentence.tokens), place: post.place });
    return { sentences: withVerdictTagged(sentences, stance), stance };
  });
}

/** The map document's post: the post as read, with its tags. */
export function withTags(post: RawPost, { sentences, stance }: PostTags): Post {
  return {
    id: post.id,
    parentId: post.parentId,
    author: post.author,
    createdAt: post.createdAt,
    score: post.score,
    url: post.url,
    ...(post.title ? { title: post.title } : {}),
    ...(post.link ? { link: post.link } : {}),
    text: post.text,
    quotes: post.quotes,
    duplicates: post.duplicates ?? [],
    stance,
    sentences,
    ...(post.placeholder ? { placeholder: true } : {}),
    ...(post.accepted ? { accepted: true } : {}),
  };
}
