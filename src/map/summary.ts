// The thread in a few lists: who took part, the main claims, who conceded what to whom, and the
// disagreements nobody answered with a concession or agreement.
import type { Participant, Post, Sentence, Summary, TagName } from '../model.js';

const MAIN_CLAIMS = 8;
const CLAIMS_PER_POST = 2;
const EXCERPT_CHARS = 300;

const has = (sentence: Sentence, tag: TagName) => sentence.tags.includes(tag);

export function excerpt(text: string, max = EXCERPT_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Replies below each post (all depths), computed children-first from the parents-first order. */
function descendantCounts(posts: readonly Post[]): Map<string, number> {
  const counts = new Map(posts.map((post) => [post.id, 0]));
  for (let i = posts.length - 1; i >= 0; i--) {
    const post = posts[i]!;
    if (post.parentId !== null) counts.set(post.parentId, (counts.get(post.parentId) ?? 0) + (counts.get(post.id) ?? 0) + 1);
  }
  return counts;
}

function participants(posts: readonly Post[]): Participant[] {
  const byAuthor = new Map<string | null, Participant>();
  for (const post of posts) {
    if (post.placeholder) continue;
    const entry = byAuthor.get(post.author) ?? { author: post.author, posts: 0, concessions: 0, disagreements: 0 };
    entry.posts++;
    entry.concessions += post.sentences.filter((s) => has(s, 'concession')).length;
    entry.disagreements += post.sentences.filter((s) => has(s, 'disagreement')).length;
    byAuthor.set(post.author, entry);
  }
  return [...byAuthor.values()].sort((a, b) => b.posts - a.posts);
}

/** Short claims are mostly asides ("Sorry, I should have been clearer."): weight grows with words, up to 25. */
const substance = (text: string) => Math.min(1, text.split(/\s+/).length / 25);

/** Claims that carry the thread: confident, substantial, stated early in a post, in posts that drew many replies. */
function mainClaims(posts: readonly Post[], replies: Map<string, number>): Summary['mainClaims'] {
  const candidates = posts.flatMap((post) => {
    const weight = Math.log2(2 + (replies.get(post.id) ?? 0)) + (post.parentId === null ? 0.5 : 0);
    return post.sentences
      .map((sentence, position) => ({ sentence, position }))
      .filter(({ sentence }) => has(sentence, 'claim') && !has(sentence, 'question') && sentence.text.length >= 25)
      .map(({ sentence, position }) => ({
        postId: post.id,
        text: excerpt(sentence.text),
        score: weight * sentence.confidence * substance(sentence.text)
          + (has(sentence, 'evidence') ? 0.2 : 0) - (has(sentence, 'hedge') ? 0.2 : 0) - position * 0.02,
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, CLAIMS_PER_POST);
  });
  return candidates.sort((a, b) => b.score - a.score).slice(0, MAIN_CLAIMS).map(({ postId, text }) => ({ postId, text }));
}

export function summarize(posts: readonly Post[]): Summary {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const children = new Map<string, Post[]>();
  for (const post of posts) {
    if (post.parentId === null) continue;
    const siblings = children.get(post.parentId);
    if (siblings) siblings.push(post); else children.set(post.parentId, [post]);
  }
  const authorOf = (id: string | null) => (id === null ? null : byId.get(id)?.author ?? null);

  const concessions = posts.flatMap((post) => post.sentences
    .filter((s) => has(s, 'concession'))
    .map((s) => ({ postId: post.id, text: excerpt(s.text), from: post.author, to: authorOf(post.parentId), toPostId: post.parentId })));

  // Open: a reply disagrees and no reply to it concedes or agrees.
  const settles = (reply: Post) => reply.stance?.label === 'agree' || reply.sentences.some((s) => has(s, 'concession') || has(s, 'agreement'));
  const openDisagreements = posts.flatMap((post) => {
    const strongest = post.sentences.filter((s) => has(s, 'disagreement')).sort((a, b) => b.confidence - a.confidence)[0];
    if (!strongest || post.parentId === null || (children.get(post.id) ?? []).some(settles)) return [];
    return [{ postId: post.id, text: excerpt(strongest.text), from: post.author, with: authorOf(post.parentId), withPostId: post.parentId }];
  });

  return { participants: participants(posts), mainClaims: mainClaims(posts, descendantCounts(posts)), concessions, openDisagreements };
}
