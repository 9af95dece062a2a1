import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import type { RawPost, RawThread } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { firebaseItemUrl } from '../../src/sources/hackernews-firebase.js';
import { algoliaItemUrl, hackernewsAdapter } from '../../src/sources/hackernews.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { whole } from './util/whole.js';

const SHARED = new URL('../../../shared/fixtures/hackernews/', import.meta.url);
const OWN = new URL('../fixtures/sources/hackernews/', import.meta.url);
const read = (base: URL, name: string) => readFileSync(new URL(name, base), 'utf8');
const shared = (name: string) => (existsSync(new URL(name, SHARED)) ? read(SHARED, name) : '');
const parse = (text: string, url: string | null = null) => whole(hackernewsAdapter.parse(toSourceContent(text, url)));
const byId = (posts: RawPost[], id: string) => posts.find((post) => post.id === id)!;

const ALGOLIA = shared('algolia_item_1_y_combinator.json');
const HNPWA = shared('hnpwa_item_1_y_combinator.json');
const PAGE_2015 = shared('hn_item_page_2015_whats_new_in_xcode7.html');
const PAGE_2024 = read(OWN, 'item_page_2024_ask_hn.html');
const FIREBASE = read(OWN, 'firebase_items_1_y_combinator.json');

/** Item 1 ("Y Combinator"): the same 20 comments in every JSON format. 1 deleted and 4 dead have no replies. */
function expectItemOne(thread: RawThread) {
  expect(thread.posts).toHaveLength(1 + 20 - 5);
  expect(thread.source).toMatchObject({ kind: 'hackernews', title: 'Y Combinator' });
  expect(thread.posts[0]).toMatchObject({ id: '1', parentId: null, author: 'pg', score: 100, createdAt: '2006-10-09T18:21:51.000Z', link: 'http://ycombinator.com' });
  expect(byId(thread.posts, '15')).toMatchObject({ parentId: '1', author: 'sama', text: '"the rising star of venture capital" -unknown VC eating lunch on SHR' });
  expect(byId(thread.posts, '17').parentId).toBe('15');
  expect(byId(thread.posts, '1079')).toMatchObject({ parentId: '17', author: 'dmon', createdAt: '2007-02-25T22:18:23.000Z' });
  expect(byId(thread.posts, '234580').parentId).toBe('234567');
  expect(byId(thread.posts, '234621').text).toBe('I guess that news.yc is 1-indexed :)\n\nhttp://news.ycombinator.com/item?id=0 , DNE');
  for (const gone of ['234591', '454426', '454424', '454410', '82729']) expect(byId(thread.posts, gone)).toBeUndefined();
  expect(thread.diagnostics.map((d) => d.message)).toContain('5 deleted, removed or dead posts with no replies were left out.');
  expectNoChrome(thread);
}

describe('Hacker News: choosing the adapter', () => itChoosesAdapter(hackernewsAdapter, {
  urls: [
    'https://news.ycombinator.com/item?id=9681697',
    'http://news.ycombinator.com/item?id=1&p=2',
    'https://hn.algolia.com/api/v1/items/9681697',
    'https://hacker-news.firebaseio.com/v0/item/9681697.json',
  ],
  notUrls: ['https://news.ycombinator.com/news', 'https://news.ycombinator.com/user?id=pg'],
  saved: [
    ['Algolia JSON', ALGOLIA], ['HNPWA JSON', HNPWA], ['Firebase JSON', FIREBASE],
    ['a 2015 item page', PAGE_2015], ['a 2024 item page', PAGE_2024],
  ],
  folder: 'hackernews',
}));

describe.skipIf(!existsSync(SHARED))('Hacker News: real saved responses', () => {
  it('reads the Algolia item tree', () => expectItemOne(parse(ALGOLIA)));
  it('reads the HNPWA item tree', () => expectItemOne(parse(HNPWA)));

  it('reads the 2015 item page: 69 comments nested by spacer width, chrome left out', () => {
    const thread = parse(PAGE_2015, 'https://news.ycombinator.com/item?id=9681697');
    const comments = PAGE_2015.match(/class='ind'/g)!.length;
    expect(thread.posts).toHaveLength(1 + comments);
    expect(thread.posts).toHaveLength(70);
    expect(thread.posts[0]).toMatchObject({ id: '9681697', parentId: null, title: "What's new in Xcode 7", author: 'yconst', score: 129, link: 'https://developer.apple.com/xcode/' });
    expect(byId(thread.posts, '9682061')).toMatchObject({ parentId: '9681697', author: 'glhaynes', createdAt: null });
    expect(byId(thread.posts, '9682147').parentId).toBe('9682061');
    expect(byId(thread.posts, '9682171').parentId).toBe('9682163');
    expect(byId(thread.posts, '9683023').parentId).toBe('9682718');
    expect(byId(thread.posts, '9683029')).toMatchObject({ parentId: '9683015', author: 'mynameisvlad' });
    expect(thread.posts.filter((post) => post.author === 'laydownlarry')).toHaveLength(1); // green new-user name
    expectNoChrome(thread);
  });

  it('turns "> " lines into quotes linked to the parent they quote', () => {
    const thread = parse(PAGE_2015);
    const reply = byId(thread.posts, '9682869');
    expect(reply.quotes).toEqual([{ text: "I don't feel comfortable charging people for something they might not even be able to run.", postId: '9682718' }]);
    expect(reply.text).toMatch(/^Honestly, if you're charging users/);
    expect(reply.text).not.toContain('> ');
    const multi = byId(thread.posts, '9683009');
    expect(multi.quotes).toHaveLength(3);
    expect(multi.quotes.every((quote) => quote.postId === '9682869')).toBe(true);
  });
});

describe('Hacker News: today\'s item page and saved Firebase items', () => {
  it('reads indent="N", .age titles, .toptext and a deleted comment kept for its reply', () => {
    const thread = parse(PAGE_2024);
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([
      ['39990001', null], ['39990102', '39990001'], ['39990115', '39990102'], ['39990121', '39990115'],
      ['39990130', '39990001'], ['39990144', '39990130'],
    ]);
    expect(thread.posts[0]).toMatchObject({
      author: 'mkessler', score: 64, createdAt: '2024-04-10T14:03:11.000Z',
      text: 'Our team stopped writing design docs two years ago. Reviews happen on the pull request instead.\n\nDoes anyone still write them, and do they pay off?',
    });
    expect(thread.posts[0]!.link).toBeUndefined(); // an Ask HN post links only to itself
    expect(byId(thread.posts, '39990115')).toMatchObject({ placeholder: true, text: '', author: null });
    expect(byId(thread.posts, '39990130').quotes).toEqual([{ text: 'Reviews happen on the pull request instead.', postId: '39990001' }]);
    expect(byId(thread.posts, '39990144').text).toBe('Fair point. We do review the first implementation very carefully, though.\n\ngit log --grep=design');
    expectNoChrome(thread);
  });

  it('reads an array of Firebase items like the other formats', () => expectItemOne(parse(FIREBASE)));

  it('says how many replies a single saved Firebase item leaves out', () => {
    const story = JSON.stringify(JSON.parse(FIREBASE)[0]);
    const thread = parse(story);
    expect(thread.posts).toHaveLength(1);
    expect(thread.diagnostics.map((d) => d.message)).toContain("Replies listed in `kids` but absent from the file: 7; fetch the thread's URL to read them.");
  });
});

describe('Hacker News: fetching', () => {
  const url = new URL('https://news.ycombinator.com/item?id=1');
  const firebaseRoutes = Object.fromEntries((JSON.parse(FIREBASE) as { id: number }[]).map((item) => [firebaseItemUrl(String(item.id)), JSON.stringify(item)]));

  it.skipIf(!ALGOLIA)('reads the whole tree from Algolia in one request', async () => {
    const http = fakeHttp({ [algoliaItemUrl('1')]: ALGOLIA });
    const thread = await whole(hackernewsAdapter.fetchThread(url, contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual(['https://hn.algolia.com/api/v1/items/1']);
    expectItemOne(thread);
  });

  it('falls back to the Firebase API, breadth first, when Algolia answers 500', async () => {
    const http = fakeHttp({ [algoliaItemUrl('1')]: { status: 500, body: 'oops' }, ...firebaseRoutes });
    const thread = await whole(hackernewsAdapter.fetchThread(url, contextWith(http)));
    expect(http.requests.slice(0, 4).map((r) => r.url)).toEqual([
      'https://hn.algolia.com/api/v1/items/1', firebaseItemUrl('1'), firebaseItemUrl('15'), firebaseItemUrl('234509'),
    ]);
    expect(http.requests).toHaveLength(1 + 21);
    expectItemOne(thread);
    expect(thread.diagnostics[0]?.message).toBe('Algolia failed (hn.algolia.com answered HTTP 500 for https://hn.algolia.com/api/v1/items/1.); read the thread from the Firebase API instead.');
  });

  it('stops at the request limit and says how many comments were not fetched', async () => {
    const http = fakeHttp({ [algoliaItemUrl('1')]: { status: 503, body: '' }, ...firebaseRoutes });
    const thread = await whole(hackernewsAdapter.fetchThread(url, contextWith(http, 5)));
    expect(http.requests).toHaveLength(1 + 1 + 5);
    expect(thread.diagnostics.map((d) => d.message)).toContain('6 comments not fetched: the request limit (5) was reached.');
  });

  it('reads the item page when both APIs fail', async () => {
    const http = fakeHttp({ 'https://news.ycombinator.com/item?id=39990001': { status: 200, body: PAGE_2024, contentType: 'text/html' } });
    const thread = await whole(hackernewsAdapter.fetchThread(new URL('https://news.ycombinator.com/item?id=39990001'), contextWith(http)));
    expect(thread.posts).toHaveLength(6);
    expect(thread.diagnostics.at(-1)?.message).toMatch(/^Both HN APIs failed \(hacker-news\.firebaseio\.com answered HTTP 404/);
  });

  it('says so when the item does not exist anywhere', async () => {
    const http = fakeHttp({ [algoliaItemUrl('99')]: '{"status":404,"error":"Not Found"}', [firebaseItemUrl('99')]: 'null' });
    await expect(whole(hackernewsAdapter.fetchThread(new URL('https://news.ycombinator.com/item?id=99'), contextWith(http))))
      .rejects.toThrow('Hacker News has no item 99 (https://hacker-news.firebaseio.com/v0/item/99.json).');
  });
});

describe('Hacker News: bad input', () => {
  it('skips what is not an item in a hostile Algolia tree, and survives a reply loop', () => {
    const hostile = JSON.stringify({ id: 5, story_id: 5, title: 'T', children: [null, 7, 'x', { id: 6, text: 'ok', children: [{ id: 5, text: 'loop' }] }, { text: 'no id' }] });
    const thread = parse(hostile);
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['5', null], ['6', '5']]);
    expect(thread.diagnostics.map((d) => d.message)).toContain('1 post appeared twice in the response; the first copy of each was kept.');
  });

  it.each([
    ['truncated JSON', '{"author": "pg", "children": [{"author": "sama", "chil'],
    ['the wrong shape', '{"hits": [], "nbHits": 0}'],
  ])('rejects %s with a not-a-thread error', (_what, body) => {
    const attempt = () => parse(body, 'saved.json');
    expect(attempt).toThrow(ThreadmapError);
    expect(attempt).toThrow('No Hacker News item in saved.json: expected Algolia, HNPWA or Firebase item JSON, or an item?id= page.');
  });
});
