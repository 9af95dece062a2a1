// Tagging whole posts: every sentence of a post's own text (quoted passages are the quoted author's,
// not the quoter's, so they are not tagged here), and each reply's stance toward its parent.
import type { Post, ProgressListener, RawPost, ReplyPlace, Sentence, Stance } from '../model.js';
import { parentView, readParent, UNREAD_PARENT, type ParentView } from './parent.js';
import { replyPlaces } from './reply-place.js';
import { stanceToward } from './stance.js';
import { tagTextRead } from './text.js';
import { withVerdictTagged } from './verdict.js';

const PROGRESS_EVERY = 500;

/**
 * What tagging reads of a post. `quotesParent`: it quotes its parent (a quote linked to the parent post);
 * `place`: where it sits in its exchange, read from the whole thread before it is tagged in parts.
 */
export interface TagInput { id: string; parentId: string | null; text: string; placeholder?: boolean; quotesParent: boolean; place?: ReplyPlace }

/** What tagging makes of a post: its sentences, and its stance toward its parent (null for roots). */
export interface PostTags { sentences: Sentence[]; stance: Stance | null }

export function tagInputs(posts: readonly RawPost[]): TagInput[] {
  const places = replyPlaces(posts);
  return posts.map((post, index) => ({
    id: post.id, parentId: post.parentId, text: post.text, placeholder: post.placeholder,
    quotesParent: post.quotes.some((quote) => quote.postId === post.parentId), place: places[index],
  }));
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
  for (const post of posts) if (!post.placeholder && post.parentId !== null) repliesLeft.set(post.parentId, (repliesLeft.get(post.parentId) ?? 0) + 1);
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
    const { sentences, read } = tagTextRead(post.text, parent ?? undefined);
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
