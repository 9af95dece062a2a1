// The post(s) a reply really answers. In flat forums (Discourse topics, phpBB pages, mailing lists) most posts
// sit under the opening post while they argue with a later one: they quote it, @mention its writer, or name
// them ("as Alice said"). In order of how plainly the text says so:
// 1. the earlier posts it quotes (a quote linked to its post), or the latest earlier post of a writer it quotes
//    by name only ("Alice wrote: > …");
// 2. the latest earlier post of a writer it @mentions ("@alice") or names with a verb of saying ("as alice
//    said", "alice's point");
// 3. else its parent.
// The parent stays the parent (the tree and the labelled pairs are keyed by it): this is derived data, read by
// the tagger's parent-aware checks and by the argument stage's clash targets. Each answer names its cue.
import type { Quote } from '../model.js';

/** What is read of a post: its place in the thread, its writer, its own text and its quotes. */
export interface AnsweringPost {
  id: string;
  parentId: string | null;
  author?: string | null;
  text: string;
  quotes: readonly Pick<Quote, 'postId' | 'author'>[];
}

/** A post answered, and the cue that says so ("quotes it", "mentions @alice", "names alice", "its parent"). */
export interface Answer { postId: string; cue: string }

/** Shorter names are ordinary words too often ("al", "jo"): only a @mention counts for them. */
const MIN_NAMED_LENGTH = 3;
const MENTION = /(?:^|[^\w@.])@([\w][\w.-]*\w|\w)/g;
const SAYING = String.raw`(?:said|says|wrote|writes|mentioned|mentions|pointed out|points out|suggested|suggests|noted|notes|argued|argues|claimed|claims)`;
/**
 * A verb of saying or a writer's point ("… said", "…'s point"): the one or two words before it are read as a name
 * (looked up among the thread's writers, so the text is read once, whatever their number, and only where a verb is).
 */
const SAID = new RegExp(String.raw` ${SAYING}\b|['’]s (?:point|argument|claim|suggestion|idea|proposal|comment|post|reply)\b`, 'gi');
/** The one or two words before the verb, past an adverb ("Ben just said", "as Ben also noted"). */
const LAST_TWO_WORDS = /(?:^|\s)((?:[\w.-]+ )?([\w.-]+))(?: (?:just|already|also))?$/;

function namedWriters(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(SAID)) {
    const before = LAST_TWO_WORDS.exec(text.slice(Math.max(0, match.index - 80), match.index));
    if (before === null) continue;
    for (const name of new Set([before[1]!.toLowerCase(), before[2]!.toLowerCase()])) if (name.length >= MIN_NAMED_LENGTH) found.push(name);
  }
  return found;
}

/**
 * Per post, in order: the posts it answers, plainest first (never empty for a reply; empty for a root).
 * `underRootOnly`: read the text only of replies to a root (where a flat forum puts a reply that names no parent);
 * other replies answer their parent. The tagger and the clash targets use only those, and most of a nested
 * thread's replies are not: reading every post's text for names cost 4% of tagging a 2,000-comment thread.
 */
export function answeredPosts(posts: readonly AnsweringPost[], underRootOnly = false): Answer[][] {
  const position = new Map(posts.map((post, index) => [post.id, index]));
  // Per writer (lower case), the latest post seen so far: "their latest earlier post" is one lookup.
  const latestBy = new Map<string, AnsweringPost>();
  return posts.map((post, index) => {
    const me = post.author?.toLowerCase() || null;
    const answers: Answer[] = [];
    const add = (target: AnsweringPost | undefined, cue: string) => {
      if (target === undefined || target.id === post.id || answers.some((answer) => answer.postId === target.id)) return;
      if (me !== null && target.author?.toLowerCase() === me) return;
      answers.push({ postId: target.id, cue });
    };
    const parent = post.parentId === null ? undefined : posts[position.get(post.parentId) ?? -1];
    if (underRootOnly && parent !== undefined && parent.parentId !== null) {
      if (me !== null) latestBy.set(me, post);
      return [{ postId: parent.id, cue: 'its parent' }];
    }
    // A writer's post to answer: the parent when they wrote it, else their latest earlier one.
    const postOf = (writer: string) => (parent?.author?.toLowerCase() === writer ? parent : latestBy.get(writer));
    for (const quote of post.quotes) {
      const at = quote.postId === null ? undefined : position.get(quote.postId);
      if (at !== undefined && at < index) add(posts[at], 'quotes it');
      else if (quote.author) add(postOf(quote.author.toLowerCase()), `quotes ${quote.author}`);
    }
    if (post.text.includes('@')) {
      for (const [, name] of post.text.matchAll(MENTION)) add(postOf(name!.toLowerCase()), `mentions @${name}`);
    }
    for (const name of namedWriters(post.text)) if (latestBy.has(name) || parent?.author?.toLowerCase() === name) add(postOf(name), `names ${name}`);
    if (parent !== undefined && answers.length === 0) answers.push({ postId: parent.id, cue: 'its parent' });
    if (me !== null) latestBy.set(me, post);
    return post.parentId === null ? [] : answers;
  });
}

/**
 * The posts a reply answers instead of its parent: those it answers when the parent is not among them (a reply
 * under the opening post that quotes or @mentions another post and not the opening post), else none. The tagger
 * (reply-place.ts) and the argument stage's clash targets (src/argument/answered-targets.ts) read it alike.
 */
export const answeredInstead = (answers: readonly Answer[], parentId: string): readonly Answer[] =>
  answers.some((answer) => answer.postId === parentId) ? [] : answers;

/** The answered posts other than the parent (what a parent-aware check must read besides it). */
export const besidesParent = (answers: readonly Answer[], parentId: string | null): Answer[] =>
  answers.filter((answer) => answer.postId !== parentId);
