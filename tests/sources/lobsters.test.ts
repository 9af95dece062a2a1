import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readUrl } from '../../src/sources/dispatch.js';
import { lobstersAdapter } from '../../src/sources/lobsters.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const own = (name: string) => readFileSync(new URL(`../fixtures/sources/lobsters/${name}`, import.meta.url), 'utf8');
const STORY_2025 = own('story_tdfoqh_2025.json');
const STORY_2022 = own('story_tdfoqh_2022.json');
const PAGE_TDFOQH = own('story_page_tdfoqh_2026.html');
const PAGE_KTEW3S = own('story_page_ktew3s_2026.html');
const parse = (text: string) => whole(lobstersAdapter.parse(toSourceContent(text, null)));
const parentsOf = (thread: RawThread) => Object.fromEntries(thread.posts.map((post) => [post.id, post.parentId]));

/** The thread as lobste.rs shows it: 6 top-level comments, 4 replies, one of them two levels deep. */
const TREE = {
  tdfoqh: null, ncdsfc: 'tdfoqh', m3wyu5: 'tdfoqh', pcvbcd: 'm3wyu5', '9vyyu5': 'tdfoqh', owddle: '9vyyu5',
  lqqn3a: 'owddle', '7b0jgw': 'tdfoqh', ei3nck: 'tdfoqh', '4l8mzk': 'tdfoqh', qy0l9k: '4l8mzk',
};

describe('Lobsters: choosing the adapter', () => {
  itChoosesAdapter(lobstersAdapter, {
    urls: ['https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores', 'https://lobste.rs/s/tdfoqh.json', 'https://lobste.rs/s/tdfoqh'],
    notUrls: ['https://lobste.rs/', 'https://lobste.rs/t/programming', 'https://example.com/s/tdfoqh'],
    saved: [['the 2025 story JSON', STORY_2025], ['the 2022 story JSON', STORY_2022], ['a saved story page', PAGE_KTEW3S]],
    folder: 'lobsters',
  });
});

describe('Lobsters: a real story JSON', () => {
  it('reads the story and its 10 comments with their parents, authors, dates and scores', () => {
    const thread = parse(STORY_2025);
    expect(thread.posts).toHaveLength(11);
    expect(parentsOf(thread)).toEqual(TREE);
    expect(thread.source).toMatchObject({ kind: 'lobsters', url: 'https://lobste.rs/s/tdfoqh', title: "Ranking comments by sum of replies' scores" });
    expect(thread.posts[0]).toMatchObject({ author: 'gioele', createdAt: '2022-07-22T17:06:59.000Z', score: 18 });
    expect(thread.posts.find((post) => post.id === 'qy0l9k')).toMatchObject({
      author: 'pushcx', createdAt: '2022-07-22T21:12:09.000Z', score: 5, url: 'https://lobste.rs/c/qy0l9k',
    });
    expectForest(thread.posts);
    expectNoChrome(thread);
  });

  it('leaves no markup in the text and sets quoted passages aside', () => {
    const thread = parse(STORY_2025);
    for (const post of thread.posts) expect(post.text).not.toMatch(/<\/?[a-z][^>]*>|&(amp|lt|gt|quot);/);
    const reply = thread.posts.find((post) => post.id === 'owddle')!;
    expect(reply.quotes[0]).toMatchObject({ postId: '9vyyu5' });
    expect(reply.quotes[0]!.text).toMatch(/^Just like to point out that the assumption here is that upvotes is a metric of quality/);
    expect(reply.text).toMatch(/^I fully agree: upvotes are a metric of popularity and not of quality\./);
  });

  it('nests the 2022 format, which gives only indent_level, the same way', () => {
    const thread = parse(STORY_2022);
    expect(thread.posts.map((post) => post.id)).toEqual(['tdfoqh', 'ncdsfc', 'm3wyu5', '9vyyu5', 'owddle', 'lqqn3a', '4l8mzk', 'qy0l9k']);
    for (const post of thread.posts) expect(post.parentId).toBe(TREE[post.id as keyof typeof TREE]);
    expect(thread.diagnostics).toEqual([]);
  });

  it('says so when the story counts more comments than the response holds', () => {
    const story = { ...JSON.parse(STORY_2025), comment_count: 12 };
    expect(parse(JSON.stringify(story)).diagnostics.map((d) => d.message))
      .toEqual(['The story counts 12 comments but the response holds 10; the rest were hidden or removed.']);
  });

  it('reads depth alone when comments do not name their parent', () => {
    const story = JSON.parse(STORY_2025);
    for (const comment of story.comments) delete comment.parent_comment;
    expect(parentsOf(parse(JSON.stringify(story)))).toEqual(TREE);
  });

  it('keeps a deleted comment others reply to as a placeholder with no author', () => {
    const story = JSON.parse(STORY_2025);
    Object.assign(story.comments.find((c: { short_id: string }) => c.short_id === 'owddle'), { is_deleted: true });
    const gone = parse(JSON.stringify(story)).posts.find((post) => post.id === 'owddle')!;
    expect(gone).toMatchObject({ placeholder: true, author: null, text: '' });
  });

  it('maps the saved story to a forest with no orphans', async () => {
    const doc = await analyze({ text: STORY_2025 });
    expect(doc.source.kind).toBe('lobsters');
    expect(doc.posts).toHaveLength(11);
    const ids = new Set(doc.posts.map((post) => post.id));
    expect(doc.posts.filter((post) => post.parentId !== null && !ids.has(post.parentId))).toEqual([]);
    expectForest(doc.posts);
  });
});

describe('Lobsters: a story page saved from a browser', () => {
  it('nests the comments as the page does: the same tree as the story JSON', () => {
    const thread = parse(PAGE_TDFOQH);
    expect(parentsOf(thread)).toEqual(TREE);
    expect(thread.source).toMatchObject({ kind: 'lobsters', url: 'https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores' });
    const json = parse(STORY_2025);
    expect(thread.posts.map((post) => post.author)).toEqual(json.posts.map((post) => post.author));
    expect(thread.posts.find((post) => post.id === 'owddle')!.quotes[0]).toMatchObject({ postId: '9vyyu5' });
  });

  it('reads a page of 16 comments: parents, authors, times, hidden scores, and no page chrome', () => {
    const thread = parse(PAGE_KTEW3S);
    // 16 comments (the label says 15: it leaves out the one removed by its author, which has no replies and goes).
    expect(thread.posts).toHaveLength(1 + 15);
    expect(thread.posts[0]).toMatchObject({
      id: 'ktew3s', title: 'Who does Anubis actually stop?', author: 'zk', score: 20, createdAt: '2026-07-12T02:34:31.000Z',
      text: 'https://fzakaria.com/2026/07/09/who-does-anubis-actually-stop',
    });
    const chain = ['pm5tx9', 'kpzehm', '99ne8h', 'ba7zs5', 'ktew3s'];
    for (let i = 0; i + 1 < chain.length; i++) expect(thread.posts.find((post) => post.id === chain[i])!.parentId).toBe(chain[i + 1]);
    expect(thread.posts.find((post) => post.id === 'r8pyae')).toMatchObject({ parentId: 'cmiooy', author: 'kot', score: null, text: 'Oh yeah that would make more sense' });
    expect(thread.posts.find((post) => post.id === 'ba7zs5')).toMatchObject({ author: 'zk', score: 38 });
    expect(thread.posts.some((post) => post.id === 'wlhfnk')).toBe(false);
    for (const post of thread.posts) expect(post.text).not.toMatch(/<\/?[a-z]|Comment removed|Archive\.org|caches|\d+ hours ago/);
    expectForest(thread.posts);
    expectNoChrome(thread);
  });
});

describe('Lobsters: fetching a story URL', () => {
  it('asks for the story JSON once and reads it', async () => {
    const http = fakeHttp({ 'https://lobste.rs/s/tdfoqh.json': STORY_2025 });
    const thread = await whole(lobstersAdapter.fetchThread(new URL('https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores'), contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual(['https://lobste.rs/s/tdfoqh.json']);
    expect(thread.posts).toHaveLength(11);
  });

  it('follows a comment permalink to its story and reads the story JSON', async () => {
    const storyPage = 'https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores';
    const requested: string[] = [];
    const http = {
      request: async (url: string) => {
        requested.push(url);
        return url.endsWith('.json')
          ? { url, status: 200, headers: {}, contentType: 'application/json', body: STORY_2025 }
          : { url: `${storyPage}#c_qy0l9k`, status: 200, headers: {}, contentType: 'text/html', body: PAGE_TDFOQH };
      },
    };
    const thread = await whole(readUrl(new URL('https://lobste.rs/c/qy0l9k'), contextWith(http)));
    expect(requested).toEqual(['https://lobste.rs/c/qy0l9k', 'https://lobste.rs/s/tdfoqh.json']);
    expect(parentsOf(thread)).toEqual(TREE);
  });

  it('says which story is missing when lobste.rs answers 404', async () => {
    const error = await rejection(whole(lobstersAdapter.fetchThread(new URL('https://lobste.rs/s/zzzzzz'), contextWith(fakeHttp({})))));
    expect(error.message).toBe('lobste.rs answered HTTP 404 for https://lobste.rs/s/zzzzzz.json.');
  });

  it('refuses a JSON that is not a story', async () => {
    const http = fakeHttp({ 'https://lobste.rs/s/abcdef.json': '{"error": "not found"}' });
    const error = await rejection(whole(lobstersAdapter.fetchThread(new URL('https://lobste.rs/s/abcdef'), contextWith(http))));
    expect(error.code).toBe('not-a-thread');
  });
});
