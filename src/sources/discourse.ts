// Discourse forums, on any domain: recognised by content (the page's generator meta, or JSON with a
// `post_stream`), read through the topic JSON API. A topic JSON carries the first ~20 posts and
// `post_stream.stream`, the ids of all of them; the rest come from `/t/<id>/posts.json?post_ids[]=…`.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { field, isRecord } from './content.js';
import { hasDiscourseGenerator, readDiscourseHtml } from './discourse-html.js';
import { forumBase, readDiscourseJson, topicPosts } from './discourse-posts.js';
import { counted, warning } from './util/diagnostics.js';
import { requestJson } from './util/http.js';
import { arrayOf, finiteNumber, idText } from './util/json.js';

/** Discourse's own forums; every other Discourse is found by its fingerprint. */
const DISCOURSE_HOSTS = new Set(['meta.discourse.org', 'try.discourse.org']);

/** How many post ids one posts.json request asks for: the chunk Discourse's own client loads. */
const POSTS_PER_REQUEST = 20;

const isDiscourseJson = (json: unknown) => {
  const first = topicPosts(json)[0];
  return first !== undefined && 'post_number' in first && 'cooked' in first;
};

/** The topic id in a Discourse URL: /t/<slug>/<id>, /t/<id>, /t/<slug>/<id>/<post number>, /t/<id>/posts.json. */
export function topicIdOf(url: URL): string | null {
  return /\/t\/(?:[^/]+\/)?(\d+)(?:[/.?]|$)/.exec(url.pathname)?.[1] ?? null;
}

async function loadTopic(base: string, topicId: string, ctx: ReadContext, page?: SourceContent): Promise<unknown> {
  if (page && Array.isArray(field(page.json, 'post_stream', 'stream'))) return page.json;
  return requestJson(ctx, `${base}/t/${topicId}.json`);
}

/** The stream ids the topic response did not include, in batches of one request each. */
function missingBatches(topic: unknown): number[][] {
  const loaded = new Set(topicPosts(topic).map((post) => finiteNumber(post.id)));
  const missing = arrayOf(field(topic, 'post_stream', 'stream')).map(finiteNumber)
    .filter((id): id is number => id !== null && !loaded.has(id));
  const batches: number[][] = [];
  for (let i = 0; i < missing.length; i += POSTS_PER_REQUEST) batches.push(missing.slice(i, i + POSTS_PER_REQUEST));
  return batches;
}

function postsUrl(base: string, topicId: string, ids: number[]): string {
  const query = new URLSearchParams(ids.map((id) => ['post_ids[]', String(id)]));
  return `${base}/t/${topicId}/posts.json?${query}`;
}

async function fetchTopic(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  const pageUrl = page?.url && URL.canParse(page.url) ? new URL(page.url) : url;
  const topicId = topicIdOf(pageUrl) ?? topicIdOf(url);
  const base = forumBase(pageUrl.href) ?? pageUrl.origin;
  if (topicId === null) {
    throw new ThreadmapError('not-a-thread', `${url.href} is a Discourse forum page but not a topic: topic URLs look like /t/<title>/<number>.`);
  }
  const topic = await loadTopic(base, topicId, ctx, page);
  const posts = [...topicPosts(topic)];
  const batches = missingBatches(topic);
  const total = posts.length + batches.flat().length;
  const allowed = Math.max(0, ctx.maxRequests - (topic === page?.json ? 0 : 1));
  for (const batch of batches.slice(0, allowed)) {
    ctx.onProgress?.({ stage: 'fetch', done: posts.length, total, message: 'Discourse posts' });
    posts.push(...topicPosts(await requestJson(ctx, postsUrl(base, topicId, batch))));
  }
  const diagnostics: Diagnostic[] = [];
  if (batches.length > allowed) {
    diagnostics.push(warning(`Read ${posts.length} of ${counted(total, 'post')}: the request limit (${ctx.maxRequests}) was reached before the end of the topic.`, url.href));
  }
  const whole = { ...(isRecord(topic) ? topic : {}), id: idText(field(topic, 'id')) ?? topicId, post_stream: { posts } };
  return readDiscourseJson(whole, pageUrl.href, diagnostics);
}

export const discourseAdapter: SourceAdapter = {
  name: 'discourse',
  matchesUrl: (url) => DISCOURSE_HOSTS.has(url.hostname),
  detect: (content) => isDiscourseJson(content.json) || (content.json === undefined && hasDiscourseGenerator(content.text)),
  parse: (content) => (content.json === undefined ? readDiscourseHtml(content.text, content.url) : readDiscourseJson(content.json, content.url)),
  fetchThread: fetchTopic,
};
