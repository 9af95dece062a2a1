import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import type { RawPost } from '../../src/model.js';
import { toSourceContent } from '../../src/sources/content.js';
import { adapterForContent } from '../../src/sources/dispatch.js';
import { COMMENTS_PER_PAGE, lesswrongAdapter } from '../../src/sources/lesswrong.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { whole } from './util/whole.js';

const SHARED = new URL('../../../shared/fixtures/lesswrong/', import.meta.url);
const DUMP = new URL('lw_graphql_user_comments_2aoRX3ookcCozcb3m_NOT_A_THREAD.json', SHARED);
const THREAD = new URL('../fixtures/sources/lesswrong/thread_slow_takeoff.json', import.meta.url);
const threadText = readFileSync(THREAD, 'utf8');
const POST_ID = 'xK9mQ2rT7vLpN4wZa';

const byId = (posts: RawPost[], id: string) => posts.find((post) => post.id === id)!;

describe('LessWrong family: choosing the adapter', () => itChoosesAdapter(lesswrongAdapter, {
  urls: [
    'https://www.lesswrong.com/posts/xK9mQ2rT7vLpN4wZa/the-case-for-slow-takeoff',
    'https://lesswrong.com/posts/xK9mQ2rT7vLpN4wZa/the-case-for-slow-takeoff?commentId=u8jzPde0IgxLd6Gnc',
    'https://forum.effectivealtruism.org/posts/xK9mQ2rT7vLpN4wZa/some-slug',
    'https://www.alignmentforum.org/posts/xK9mQ2rT7vLpN4wZa',
    'https://www.lesswrong.com/s/NBDFAKt3GbFwnwzQF/p/xK9mQ2rT7vLpN4wZa',
  ],
  notUrls: ['https://www.lesswrong.com/users/paul_c', 'https://example.com/posts/xK9mQ2rT7vLpN4wZa/slug'],
  saved: [['a GraphQL thread response', threadText]],
  folder: 'lesswrong',
}));

describe('LessWrong family: a thread response', () => {
  const thread = whole(lesswrongAdapter.parse(toSourceContent(threadText, 'https://www.lesswrong.com/posts/xK9mQ2rT7vLpN4wZa/the-case-for-slow-takeoff')));
  const posts = thread.posts;

  it('reads the post and every comment, plus a placeholder for the missing parent', () => {
    const comments = JSON.parse(threadText).data.comments.results.length as number;
    expect(posts).toHaveLength(1 + comments + 1);
    expect(posts).toHaveLength(14);
    expect(thread.source).toMatchObject({ kind: 'lesswrong', title: 'The case for slow takeoff' });
    expect(posts[0]).toMatchObject({ id: POST_ID, parentId: null, author: 'Paul C', score: 87, createdAt: '2024-03-01T18:00:00.000Z' });
  });

  it('nests comments by parentCommentId, top-level ones under the post', () => {
    expect(byId(posts, 'u8jzPde0IgxLd6Gnc').parentId).toBe(POST_ID);
    expect(byId(posts, 'fBAepfJBd0Kh8oOOL').parentId).toBe('u8jzPde0IgxLd6Gnc');
    expect(byId(posts, '8dKLzdocJ2isAjIhK').parentId).toBe('fBAepfJBd0Kh8oOOL');
    expect(byId(posts, 'NnFRIBXuDL7DxtpYl').parentId).toBe('tJ0RlgLKOmxgJTeKd');
    expect(byId(posts, 'tJ0RlgLKOmxgJTeKd').author).toBeNull(); // user deleted: `user: null`
  });

  it('keeps a deleted comment that has a reply as an empty placeholder', () => {
    expect(byId(posts, 'AkWvj7FAc9QeWJKY4')).toMatchObject({ placeholder: true, text: '', author: null });
    expect(byId(posts, '0uvSwMFLZDe1f8rES').parentId).toBe('AkWvj7FAc9QeWJKY4');
  });

  it('inserts a placeholder under the post for a parent the API did not return, and says so', () => {
    expect(byId(posts, 'AwR4y9ojfljoQoaF1')).toMatchObject({ placeholder: true, parentId: POST_ID, text: '' });
    expect(byId(posts, 'LlqsajAIxNKu8iS2G').parentId).toBe('AwR4y9ojfljoQoaF1');
    expect(thread.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('1 post replies to 1 post missing from the response (AwR4y9ojfljoQoaF1)'));
  });

  it('moves a blockquote out of the text and links it to the parent it quotes', () => {
    const reply = byId(posts, 'fBAepfJBd0Kh8oOOL');
    expect(reply.quotes).toEqual([{ text: 'If training runs keep scaling smoothly, each capability jump is visible a year ahead.', postId: 'u8jzPde0IgxLd6Gnc' }]);
    expect(reply.text).toBe('This assumes the jumps are in the training runs themselves. Post-training improvements arrive in weeks, not years.');
  });

  it('has no page chrome in any text', () => expectNoChrome(thread));

  it('puts posts in reading order: every parent before its replies', () => {
    const seen = new Set<string>();
    for (const post of posts) {
      if (post.parentId !== null) expect(seen.has(post.parentId)).toBe(true);
      seen.add(post.id);
    }
  });

  it('reads the comments alone (no post) with the post as a placeholder root', () => {
    const alone = { data: { comments: JSON.parse(threadText).data.comments } };
    const result = whole(lesswrongAdapter.parse(toSourceContent(JSON.stringify(alone))));
    expect(result.posts[0]).toMatchObject({ id: POST_ID, parentId: null, placeholder: true });
    expect(result.posts).toHaveLength(14);
  });
});

describe.skipIf(!existsSync(SHARED))('LessWrong family: a per-user comment dump (not a thread)', () => {
  const dumpText = existsSync(DUMP) ? readFileSync(DUMP, 'utf8') : '[]';
  const dump = JSON.parse(dumpText) as { _id: string; postId: string; parentCommentId: string | null }[];

  it('is detected as LessWrong and read without crashing: absent parents and posts become placeholders', () => {
    expect(adapterForContent(toSourceContent(dumpText))?.name).toBe('lesswrong');
    const thread = whole(lesswrongAdapter.parse(toSourceContent(dumpText)));
    const ids = new Set(dump.map((c) => c._id));
    const missingParents = new Set(dump.map((c) => c.parentCommentId).filter((id) => id !== null && !ids.has(id)));
    const postIds = new Set(dump.map((c) => c.postId));
    expect(thread.posts).toHaveLength(dump.length + missingParents.size + postIds.size);
    expect(thread.posts).toHaveLength(210);
    expect(thread.posts.filter((post) => post.placeholder)).toHaveLength(110);
    expect(byId(thread.posts, '8YYPf5dMe27JHHwn7').parentId).toBe('MmTgxHAwwrmFibx9M');
    expect(byId(thread.posts, '5HRd3Ht275osJNDZp')).toMatchObject({ parentId: 'GZXa6PDkg8afHYtn5', createdAt: '2025-07-01T04:52:31.850Z', score: 1 });
    expect(byId(thread.posts, 'GZXa6PDkg8afHYtn5')).toMatchObject({ placeholder: true, parentId: 'dqSwccGTWyBgxrR58' });
    expect(byId(thread.posts, 'dqSwccGTWyBgxrR58')).toMatchObject({ placeholder: true, parentId: null });
    const messages = thread.diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(expect.stringContaining('come from 23 different posts'));
    expect(messages).toContainEqual(expect.stringContaining('posts missing from the response'));
  });

  it('reads markdown bodies, "> " lines as quotes', () => {
    const thread = whole(lesswrongAdapter.parse(toSourceContent(dumpText)));
    const post = byId(thread.posts, '5HRd3Ht275osJNDZp');
    expect(post.text).toBe('yeah, I left off this part but Nate also said');
    expect(post.quotes[0]?.text).toMatch(/^\[people having trouble separating them\] does maybe enhance/);
  });
});

describe('LessWrong family: fetching', () => {
  const url = new URL('https://lesswrong.com/posts/xK9mQ2rT7vLpN4wZa/the-case-for-slow-takeoff?commentId=u8jzPde0IgxLd6Gnc');

  it('asks the GraphQL API once for the post and its comments', async () => {
    const http = fakeHttp({ 'https://www.lesswrong.com/graphql': threadText });
    const thread = await whole(lesswrongAdapter.fetchThread(url, contextWith(http)));
    expect(http.requests).toHaveLength(1);
    expect(http.requests[0]).toMatchObject({ url: 'https://www.lesswrong.com/graphql', method: 'POST' });
    const body = JSON.parse(http.requests[0]!.body!);
    expect(body.variables).toEqual({ postId: POST_ID, limit: COMMENTS_PER_PAGE, offset: 0 });
    expect(body.query).toContain('view: "postCommentsOld"');
    expect(thread.posts).toHaveLength(14);
  });

  it('pages on through a long comment list, up to the request limit', async () => {
    const many = Array.from({ length: COMMENTS_PER_PAGE * 2 + 20 }, (_, i) => ({
      _id: `c${String(i).padStart(16, '0')}`, postId: POST_ID, parentCommentId: null, postedAt: '2024-03-02T09:00:00.000Z',
      baseScore: 1, user: { username: 'u', displayName: 'U' }, contents: { html: `<p>Comment number ${i}.</p>` },
    }));
    const post = JSON.parse(threadText).data.post;
    const http = fakeHttp((_url, init) => {
      const { offset, limit } = JSON.parse(init!.body!).variables;
      const results = many.slice(offset, offset + limit);
      return JSON.stringify({ data: offset === 0 ? { post, comments: { results } } : { comments: { results } } });
    });
    const all = await whole(lesswrongAdapter.fetchThread(url, contextWith(http, 5)));
    expect(http.requests.map((r) => JSON.parse(r.body!).variables.offset)).toEqual([0, COMMENTS_PER_PAGE, COMMENTS_PER_PAGE * 2]);
    expect(all.posts).toHaveLength(1 + many.length);

    const capped = await whole(lesswrongAdapter.fetchThread(url, contextWith(fakeHttp((_u, init) => {
      const { offset, limit } = JSON.parse(init!.body!).variables;
      return JSON.stringify({ data: { post, comments: { results: many.slice(offset, offset + limit) } } });
    }), 1)));
    expect(capped.posts).toHaveLength(1 + COMMENTS_PER_PAGE * 2);
    expect(capped.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('Stopped after 400 comments'));
  });

  it('asks each forum its own API and names the forum it read', async () => {
    const http = fakeHttp({ 'https://forum.effectivealtruism.org/graphql': threadText, 'https://www.alignmentforum.org/graphql': threadText });
    const ea = await whole(lesswrongAdapter.fetchThread(new URL('https://forum.effectivealtruism.org/posts/xK9mQ2rT7vLpN4wZa/x'), contextWith(http)));
    const af = await whole(lesswrongAdapter.fetchThread(new URL('https://alignmentforum.org/posts/xK9mQ2rT7vLpN4wZa'), contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual(['https://forum.effectivealtruism.org/graphql', 'https://www.alignmentforum.org/graphql']);
    expect([ea.source.kind, af.source.kind]).toEqual(['eaforum', 'alignmentforum']);
  });

  it('says which post does not exist', async () => {
    const http = fakeHttp({ 'https://www.lesswrong.com/graphql': '{"data":{"post":{"result":null},"comments":{"results":[]}}}' });
    await expect(whole(lesswrongAdapter.fetchThread(url, contextWith(http)))).rejects.toThrow('lesswrong.com has no post xK9mQ2rT7vLpN4wZa');
  });

  it('reports a GraphQL error as the site refusing the query', async () => {
    const http = fakeHttp({ 'https://www.lesswrong.com/graphql': '{"errors":[{"message":"Cannot query field \\"x\\""}]}' });
    await expect(whole(lesswrongAdapter.fetchThread(url, contextWith(http)))).rejects.toMatchObject({ code: 'fetch-failed' });
  });
});

describe('LessWrong family: bad input', () => {
  it.each([
    ['truncated JSON', threadText.slice(0, 200)],
    ['the wrong shape', '{"data": {"user": {"result": {"_id": "x"}}}}'],
  ])('rejects %s with a not-a-thread error naming what was expected', (_what, body) => {
    const read = () => whole(lesswrongAdapter.parse(toSourceContent(body, 'saved.json')));
    expect(read).toThrow(ThreadmapError);
    expect(read).toThrow('No LessWrong-style post or comments in saved.json: expected data.post.result or data.comments.results.');
  });
});
