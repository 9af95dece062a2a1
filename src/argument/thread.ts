// What every argument step asks of the thread: posts by id, replies, who wrote a post (the site's author or
// the inferred speaker), and the key terms of each sentence weighted by how rare they are in the thread.
import type { Post, Sentence, SourceKind, TagName } from '../model.js';
import { keyStems } from '../tag/terms.js';
import { findThesis } from './thesis.js';
import { SentenceStems } from './sentence-stems.js';
import { rememberRecent, squash, wordsOf } from './words.js';

export interface ArgumentThread {
  posts: readonly Post[];
  byId: Map<string, Post>;
  children: Map<string, Post[]>;
  /** The site's author, else the inferred speaker ("Speaker A"), else (a post missing from the thread) the writer its replies quote, else null. */
  authorOf: (post: Post) => string | null;
  /** Key stems of a sentence (cached). */
  stemsOf: (post: Post, sentence: number) => ReadonlySet<string>;
  /** Key stems of the post's title (a link post's title is all it says of its own). */
  titleStemsOf: (post: Post) => ReadonlySet<string>;
  /** The post's thesis sentence (findThesis), worked out once: every fallback link and claim asks for it. */
  thesisOf: (post: Post) => number | null;
  /** How telling a shared stem is: log of sentences over sentences using it. */
  weightOf: (stem: string) => number;
  /**
   * The thread has no reply links (see flatThread): the posts stand in the order written, every reply under the
   * opening post, so a reply's place says nothing of which post it answers.
   */
  flat: boolean;
  /** Each sentence of the post squashed (see squash); kept for the posts asked last, as a reply's sentences ask in turn. */
  sentenceWordsOf: (post: Post) => readonly string[];
  /** The post's text squashed, a space either side; kept for the posts asked last. */
  postWordsOf: (post: Post) => string;
}

export const has = (sentence: Sentence, tag: TagName): boolean => sentence.tags.includes(tag);

/** A link's pieces ("http", "com", "docs") are no terms of what a sentence says: two posts citing one site share no point. */
const withoutLinks = (text: string) => text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');

/**
 * Sources that list posts in the order written, reply links optional: Discourse, GitHub issues, forum pages and
 * pasted text. A comment tree (Hacker News, Reddit, LessWrong…) sorts by votes and nests every answer.
 */
const WRITTEN_ORDER: ReadonlySet<SourceKind> = new Set(['discourse', 'github', 'html', 'text']);

/**
 * No reply links: a source listing posts in the order written whose replies (two at least) all sit under the
 * opening post. Where a site gives reply links, some replies sit under replies; a static export or a plain
 * forum page drops them all.
 */
export function flatThread(posts: readonly Post[], kind: SourceKind | undefined): boolean {
  if (kind === undefined || !WRITTEN_ORDER.has(kind)) return false;
  const root = posts.find((post) => post.parentId === null && !post.placeholder);
  const replies = posts.filter((post) => post.parentId !== null);
  return root !== undefined && replies.length >= 2 && replies.every((post) => post.parentId === root.id);
}

export function argumentThread(posts: readonly Post[], speakerOf: ReadonlyMap<string, string>, kind?: SourceKind): ArgumentThread {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const children = new Map<string, Post[]>();
  for (const post of posts) {
    if (post.parentId === null) continue;
    const siblings = children.get(post.parentId);
    if (siblings) siblings.push(post); else children.set(post.parentId, [post]);
  }
  const stems = new SentenceStems(posts, (text) => keyStems(wordsOf(withoutLinks(text))));
  const theses = new Map<string, number | null>();
  const missingWriters = writersOfMissingPosts(posts, byId);
  return {
    posts,
    byId,
    children,
    authorOf: (post) => post.author ?? speakerOf.get(post.id) ?? missingWriters.get(post.id) ?? null,
    stemsOf: (post, sentence) => stems.of(post, sentence),
    titleStemsOf: (post) => new Set(keyStems(wordsOf(post.title ?? ''))),
    thesisOf: (post) => {
      if (!theses.has(post.id)) theses.set(post.id, findThesis(post));
      return theses.get(post.id)!;
    },
    flat: flatThread(posts, kind),
    weightOf: (stem) => Math.log((stems.sentences + 1) / (stems.usesOf(stem) || 1)),
    sentenceWordsOf: rememberRecent((post: Post) => post.sentences.map((sentence) => squash(sentence.text))),
    postWordsOf: rememberRecent((post: Post) => ` ${squash(post.text)} `),
  };
}

/**
 * Who wrote a post missing from the thread (a placeholder): the writer its replies quote most, other than
 * themselves (a Discourse page's reply quotes "anonymous105 said:" above each answer to a post on another page).
 */
function writersOfMissingPosts(posts: readonly Post[], byId: ReadonlyMap<string, Post>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const post of posts) {
    if (post.parentId === null || !byId.get(post.parentId)?.placeholder) continue;
    const tally = counts.get(post.parentId) ?? new Map<string, number>();
    for (const quote of post.quotes) if (quote.author && quote.author !== post.author) tally.set(quote.author, (tally.get(quote.author) ?? 0) + 1);
    counts.set(post.parentId, tally);
  }
  const writers = new Map<string, string>();
  for (const [id, tally] of counts) {
    const [top] = [...tally].sort((a, b) => b[1] - a[1]);
    if (top) writers.set(id, top[0]);
  }
  return writers;
}

/** The posts this one answers: its parent, and any post it quotes. */
export function answered(thread: ArgumentThread, post: Post): Post[] {
  const ids = new Set([post.parentId, ...post.quotes.map((quote) => quote.postId)].filter((id): id is string => id !== null));
  return [...ids].map((id) => thread.byId.get(id)).filter((p): p is Post => p !== undefined && !p.placeholder);
}

/** The posts a reply answers by someone else: its parent and the posts it quotes, else its parent missing from the thread (a placeholder), as a whole post. */
export function repliedTo(thread: ArgumentThread, post: Post): Post[] {
  const me = thread.authorOf(post);
  const others = (target: Post) => me === null || thread.authorOf(target) !== me;
  const targets = answered(thread, post).filter(others);
  if (targets.length > 0 || post.parentId === null) return targets;
  const parent = thread.byId.get(post.parentId);
  return parent?.placeholder && others(parent) ? [parent] : [];
}
