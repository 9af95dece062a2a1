import { load } from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { discourseAdapter } from '../../src/sources/discourse.js';
import { adapterForContent, adapterForUrl } from '../../src/sources/dispatch.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { whole } from './util/whole.js';

const SHARED = new URL('../../../shared/fixtures/discourse/', import.meta.url);
const OWN = new URL('../fixtures/sources/discourse/', import.meta.url);
const read = (base: URL, name: string) => readFileSync(new URL(name, base), 'utf8');
const parse = (text: string, url: string | null = null) => whole(discourseAdapter.parse(toSourceContent(text, url)));
const byId = (thread: RawThread, id: string) => thread.posts.find((post) => post.id === id)!;

type ApiPost = { id: number; post_number: number; reply_to_post_number: number | null; cooked: string; post_type: number };
const apiPosts = (text: string): ApiPost[] => JSON.parse(text).post_stream.posts;

/** No paragraph is Discourse chrome: quote headers ("Elliot:"), buttons, like counts, image captions. */
function expectNoChrome(thread: RawThread) {
  const headers = new Set(thread.posts.map((post) => `${post.author}:`));
  for (const post of thread.posts) {
    for (const paragraph of [...post.text.split('\n\n'), ...post.quotes.map((quote) => quote.text)]) {
      expect(headers.has(paragraph.trim()), paragraph).toBe(false);
      expect(paragraph.trim()).not.toMatch(/^(reply|quote|share|flag|edit|bookmark|\d+ likes?|image|\d+×\d+ [\d.]+ [KM]B)$/i);
    }
  }
}

describe('Discourse: choosing the adapter', () => {
  it('selects it by URL only for Discourse\'s own forums', () => {
    expect(adapterForUrl(new URL('https://meta.discourse.org/t/discourse-api-documentation/22706'))?.name).toBe('discourse');
    expect(adapterForUrl(new URL('https://discuss.criticalfallibilism.com/t/kpop-demon-hunters/2144'))).toBeNull();
  });

  it('recognises the topic page by its generator meta, and posts JSON by post_stream', () => {
    expect(adapterForContent(toSourceContent(read(OWN, 'crawler_topic_page.html')))?.name).toBe('discourse');
    expect(adapterForContent(toSourceContent('{"post_stream": {"posts": []}}'))?.name).not.toBe('discourse');
  });
});

describe.skipIf(!existsSync(SHARED))('Discourse: real topic responses', () => {
  const FIRST_PAGE = read(SHARED, 'criticalfallibilism_t2144_posts.json');
  const PN41 = read(SHARED, 'criticalfallibilism_t2144_posts_pn41.json');
  const TRY_2013 = read(SHARED, 'try_discourse_t57_sandbox_topic_2013.json');

  it.each([FIRST_PAGE, PN41, TRY_2013].map((text, i) => [i, text]))('detects saved response %i as Discourse', (_i, text) => {
    expect(adapterForContent(toSourceContent(text))?.name).toBe('discourse');
  });

  it('reads the first posts.json page: every post, reply links, quotes and who wrote them', () => {
    const thread = parse(FIRST_PAGE, 'https://discuss.criticalfallibilism.com/t/kpop-demon-hunters/2144');
    const posts = apiPosts(FIRST_PAGE);
    expect(thread.posts).toHaveLength(posts.filter((post) => post.post_type !== 3).length);
    expect(thread.posts).toHaveLength(20);
    expect(thread.source).toMatchObject({ kind: 'discourse', url: 'https://discuss.criticalfallibilism.com/t/kpop-demon-hunters/2144' });
    const idOf = new Map(posts.map((post) => [post.post_number, String(post.id)]));
    const replies = posts.filter((post) => post.reply_to_post_number !== null);
    expect(replies).toHaveLength(11);
    for (const post of replies) expect(byId(thread, String(post.id)).parentId).toBe(idOf.get(post.reply_to_post_number!));
    expect(byId(thread, '20089')).toMatchObject({
      parentId: null, author: 'Elliot', createdAt: '2026-01-08T19:23:48.342Z', score: 1,
      url: 'https://discuss.criticalfallibilism.com/t/kpop-demon-hunters/2144/1',
    });
    expect(byId(thread, '20127').parentId).toBe('20110'); // #8 → #4 by reply_to_post_number
    expect(byId(thread, '20102').parentId).toBe('20089'); // #2 quotes #1 and has no reply link
    expect(byId(thread, '20104').parentId).toBe('20089'); // #3: neither, so a reply to the topic
    const quoted = byId(thread, '20102').quotes[0]!;
    expect(quoted).toMatchObject({ postId: '20089', author: 'Elliot' });
    expect(quoted.text).toMatch(/^I find it interesting that people love this theme while not doing it very well\./);
    // 37 quote asides, 3 of them inside another quote: those belong to the quoted post, not to this one.
    const nesting = posts.map((post) => load(post.cooked)).map(($) => $('aside.quote').toArray().map((el) => $(el).parents('aside.quote').length));
    expect(nesting.flat()).toHaveLength(37);
    const outermost = nesting.flat().filter((depth) => depth === 0).length;
    expect(thread.posts.flatMap((post) => post.quotes).filter((quote) => quote.author)).toHaveLength(outermost);
    expect(outermost).toBe(34);
    expectForest(thread.posts);
    expectNoChrome(thread);
  });

  it('reads a page returned newest-first, a placeholder standing in for each post outside it that is replied to', () => {
    const thread = parse(PN41);
    expect(thread.posts.filter((post) => !post.placeholder)).toHaveLength(20);
    expect(thread.posts[0]).toMatchObject({ id: '20162', parentId: null, author: 'Dface' });
    expect(byId(thread, '20216').parentId).toBe('20215'); // #30 → #29
    expect(byId(thread, '20187').parentId).toBe('20186'); // #14 → #13
    expect(byId(thread, '20186').parentId).toBe('#3'); // #13 → #3, not in this page
    expect(byId(thread, '#3')).toMatchObject({ placeholder: true, parentId: null, text: '' }); // #1 is not here either
    expect(thread.diagnostics.map((d) => d.message)).toContain(
      '2 posts reply to 2 posts missing from the response (#3, #4); placeholders stand in for them.',
    );
    expectForest(thread.posts);
  });

  it('reads the 2013 topic schema with its title and likes', () => {
    const thread = parse(TRY_2013);
    expect(thread.posts.map((post) => post.id)).toEqual(['83', '84', '86', '226']);
    expect(thread.source.title).toBe('THIS SITE IS A SANDBOX -- it is reset every day');
    expect(byId(thread, '226')).toMatchObject({ parentId: '83', author: 'splattne', score: 5, createdAt: '2013-02-05T17:14:17.364Z' });
    expect(byId(thread, '226').text).toBe('What? So I have to post this every day?');
    expectNoChrome(thread);
  });
});

describe('Discourse: a saved topic page (crawler view)', () => {
  const thread = parse(read(OWN, 'crawler_topic_page.html'));

  it('reads the posts, numbered as the page numbers them, with a quote making the reply link', () => {
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['1', null], ['2', '1'], ['3', '2']]);
    expect(thread.source.title).toBe('Which e-reader has the best PDF support?');
    expect(byId(thread, '1')).toMatchObject({ author: 'nadia_k', createdAt: '2024-05-02T14:20:31.000Z', score: 4 });
    expect(byId(thread, '3')).toMatchObject({
      url: 'https://lounge.example.org/t/which-e-reader-has-the-best-pdf-support/812/3',
      text: 'That\'s more than I wanted to spend, but I suppose it\'s cheaper than printing everything.',
      quotes: [{ text: 'A 10-inch screen is the only thing that really helps.', postId: '2', author: 'jfowler' }],
    });
    expectNoChrome(thread);
  });
});

describe('Discourse: deleted posts and small actions', () => {
  const post = (n: number, extra: object) => ({
    id: 900 + n, post_number: n, username: `u${n}`, created_at: '2024-02-01T10:00:00.000Z', cooked: `<p>Words of post ${n}.</p>`,
    reply_to_post_number: null, topic_id: 9, topic_slug: 's', post_type: 1, deleted_at: null, user_deleted: false, ...extra,
  });
  const thread = parse(JSON.stringify({ post_stream: { posts: [
    post(1, {}),
    post(2, { user_deleted: true, cooked: '<p>(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)</p>' }),
    post(3, { reply_to_post_number: 2 }),
    post(4, { deleted_at: '2024-02-02T00:00:00.000Z' }),
    post(5, { post_type: 3, cooked: '', action_code: 'closed.enabled' }),
  ] } }));

  it('keeps a deleted post others reply to as an empty placeholder, and leaves out the rest', () => {
    expect(thread.posts.map((p) => [p.id, p.parentId, p.placeholder ?? false])).toEqual([['901', null, false], ['902', '901', true], ['903', '902', false]]);
    expect(thread.posts[1]).toMatchObject({ author: null, text: '', quotes: [] });
    expect(thread.diagnostics.map((d) => d.message)).toEqual(['1 deleted, removed or dead post with no replies was left out.']);
  });
});

/** A topic of `count` posts whose topic JSON holds the first 20; the rest answer posts.json by id. */
function syntheticTopic(count: number) {
  const post = (n: number) => ({
    id: 5000 + n, post_number: n, username: `user${n % 4}`, created_at: `2024-01-01T00:${String(n).padStart(2, '0')}:00.000Z`,
    cooked: `<p>Post number ${n} has its own words.</p>`, reply_to_post_number: n > 1 ? n - 1 : null,
    topic_id: 77, topic_slug: 'long-topic', post_type: 1, actions_summary: [],
  });
  const all = Array.from({ length: count }, (_, i) => post(i + 1));
  const topic = { id: 77, title: 'A long topic', post_stream: { posts: all.slice(0, 20), stream: all.map((p) => p.id) } };
  const routes = (url: string) => {
    if (url === 'https://forum.example.net/t/77.json') return JSON.stringify(topic);
    const asked = new URL(url).searchParams.getAll('post_ids[]').map(Number);
    return asked.length ? JSON.stringify({ post_stream: { posts: all.filter((p) => asked.includes(p.id)) } }) : undefined;
  };
  return { topic, routes };
}

const PAGE = toSourceContent(read(OWN, 'crawler_topic_page.html').replace('lounge.example.org/t/which-e-reader-has-the-best-pdf-support/812', 'forum.example.net/t/long-topic/77'), 'https://forum.example.net/t/long-topic/77', 'text/html');

describe('Discourse: reading a topic URL', () => {
  it('asks the topic JSON, then the posts beyond it in batches of 20 ids', async () => {
    const { routes } = syntheticTopic(50);
    const http = fakeHttp(routes);
    const thread = await whole(discourseAdapter.fetchThread(new URL('https://forum.example.net/t/long-topic/77/12'), contextWith(http), PAGE));
    const batch = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `post_ids%5B%5D=${5000 + from + i}`).join('&');
    expect(http.requests.map((r) => r.url)).toEqual([
      'https://forum.example.net/t/77.json',
      `https://forum.example.net/t/77/posts.json?${batch(21, 40)}`,
      `https://forum.example.net/t/77/posts.json?${batch(41, 50)}`,
    ]);
    expect(thread.posts).toHaveLength(50);
    expect(thread.source.title).toBe('A long topic');
    expect(byId(thread, '5050').parentId).toBe('5049');
    expect(thread.diagnostics).toEqual([]);
    expectForest(thread.posts);
  });

  it('stops at the request limit and says how much of the topic it read', async () => {
    const http = fakeHttp(syntheticTopic(50).routes);
    const thread = await whole(discourseAdapter.fetchThread(new URL('https://forum.example.net/t/long-topic/77'), contextWith(http, 2), PAGE));
    expect(http.requests).toHaveLength(2);
    expect(thread.posts).toHaveLength(40);
    expect(thread.diagnostics.map((d) => d.message)).toEqual(['Read 40 of 50 posts: the request limit (2) was reached before the end of the topic.']);
  });

  it('reports a topic the forum does not have as a failed fetch', async () => {
    const error = await rejection(whole(discourseAdapter.fetchThread(new URL('https://forum.example.net/t/gone/404'), contextWith(fakeHttp({})))));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe('forum.example.net answered HTTP 404 for https://forum.example.net/t/404.json.');
  });

  it('refuses a forum page that is not a topic', async () => {
    const latest = { ...PAGE, url: 'https://forum.example.net/latest' };
    const error = await rejection(whole(discourseAdapter.fetchThread(new URL('https://forum.example.net/latest'), contextWith(fakeHttp({})), latest)));
    expect(error.code).toBe('not-a-thread');
    expect(error.message).toBe('https://forum.example.net/latest is a Discourse forum page but not a topic: topic URLs look like /t/<title>/<number>.');
  });

  it('refuses a response with no posts', () => {
    expect(() => parse('{"post_stream": {"posts": []}}')).toThrow('The Discourse response has no posts in post_stream.posts.');
  });
});
