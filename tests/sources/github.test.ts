import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readUrl } from '../../src/sources/dispatch.js';
import { githubAdapter, nextLink } from '../../src/sources/github.js';
import { expectForest } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { contextWith, fakeHttp } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const own = (name: string) => readFileSync(new URL(`../fixtures/sources/github/${name}`, import.meta.url), 'utf8');
const ISSUE_187 = own('github3py_issue_187.json');
const COMMENTS_187 = own('github3py_issue_187_comments.json');
const PAGE_187 = own('github3py_issue_187_page.html');
const COMMENTS_61 = own('piotrmurach_github_issue_61_comments.json');
const ONNX_ISSUE = own('onnxruntime_issue_12288.json');
const ONNX_COMMENTS = own('onnxruntime_issue_12288_comments.json');
const parse = (text: string, url: string | null = null) => whole(githubAdapter.parse(toSourceContent(text, url)));
const parents = (thread: RawThread) => thread.posts.map((post) => [post.id, post.parentId]);

const API_187 = 'https://api.github.com/repos/sigmavirus24/github3.py/issues/187';
const URL_187 = new URL('https://github.com/sigmavirus24/github3.py/issues/187');
/** Issue 187: esacteksab's note, sigmavirus24's e-mailed answer quoting it, esacteksab again. */
const TREE_187 = [['#187', null], ['31799031', '#187'], ['31799190', '31799031'], ['31799437', '#187']];

describe('GitHub: choosing the adapter', () => {
  itChoosesAdapter(githubAdapter, {
    urls: [URL_187.href, 'https://github.com/nodejs/node/pull/51234', 'https://github.com/nodejs/node/pull/51234/files', `${API_187}/comments`],
    notUrls: ['https://github.com/sigmavirus24/github3.py', 'https://github.com/sigmavirus24/github3.py/issues', 'https://gist.github.com/abc/123'],
    saved: [['an issue', ISSUE_187], ['a comments page', COMMENTS_187], ['an issue page', PAGE_187]],
    folder: 'github',
  });
});

describe('GitHub: real saved API responses', () => {
  it('reads a comments page under a placeholder for the issue it is on', () => {
    const thread = parse(COMMENTS_61);
    expect(thread.posts).toHaveLength(1 + 7);
    expect(thread.posts[0]).toMatchObject({ id: '#61', placeholder: true, url: 'https://github.com/piotrmurach/github/issues/61' });
    expect(thread.posts.slice(1).map((post) => post.parentId)).toEqual(Array(7).fill('#61'));
    expect(thread.posts.map((post) => post.author)).toEqual([null, 'piotrmurach', 'mikz', 'piotrmurach', 'potomak', 'mhenrixon', 'piotrmurach', 'piotrmurach']);
    expect(thread.posts[1]).toMatchObject({
      id: '10321795', createdAt: '2012-11-13T10:30:24.000Z', url: 'https://github.com/piotrmurach/github/issues/61#issuecomment-10321795',
    });
    expect(thread.posts[4]!.text).toBe('+1');
    for (const post of thread.posts) expect(post.text).not.toMatch(/<\/?[a-z][^>]*>|\r/);
    expectForest(thread.posts);
  });

  it('links a comment to the earlier comment it quotes with "> ", and the rest to the issue', () => {
    const thread = parse(JSON.stringify([JSON.parse(ISSUE_187), ...JSON.parse(COMMENTS_187)]));
    expect(parents(thread)).toEqual(TREE_187);
    expect(thread.source).toMatchObject({ kind: 'github', title: 'Document two factor auth', url: URL_187.href });
    expect(thread.posts[0]).toMatchObject({ author: 'sigmavirus24', createdAt: '2014-01-08T00:05:55.000Z' });
    expect(thread.posts[2]!.quotes.map((quote) => quote.postId)).toEqual(['31799031', '31799031']);
    expect(thread.posts[2]!.text).toMatch(/^On Tue, Jan 07, 2014 at 05:48:28PM -0800, Barry Morrison wrote:\n\nA thousand times this\./);
  });

  it('reads a real 15-comment issue: each reply that quotes an earlier comment hangs under the comment that wrote it', () => {
    const thread = parse(JSON.stringify([JSON.parse(ONNX_ISSUE), ...JSON.parse(ONNX_COMMENTS)]));
    expect(thread.posts).toHaveLength(16);
    const parentOf = Object.fromEntries(thread.posts.map((post) => [post.id, post.parentId]));
    // Read by hand: who each "> " quote (or "> > " quote of a quote) came from.
    const quoting = {
      1192977456: '1192976872', 1500871574: '1445429685', 1501544615: '1500871574', 1568144992: '1479539740',
      1626492252: '1625514582', 1630988194: '1626492252', 1630998393: '1626492252',
    };
    for (const [id, parent] of Object.entries(parentOf)) expect(parent, id).toBe(id === '#12288' ? null : quoting[id as unknown as keyof typeof quoting] ?? '#12288');
    expect(thread.source).toMatchObject({ kind: 'github', title: 'SafeIntOnOverflow() Integer overflow error when running inference in an ASGI server' });
    expect(new Set(thread.posts.map((post) => post.author)).size).toBe(9);
    for (const post of thread.posts) expect(post.text).not.toMatch(/^(```|~~~|#+ )|\r|<\/?[a-z]+>/m);
    expect(thread.posts.find((post) => post.id === '1626492252')!.text).toMatch(/^23\.06 is still failing\.\n\n"\[StatusCode\.INTERNAL\] onnx runtime error 6/);
    expectForest(thread.posts);
    expectNoChrome(thread);
  });

  it('reads a 2012 comments page, whose comments link only to themselves in the API', () => {
    const comments = JSON.parse(COMMENTS_61).map(({ html_url: _page, issue_url: _issue, ...rest }: Record<string, unknown>) => rest);
    const thread = parse(JSON.stringify(comments));
    expect(thread.posts[0]).toMatchObject({ id: 'issue', placeholder: true });
    expect(thread.posts.slice(1).map((post) => post.parentId)).toEqual(Array(7).fill('issue'));
    expect(thread.diagnostics[0]!.message).toBe('The comments of an issue without the issue itself; a placeholder stands in for it.');
  });

  it('refuses a repository\'s comment list, which mixes issues, in one sentence', () => {
    expect(() => parse(own('piotrmurach_github_repo_comments_NOT_A_THREAD.json')))
      .toThrow("These GitHub comments are on 13 different issues, not one thread: save one issue's /issues/<number>/comments.");
  });

  it('reads the issue alone and says its comments are not in the file', () => {
    const thread = parse(ISSUE_187);
    expect(thread.posts).toHaveLength(1);
    expect(thread.diagnostics.map((d) => d.message)).toEqual(["The issue counts 3 comments but this file holds 0; give the issue's URL to read them all."]);
  });

  it('maps the saved issue and comments to a forest with no orphans', async () => {
    const doc = await analyze({ text: JSON.stringify([JSON.parse(ISSUE_187), ...JSON.parse(COMMENTS_187)]) });
    expect(doc.source.kind).toBe('github');
    expect(doc.posts.map((post) => [post.id, post.parentId])).toEqual(TREE_187);
    const onnx = await analyze({ text: JSON.stringify([JSON.parse(ONNX_ISSUE), ...JSON.parse(ONNX_COMMENTS)]) });
    const ids = new Set(onnx.posts.map((post) => post.id));
    expect(onnx.posts.filter((post) => post.parentId !== null && !ids.has(post.parentId))).toEqual([]);
    expect(onnx.stats.inputPosts).toBe(16);
    expectForest(onnx.posts);
  });
});

describe('GitHub: a saved issue page (classic markup)', () => {
  it('reads the opening post and each comment, not the label event or the page chrome', () => {
    const thread = parse(PAGE_187);
    expect(parents(thread)).toEqual(TREE_187);
    expect(thread.source).toMatchObject({ kind: 'github', url: URL_187.href, title: 'Document two factor auth' });
    expect(thread.posts.map((post) => [post.author, post.createdAt])).toEqual([
      ['sigmavirus24', '2014-01-08T00:05:55.000Z'], ['esacteksab', '2014-01-08T01:48:28.000Z'],
      ['sigmavirus24', '2014-01-08T01:51:45.000Z'], ['esacteksab', '2014-01-08T01:57:03.000Z'],
    ]);
    expect(thread.posts[3]).toMatchObject({ text: "Went back through my things. I don't have anything. :(", url: `${URL_187.href}#issuecomment-31799437` });
    for (const post of thread.posts) expect(post.text).not.toMatch(/Quote reply|Copy link|reacted|commented|Sign in|<\/?[a-z]/);
    expectNoChrome(thread);
  });

  it('refuses a GitHub page whose comments are not in its HTML', () => {
    const scripted = '<html><head><meta name="hostname" content="github.com"><meta property="og:url" content="https://github.com/a/b/issues/3"></head><body><react-app app-name="issues-react"></react-app></body></html>';
    expect(() => parse(scripted)).toThrow("The saved GitHub page has no comments in its HTML (newer GitHub pages load them by script): give the issue's URL instead.");
  });
});

describe('GitHub: fetching an issue URL', () => {
  const [first, ...rest] = JSON.parse(COMMENTS_187);
  const page = (n: number) => `${API_187}/comments?per_page=100&page=${n}`;
  const routes = {
    [API_187]: ISSUE_187,
    [page(1)]: { status: 200, body: JSON.stringify([first]), headers: { link: `<${page(2)}>; rel="next", <${page(2)}>; rel="last"` } },
    [page(2)]: { status: 200, body: JSON.stringify(rest), headers: { link: `<${page(1)}>; rel="prev", <${page(1)}>; rel="first"` } },
  };

  it('reads the issue, then the comments page by page along the Link header', async () => {
    const http = fakeHttp(routes);
    const done: number[] = [];
    const thread = await whole(readUrl(URL_187, { ...contextWith(http), onProgress: (p) => done.push(p.done) }));
    expect(http.requests.map((r) => r.url)).toEqual([API_187, page(1), page(2)]);
    expect(done).toEqual([1, 3]);
    expect(parents(thread)).toEqual(TREE_187);
    expect(thread.diagnostics).toEqual([]);
  });

  it('stops at maxRequests and says how many comments it read', async () => {
    const http = fakeHttp(routes);
    const thread = await whole(readUrl(URL_187, contextWith(http, 1)));
    expect(http.requests).toHaveLength(2);
    expect(thread.posts).toHaveLength(2);
    expect(thread.diagnostics.map((d) => d.message)).toEqual(['Read 1 of 3 comments: the request limit (1) was reached.']);
  });

  it('says when the anonymous rate limit is used up, and until when', async () => {
    const http = fakeHttp({ [API_187]: { status: 403, body: '{"message":"API rate limit exceeded"}', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1765103400' } } });
    const error = await rejection(whole(readUrl(URL_187, contextWith(http))));
    expect(error.message).toBe("GitHub's API allows 60 anonymous requests an hour and they are used up until 2025-12-07T10:30:00.000Z; try again then.");
  });

  it('says so when GitHub has no such issue', async () => {
    const error = await rejection(whole(readUrl(new URL('https://github.com/a/b/issues/9'), contextWith(fakeHttp({})))));
    expect(error.message).toBe('api.github.com answered HTTP 404 for https://api.github.com/repos/a/b/issues/9.');
  });

  it('finds the next page in a Link header', () => {
    expect(nextLink('<https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last"')).toBe('https://api.github.com/x?page=3');
    expect(nextLink('<https://api.github.com/x?page=1>; rel="first"')).toBeNull();
    expect(nextLink(undefined)).toBeNull();
    expect(nextLink('<https://elsewhere.example/x?page=2>; rel="next"')).toBeNull();
  });
});
