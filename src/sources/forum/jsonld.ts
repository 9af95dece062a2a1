// schema.org discussion markup in JSON-LD, which many forums and comment systems print for search
// engines: a DiscussionForumPosting (or SocialMediaPosting, or a Q&A Question) with `comment[]`
// (answers: `suggestedAnswer[]`/`acceptedAnswer`), each reply nesting its own `comment[]`. The nesting is
// the reply tree. Fields: author (a name, a Person, or a list), dateCreated/datePublished, text/articleBody.
import type { CheerioAPI } from 'cheerio';
import { htmlToText } from '../../clean/html.js';
import type { RawPost } from '../../model.js';
import { isRecord } from '../content.js';
import { arrayOf, finiteNumber, idText, isoFromText, text } from '../util/json.js';
import { markdownToText } from '../util/markdown.js';

type Json = Record<string, unknown>;

const THREAD_TYPES = new Set(['DiscussionForumPosting', 'SocialMediaPosting', 'Question']);
const REPLY_KEYS = ['comment', 'suggestedAnswer', 'acceptedAnswer'] as const;

const typesOf = (node: Json) => arrayOf(node['@type']).concat(typeof node['@type'] === 'string' ? [node['@type']] : []);

/** Every object in the page's JSON-LD blocks, looking inside arrays, @graph and mainEntity. */
function ldNodes($: CheerioAPI): Json[] {
  const nodes: Json[] = [];
  const pending: unknown[] = $('script[type="application/ld+json"]').toArray().map((script) => {
    try { return JSON.parse($(script).text()); } catch { return null; }
  });
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (isRecord(value)) {
      nodes.push(value);
      pending.push(value['@graph'], value.mainEntity);
    }
  }
  return nodes;
}

export function ldThreadRoot($: CheerioAPI): Json | null {
  return ldNodes($).find((node) => typesOf(node).some((type) => THREAD_TYPES.has(String(type)))) ?? null;
}

function authorOf(node: Json): string | null {
  const author = Array.isArray(node.author) ? node.author[0] : node.author;
  return text(author) ?? (isRecord(author) ? text(author.name) ?? text(author.alternateName) : null);
}

function likesOf(node: Json): number | null {
  const upvotes = finiteNumber(node.upvoteCount);
  if (upvotes !== null) return upvotes;
  const likes = arrayOf(node.interactionStatistic).concat(isRecord(node.interactionStatistic) ? [node.interactionStatistic] : [])
    .find((stat) => isRecord(stat) && /LikeAction/.test(String(stat.interactionType)));
  return isRecord(likes) ? finiteNumber(likes.userInteractionCount) : null;
}

function wordsOf(node: Json) {
  const written = text(node.text) ?? text(node.articleBody) ?? '';
  return /<\/?[a-z][^>]*>/i.test(written) ? htmlToText(written) : markdownToText(written);
}

function toPost(node: Json, id: string, parentId: string | null): RawPost {
  const { text: words, quotes } = wordsOf(node);
  const url = text(node.url);
  return {
    id, parentId, author: authorOf(node), createdAt: isoFromText(node.dateCreated ?? node.datePublished),
    score: likesOf(node), url, text: words, quotes,
    ...(parentId === null ? { title: text(node.headline) ?? text(node.name) } : {}),
  };
}

/** The thread in the page's JSON-LD, posts in document order, parents from the nesting. */
export function readJsonLdThread(root: Json): RawPost[] {
  const posts: RawPost[] = [];
  const pending: { node: Json; parentId: string | null }[] = [{ node: root, parentId: null }];
  while (pending.length > 0) {
    const { node, parentId } = pending.shift()!;
    // Some pages give every comment the page's own URL: an id already taken falls back to the position.
    const named = idText(node.identifier) ?? text(node['@id']) ?? text(node.url);
    const id = named !== null && !posts.some((post) => post.id === named) ? named : `ld-${posts.length + 1}`;
    posts.push(toPost(node, id, parentId));
    const replies = REPLY_KEYS.flatMap((key) => arrayOf(node[key]).concat(isRecord(node[key]) ? [node[key]] : []));
    pending.push(...replies.filter(isRecord).map((reply) => ({ node: reply, parentId: id })));
  }
  return posts;
}
