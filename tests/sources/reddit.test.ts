import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import type { RawPost } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { commentJsonUrl, moreChildrenUrl, threadJsonUrl } from '../../src/sources/reddit-more.js';
import { redditAdapter } from '../../src/sources/reddit.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { whole } from './util/whole.js';

const SHARED = new URL('../../../shared/fixtures/reddit/', import.meta.url);
const shared = (name: string) => (existsSync(new URL(name, SHARED)) ? readFileSync(new URL(name, SHARED), 'utf8') : '');
const FUNNY = shared('funny_3hahrw_ba_dum_tsss.json');
const MORE = shared('funny_3hahrw_morechildren_1.json');
const ANNOUNCEMENTS = shared('announcements_n49rw_were_back.json');
const IAMA = shared('iama_57dw9a_ken_bone_context.json');

const parse = (text: string, url: string | null = null) => whole(redditAdapter.parse(toSourceContent(text, url)));
const byId = (posts: RawPost[], id: string) => posts.find((post) => post.id === id)!;

interface Thing { kind: string; data: { id: string; body?: string; children?: string[]; count?: number; replies?: '' | { data: { children: Thing[] } } } }
const repliesOf = (thing: Thing) => (thing.data.replies ? thing.data.replies.data.children : []);

/** Written apart from the adapter: t1 things kept (a deleted one only while a kept reply hangs under it). */
function keptComments(things: Thing[]): number {
  const kept = (thing: Thing): number => {
    const below = repliesOf(thing).filter((t) => t.kind === 't1').map(kept).reduce((a, b) => a + b, 0);
    const gone = thing.data.body === '[deleted]' || thing.data.body === '[removed]';
    return below + (gone && below === 0 ? 0 : 1);
  };
  return things.filter((t) => t.kind === 't1').map(kept).reduce((a, b) => a + b, 0);
}

/** `more` stubs in reading order. */
function moreStubs(things: Thing[]): Thing[] {
  return things.flatMap((thing) => (thing.kind === 'more' ? [thing] : moreStubs(repliesOf(thing))));
}

const comments = (text: string) => (text ? (JSON.parse(text) as { data: { children: Thing[] } }[])[1]!.data.children : []);

describe('Reddit: choosing the adapter', () => itChoosesAdapter(redditAdapter, {
  urls: [
    'https://www.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/',
    'https://old.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/',
    'https://np.reddit.com/r/funny/comments/3hahrw/',
    'https://reddit.com/comments/3hahrw',
    'https://redd.it/3hahrw',
    'https://www.reddit.com/r/IAmA/comments/57dw9a/_/d8r4im1?context=100',
  ],
  notUrls: ['https://www.reddit.com/r/funny/', 'https://notreddit.com/r/funny/comments/3hahrw/'],
  saved: [['a saved thread', FUNNY], ['a morechildren answer', MORE]],
  folder: 'reddit',
}));

describe.skipIf(!existsSync(SHARED))('Reddit: real saved threads', () => {
  it('reads r/funny 3hahrw: the post and 474 of 476 comments (2 deleted leaves dropped)', () => {
    const thread = parse(FUNNY);
    expect(thread.posts).toHaveLength(1 + keptComments(comments(FUNNY)));
    expect(thread.posts).toHaveLength(475);
    expect(thread.source).toMatchObject({ kind: 'reddit', title: 'Ba Dum Tsss', url: 'https://www.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/' });
    expect(thread.posts[0]).toMatchObject({ id: '3hahrw', parentId: null, author: 'your_local_librarian', score: 11702, text: '' });
    expect(byId(thread.posts, 'cu5pebp')).toMatchObject({
      parentId: '3hahrw', author: 'johnnwho', score: 1136, createdAt: '2015-08-17T08:45:51.000Z',
      text: "Man I am glad there isn't someone on a drum set every time I fall over.",
    });
    expect(byId(thread.posts, 'cu5sye5').parentId).toBe('cu5pebp');
    expect(byId(thread.posts, 'cu5tgzu').parentId).toBe('cu5sye5');
    expect(byId(thread.posts, 'cu5ukqd').parentId).toBe('cu5ug2h');
    expectNoChrome(thread);
  });

  it('keeps deleted comments that have replies as placeholders; an author who deleted the account keeps the text', () => {
    const thread = parse(FUNNY);
    expect(byId(thread.posts, 'cu5w5hz')).toMatchObject({ placeholder: true, text: '', author: null });
    expect(byId(thread.posts, 'cu61rpx')).toBeUndefined(); // "[deleted]" with no replies
    expect(byId(thread.posts, 'cu5v4e7')).toMatchObject({ author: null, text: expect.stringMatching(/^That lady recording/) });
    expect(byId(thread.posts, 'cu5v4e7').placeholder).toBeUndefined();
  });

  it('links <blockquote> quotes to the parent they come from', () => {
    const thread = parse(FUNNY);
    expect(byId(thread.posts, 'cu5ukqd').quotes).toEqual([
      { text: 'oh so if family guy does it its funny.', postId: 'cu5ug2h' },
      { text: 'but if someone mimics it. Noooooooooo un-cool TRIGGER TRIGGER ALERT.', postId: 'cu5ug2h' },
    ]);
    expect(byId(thread.posts, 'cu5uhzr').quotes).toEqual([{ text: "he didn't miss a beat.\n\nI fell off my seat", postId: 'cu5tl6b' }]);
    expect(byId(thread.posts, 'cu5tgzu').quotes).toEqual([{ text: 'I have a glandular problem!', postId: null }]);
  });

  it('says how many comments the more stubs hide', () => {
    const stubs = moreStubs(comments(FUNNY));
    const hidden = stubs.filter((s) => s.data.children!.length > 0)
      .reduce((sum, s) => sum + Math.max(s.data.count ?? 0, s.data.children!.length), 0);
    const messages = parse(FUNNY).diagnostics.map((d) => d.message);
    expect(messages).toContain(`${hidden} comments not loaded (more stubs).`);
    expect(messages).toContain('61 comments not loaded (more stubs).');
    expect(messages).toContain('6 reply chains deeper than the response ("continue this thread") not loaded.');
  });

  it('reads r/announcements n49rw: 10 levels deep, 177 more stubs', () => {
    const thread = parse(ANNOUNCEMENTS);
    expect(thread.posts).toHaveLength(1 + keptComments(comments(ANNOUNCEMENTS)));
    expect(thread.posts).toHaveLength(483);
    expect(thread.posts[0]).toMatchObject({ id: 'n49rw', title: "We're back" });
    expect(byId(thread.posts, 'c36cjax')).toMatchObject({ parentId: 'c367dsu' });
    expect(thread.diagnostics.map((d) => d.message)).toContain('1060 comments not loaded (more stubs).');
    expectNoChrome(thread);
  });

  it('reads a comment permalink with context=100 (r/IAmA 57dw9a)', () => {
    const thread = parse(IAMA);
    expect(thread.posts).toHaveLength(1 + keptComments(comments(IAMA)));
    expect(thread.posts).toHaveLength(145);
    expect(byId(thread.posts, 'd8r4im1').parentId).toBe('57dw9a');
    expect(byId(thread.posts, 'd8rlbkg').quotes).toEqual([{ text: 'Team Mystic', postId: 'd8ray04' }]);
  });

  it('reads a morechildren answer alone: flat things nested again by parent_id', () => {
    const thread = parse(MORE);
    const things = (JSON.parse(MORE) as { json: { data: { things: unknown[] } } }).json.data.things;
    expect(thread.posts).toHaveLength(things.length + 2); // + placeholders for the parent comment and the post
    expect(thread.posts).toHaveLength(13);
    expect(thread.posts[0]).toMatchObject({ id: '3hahrw', placeholder: true, parentId: null });
    expect(byId(thread.posts, 'cu5p1hh')).toMatchObject({ placeholder: true, parentId: '3hahrw' });
    expect(byId(thread.posts, 'cu5pg2h')).toMatchObject({ parentId: 'cu5p1hh', author: 'Nak4000', score: -142 });
    expect(byId(thread.posts, 'cu5tuyu').parentId).toBe('cu5sb33');
  });
});

describe.skipIf(!existsSync(SHARED))('Reddit: fetching', () => {
  const url = new URL('https://www.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/');
  const listedIds = moreStubs(comments(FUNNY)).flatMap((s) => s.data.children!);
  const firstMore = moreChildrenUrl('3hahrw', listedIds);
  // A "continue this thread" answer: the parent comment again, with one reply not seen before.
  const deeper = JSON.stringify([
    { kind: 'Listing', data: { children: [{ kind: 't3', data: { id: '3hahrw', title: 'Ba Dum Tsss' } }] } },
    { kind: 'Listing', data: { children: [{ kind: 't1', data: {
      id: 'cu61zil', parent_id: 't1_x', link_id: 't3_3hahrw', body: 'again', replies: { kind: 'Listing', data: { children: [
        { kind: 't1', data: { id: 'cu62aaa', parent_id: 't1_cu61zil', link_id: 't3_3hahrw', author: 'deep_one', body: 'Deep reply.', body_html: '<div class="md"><p>Deep reply.</p></div>', created_utc: 1439850000, score: 3, replies: '' } },
      ] } },
    } }] } },
  ]);

  it('asks for the thread JSON, then morechildren for all listed ids in one request', async () => {
    const http = fakeHttp({ [threadJsonUrl('3hahrw')]: FUNNY, [firstMore]: MORE });
    const thread = await whole(redditAdapter.fetchThread(url, contextWith(http, 1)));
    expect(http.requests.map((r) => r.url)).toEqual(['https://www.reddit.com/comments/3hahrw.json?raw_json=1', firstMore]);
    expect(firstMore).toMatch(/^https:\/\/www\.reddit\.com\/api\/morechildren\.json\?api_type=json&link_id=t3_3hahrw&children=cu5uxqk,cu5uvq3,cu637g6,/);
    expect(thread.posts).toHaveLength(475 + 11);
    expect(byId(thread.posts, 'cu5pg2h').parentId).toBe('cu5p1hh');
    expect(byId(thread.posts, 'cu5pjjs').parentId).toBe('cu5pg2h');
    const messages = thread.diagnostics.map((d) => d.message);
    const answered = new Set((JSON.parse(MORE) as { json: { data: { things: Thing[] } } }).json.data.things.map((t) => t.data.id));
    expect(messages).toContain(`${listedIds.filter((id) => !answered.has(id)).length} comments asked for with morechildren did not come back.`);
    expect(messages).toContain('23 comments asked for with morechildren did not come back.');
    expect(messages).toContain('6 reply chains deeper than the response ("continue this thread") not loaded.');
  });

  it('then follows "continue this thread" stubs, and stops with a diagnostic when one fails', async () => {
    const http = fakeHttp({ [threadJsonUrl('3hahrw')]: FUNNY, [firstMore]: MORE, [commentJsonUrl('3hahrw', 'cu61zil')]: deeper });
    const thread = await whole(redditAdapter.fetchThread(url, contextWith(http, 10)));
    expect(http.requests.map((r) => r.url).slice(2)).toEqual([commentJsonUrl('3hahrw', 'cu61zil'), commentJsonUrl('3hahrw', 'cu5v5h7')]);
    expect(byId(thread.posts, 'cu62aaa')).toMatchObject({ parentId: 'cu61zil', author: 'deep_one', text: 'Deep reply.' });
    expect(thread.posts).toHaveLength(475 + 11 + 1);
    const messages = thread.diagnostics.map((d) => d.message);
    expect(messages).toContain('Loading more comments stopped: www.reddit.com answered HTTP 404 for https://www.reddit.com/comments/3hahrw/_/cu5v5h7.json?raw_json=1.');
    expect(messages).toContain('5 reply chains deeper than the response ("continue this thread") not loaded.');
  });

  it('fetches a permalinked comment with its context', async () => {
    const permalink = commentJsonUrl('57dw9a', 'd8r4im1', '100');
    const http = fakeHttp({ [permalink]: IAMA });
    const thread = await whole(redditAdapter.fetchThread(new URL('https://www.reddit.com/r/IAmA/comments/57dw9a/_/d8r4im1?context=100'), contextWith(http, 0)));
    expect(http.requests.map((r) => r.url)).toEqual(['https://www.reddit.com/comments/57dw9a/_/d8r4im1.json?raw_json=1&context=100']);
    expect(thread.posts).toHaveLength(145);
  });
});

describe('Reddit: bad input', () => {
  it.each([
    ['truncated JSON', '[{"kind": "Listing", "data": {"children": [{"kind": "t3", "da'],
    ['the wrong shape', '{"kind": "Listing", "data": {"children": []}}'],
  ])('rejects %s with a not-a-thread error', (_what, body) => {
    const attempt = () => parse(body, 'saved.json');
    expect(attempt).toThrow(ThreadmapError);
    expect(attempt).toThrow('No Reddit thread in saved.json: expected the [post, comments] Listing pair of /comments/<id>.json or a morechildren answer.');
  });

  it('says when Reddit answers something that is not a thread', async () => {
    const http = fakeHttp({ [threadJsonUrl('3hahrw')]: '{"kind": "Listing", "data": {"children": []}}' });
    await expect(whole(redditAdapter.fetchThread(new URL('https://redd.it/3hahrw'), contextWith(http))))
      .rejects.toThrow('Reddit sent no thread for https://redd.it/3hahrw (https://www.reddit.com/comments/3hahrw.json?raw_json=1).');
  });
});
