// Disqus: the comments of a saved embed page (read from its thread-data JSON, not its button-laden markup)
// and of an API answer, with the tree each post states through `parent`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { toSourceContent } from '../../src/sources/content.js';
import { disqusAdapter } from '../../src/sources/disqus.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const own = (name: string) => readFileSync(new URL(`../fixtures/sources/disqus/${name}`, import.meta.url), 'utf8');
const PAGE = own('embed_page_car_free_downtown_own.html');
const API = own('api_posts_list_car_free_downtown_own.json');
const parse = (text: string, url: string | null = null) => whole(disqusAdapter.parse(toSourceContent(text, url)));
const parentsOf = (thread: RawThread) => Object.fromEntries(thread.posts.map((post) => [post.id, post.parentId]));
const EMBED_URL = 'https://disqus.com/embed/comments/?base=default&f=cityblog&t_i=post-4411&t_u=https%3A%2F%2Fblog.example.org%2F2024%2F05%2Fcar-free-downtown%2F';
const API_URL = 'https://disqus.com/api/3.0/threads/listPosts.json?thread=9100200300&api_key=KEY&related=thread';

/** Two sub-threads: a three-deep exchange, and a question whose reply was deleted but still has an answer. */
const TREE = {
  5100000001: null, 5100000002: '5100000001', 5100000003: '5100000002',
  5100000004: null, 5100000005: '5100000004', 5100000006: '5100000005',
};

describe('Disqus: choosing the adapter', () => {
  itChoosesAdapter(disqusAdapter, {
    urls: [EMBED_URL, API_URL, 'https://disqus.com/api/3.0/posts/list.json?forum=cityblog&api_key=KEY'],
    notUrls: ['https://disqus.com/', 'https://disqus.com/by/mayaokafor/', 'https://blog.example.org/2024/05/car-free-downtown/'],
    saved: [['a saved embed page', PAGE], ['a posts/list answer', API]],
    folder: 'disqus',
  });
});

describe('Disqus: a saved embed page', () => {
  it('reads the 6 comments with the tree, writers, times and likes the thread data states', () => {
    const thread = parse(PAGE);
    expect(parentsOf(thread)).toEqual(TREE);
    expect(thread.source).toMatchObject({ kind: 'disqus', title: 'Should the city ban cars from downtown?', url: 'https://blog.example.org/2024/05/car-free-downtown/' });
    expect(thread.posts[1]).toMatchObject({ author: 'Tomas Lind', createdAt: '2024-05-02T09:30:12.000Z', score: 6 });
    expectForest(thread.posts);
  });

  it('keeps the writer\'s words only: no −/+ buttons, avatar text, "see more" or "Reply"', () => {
    const thread = parse(PAGE);
    expect(thread.posts[0]!.text).toBe('Closing the centre to cars sounds great until you need to deliver anything. Shops on our street lost a third of their trade the year the road closed.');
    for (const post of thread.posts) expect(post.text).not.toMatch(/^[•−+]|Avatar|see more|\bReply\b|<\/?[a-z]|&(amp|lt|gt|#x?\d+);/m);
    expectNoChrome(thread);
  });

  it('sets a quoted line aside as a quote and keeps the reply\'s own words', () => {
    const reply = parse(PAGE).posts.find((post) => post.id === '5100000003')!;
    expect(reply.quotes.map((quote) => quote.text)).toEqual(['Delivery windows before 10am solve most of the rest.']);
    expect(reply.text).toBe("Fair point on the windows, I hadn't thought of that. Rents are not trade though & our shops rent from the council.");
  });

  it('keeps a deleted comment that has a reply as a placeholder with no writer', () => {
    const thread = parse(PAGE);
    expect(thread.posts.find((post) => post.id === '5100000005')).toMatchObject({ placeholder: true, author: null, text: '' });
    expect(thread.posts.find((post) => post.id === '5100000006')!.parentId).toBe('5100000005');
  });

  it('says how many comments Disqus counts that the page does not hold', () => {
    expect(parse(PAGE, EMBED_URL).diagnostics.map((d) => d.message))
      .toEqual([`Disqus counts 7 comments on this thread; 6 are in ${EMBED_URL} (Disqus loads the rest on "Load more comments").`]);
  });

  it('maps the page end to end as Disqus, never as a generic page of repeated blocks', async () => {
    const doc = await analyze({ text: PAGE });
    expect(doc.source.kind).toBe('disqus');
    expect(doc.posts.filter((post) => !post.placeholder)).toHaveLength(5);
    expect(doc.posts.find((post) => post.id === '5100000006')!.parentId).toBe('5100000005');
  });
});

describe('Disqus: an API answer', () => {
  it('reads posts/list (newest first, each post with its thread) into the same tree, each reply after its parent', () => {
    const thread = parse(API);
    expect(thread.posts.map((post) => post.id)).toEqual(['5100000004', '5100000001', '5100000002', '5100000003']);
    expect(parentsOf(thread)).toEqual({ 5100000001: null, 5100000002: '5100000001', 5100000003: '5100000002', 5100000004: null });
    expect(thread.source).toMatchObject({ kind: 'disqus', title: 'Should the city ban cars from downtown?' });
    expect(thread.posts[0]).toMatchObject({ url: 'https://blog.example.org/2024/05/car-free-downtown/#comment-5100000004', text: "Has anyone asked the people who can't walk far? See the access report." });
  });

  it('says so when a saved page\'s thread data is cut off, instead of claiming it holds no Disqus comments', () => {
    const cut = PAGE.replace(/(id="disqus-threadData">[\s\S]{200})[\s\S]*?(?=<\/script>)/, '$1');
    expect(() => parse(cut)).toThrow('The Disqus page this input holds its comments in a thread-data script that is not readable JSON (cut off when saved?): save the page again once it has loaded.');
  });

  it('refuses a saved page of a thread with no comments in one sentence', () => {
    const empty = PAGE.replace(/(id="disqus-threadData">)([\s\S]*?)(?=<\/script>)/, (_, open: string, data: string) => open + JSON.stringify({ ...JSON.parse(data), response: { ...JSON.parse(data).response, posts: [] } }));
    expect(() => parse(empty)).toThrow('No Disqus comments in this input: expected a Disqus API answer or a saved Disqus embed page.');
  });

  it('leaves an answer with no comments to the other readers', () => {
    expect(disqusAdapter.detect(toSourceContent('{"code":0,"response":[]}'))).toBe(false);
  });
});

describe('Disqus: fetching', () => {
  it('reads an embed page URL from its page, in one request', async () => {
    const http = fakeHttp({ [EMBED_URL]: PAGE });
    const thread = await whole(disqusAdapter.fetchThread(new URL(EMBED_URL), contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual([EMBED_URL]);
    expect(parentsOf(thread)).toEqual(TREE);
  });

  it('reads an API URL as JSON', async () => {
    const http = fakeHttp({ [API_URL]: API });
    expect((await whole(disqusAdapter.fetchThread(new URL(API_URL), contextWith(http)))).posts).toHaveLength(4);
  });

  it('says what Disqus refused, in one sentence', async () => {
    const http = fakeHttp({ [API_URL]: '{"code":5,"response":"Invalid API key"}' });
    const error = await rejection(disqusAdapter.fetchThread(new URL(API_URL), contextWith(http)));
    expect(error).toMatchObject({ code: 'fetch-failed', message: `Disqus refused ${API_URL}: Invalid API key (Disqus error 5).` });
  });
});
