// GitHub, Lemmy, Lobsters and Mastodon read end to end: analyze(url) → the site's adapter → the real
// SSRF-safe client → a loopback server answering at each site's API paths with the saved responses.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { siteClient } from '../helpers/site-client.js';

const own = (path: string) => readFileSync(new URL(`../fixtures/sources/${path}`, import.meta.url), 'utf8');
const json = (body: string, headers: Record<string, string> = {}) => ({ headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body });
const noOrphans = (posts: { id: string; parentId: string | null }[]) => {
  const ids = new Set(posts.map((post) => post.id));
  return posts.filter((post) => post.parentId !== null && !ids.has(post.parentId));
};

const GITHUB_ISSUE = '/repos/sigmavirus24/github3.py/issues/187';
const MASTODON_STATUS = '/api/v1/statuses/109294719267373593';
const MASTODON_HIDDEN = ['109297452549435392', '109296253868714159', '109297537724620717'];
const LEMMY_LIST = '/api/v3/comment/list?post_id=11842907&max_depth=8&limit=50&page=1&type_=All&sort=Old';

describe('the four new sources over HTTP, end to end', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    const [first, ...rest] = JSON.parse(own('github/github3py_issue_187_comments.json'));
    const commentsPage = (n: number) => `${GITHUB_ISSUE}/comments?per_page=100&page=${n}`;
    server = await startFixtureServer({
      [GITHUB_ISSUE]: json(own('github/github3py_issue_187.json')),
      [commentsPage(1)]: json(JSON.stringify([first]), { link: `<https://api.github.com${commentsPage(2)}>; rel="next"` }),
      [commentsPage(2)]: json(JSON.stringify(rest)),
      '/api/v3/post?id=11842907': json(own('lemmy/lemmy_ml_post_11842907.json')),
      [LEMMY_LIST]: json(own('lemmy/lemmy_ml_post_11842907_comments.json')),
      '/s/tdfoqh.json': json(own('lobsters/story_tdfoqh_2025.json')),
      [MASTODON_STATUS]: json(own('mastodon/mastodon_social_109294719267373593_status.json')),
      [`${MASTODON_STATUS}/context`]: json(own('mastodon/mastodon_social_109294719267373593_context.json')),
      ...Object.fromEntries(MASTODON_HIDDEN.map((id) => [`/api/v1/statuses/${id}/context`, json('{"ancestors":[],"descendants":[]}')])),
      '/api/v1/statuses/12345': { headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><title>A blog</title><p>Not a status.</p>' },
    });
  });
  afterAll(() => server.close());

  it('reads a GitHub issue and both pages of its comments', async () => {
    const doc = await analyze({ url: 'https://github.com/sigmavirus24/github3.py/issues/187' }, { http: siteClient(server) });
    expect(doc.source).toMatchObject({ kind: 'github', title: 'Document two factor auth' });
    expect(server.hits(`${GITHUB_ISSUE}/comments`)).toBe(2);
    expect(doc.posts.map((post) => [post.id, post.parentId])).toEqual([['#187', null], ['31799031', '#187'], ['31799190', '31799031'], ['31799437', '#187']]);
  });

  it('reads a Lemmy post and its comments', async () => {
    const doc = await analyze({ url: 'https://lemmy.ml/post/11842907' }, { http: siteClient(server) });
    expect(doc.source.kind).toBe('lemmy');
    expect(doc.stats.inputPosts).toBe(14);
    expect(noOrphans(doc.posts)).toEqual([]);
    expectForest(doc.posts);
  });

  it('reads a Lobsters story', async () => {
    const doc = await analyze({ url: 'https://lobste.rs/s/tdfoqh/ranking_comments_by_sum_replies_scores' }, { http: siteClient(server) });
    expect(doc.source.kind).toBe('lobsters');
    expect(doc.posts.find((post) => post.id === 'lqqn3a')!.parentId).toBe('owddle');
    expect(noOrphans(doc.posts)).toEqual([]);
  });

  it('reads a Mastodon thread with the status at its root', async () => {
    const doc = await analyze({ url: 'https://mastodon.social/@austinkocher/109294719267373593' }, { http: siteClient(server) });
    expect(doc.source.kind).toBe('mastodon');
    expect(doc.stats.inputPosts).toBe(60);
    expect(doc.posts[0]).toMatchObject({ id: '109294719267373593', parentId: null, author: 'austinkocher' });
    expect(MASTODON_HIDDEN.map((id) => server.hits(`/api/v1/statuses/${id}/context`))).toEqual([1, 1, 1]);
    expect(noOrphans(doc.posts)).toEqual([]);
    expectForest(doc.posts);
  });

  it('refuses a status-shaped URL on a host that is not Mastodon with a 422 and one sentence', async () => {
    const error = await rejection(analyze({ url: 'https://blog.example.org/@editor/12345' }, { http: siteClient(server) }));
    expect(error).toMatchObject({ code: 'not-a-thread', httpStatus: 422 });
    expect(error.message).toMatch(/^blog\.example\.org does not answer Mastodon's API at https:\/\/blog\.example\.org\/api\/v1\/statuses\/12345/);
  });
});
