import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readUrl } from '../../src/sources/dispatch.js';
import { mastodonAdapter } from '../../src/sources/mastodon.js';
import { expectForest, maxDepth } from '../helpers/invariants.js';
import { rejection } from '../helpers/rejection.js';
import { itChoosesAdapter } from './util/adapter-choice.js';
import { contextWith, fakeHttp, type FakeAnswer } from './util/fake-http.js';
import { expectNoChrome } from './util/no-chrome.js';
import { whole } from './util/whole.js';

const own = (name: string) => readFileSync(new URL(`../fixtures/sources/mastodon/${name}`, import.meta.url), 'utf8');
const STATUS = own('mastodon_social_109294719267373593_status.json');
const CONTEXT = own('mastodon_social_109294719267373593_context.json');
const FOSSTODON = own('fosstodon_114026814291152535_context.json');
const ROOT = '109294719267373593';
const API = `https://mastodon.social/api/v1/statuses/${ROOT}`;
const URL_OF_ROOT = new URL(`https://mastodon.social/@austinkocher/${ROOT}`);

type Status = { id: string; in_reply_to_id: string | null; account: { acct: string } };
const descendants: Status[] = JSON.parse(CONTEXT).descendants;
/** Statuses whose replies_count exceeds the replies this context holds: the adapter asks for their context. */
const WITH_HIDDEN_REPLIES = ['109297452549435392', '109296253868714159', '109297537724620717'];
const emptyContext = '{"ancestors": [], "descendants": []}';

function routes(extra: Record<string, FakeAnswer> = {}): Record<string, FakeAnswer> {
  const hidden = Object.fromEntries(WITH_HIDDEN_REPLIES.map((id) => [`https://mastodon.social/api/v1/statuses/${id}/context`, emptyContext]));
  return { [API]: STATUS, [`${API}/context`]: CONTEXT, ...hidden, ...extra };
}

describe('Mastodon: choosing the adapter', () => {
  itChoosesAdapter(mastodonAdapter, {
    urls: [
      URL_OF_ROOT.href, 'https://fosstodon.org/@erc_bk/114027213608365869', 'https://mastodon.social/@someone@example.org/112233445566',
      'https://hachyderm.io/users/someone/statuses/112233445566', `${API}/context`,
    ],
    notUrls: ['https://mastodon.social/@austinkocher', 'https://mastodon.social/explore', 'https://example.com/blog/2024/05/post'],
    saved: [['a status', STATUS], ['a context', CONTEXT]],
    folder: 'mastodon',
  });
});

describe('Mastodon: real saved responses', () => {
  it('reads a saved context: 59 replies nested by in_reply_to_id under a placeholder for the status', () => {
    const thread = whole(mastodonAdapter.parse(toSourceContent(CONTEXT)));
    expect(thread.posts).toHaveLength(1 + 59);
    expect(thread.posts[0]).toMatchObject({ id: ROOT, placeholder: true, parentId: null });
    for (const status of descendants) expect(thread.posts.find((post) => post.id === status.id)!.parentId).toBe(status.in_reply_to_id);
    expect(thread.posts.filter((post) => post.parentId === ROOT)).toHaveLength(43);
    expect(maxDepth(thread.posts)).toBe(7);
    expect(thread.diagnostics.map((d) => d.message)).toEqual(['A saved /context holds the replies around a status but not the status itself; a placeholder stands in for it.']);
    expect(thread.posts.find((post) => post.id === '109296731817086780')).toMatchObject({
      parentId: '109296725027702140', author: 'OliKockova@toot.whatever.cz', createdAt: '2022-11-06T11:56:11.000Z', score: 0,
      url: 'https://toot.whatever.cz/@OliKockova/109296731506909380', text: "OK, thank you.\n\nI'll try to reinstall Mastodon.",
    });
    expectForest(thread.posts);
    expectNoChrome(thread);
  });

  it('leaves no markup and drops the mentions a reply opens with, keeping those inside sentences', () => {
    const thread = whole(mastodonAdapter.parse(toSourceContent(CONTEXT)));
    for (const post of thread.posts) expect(post.text).not.toMatch(/<\/?[a-z][^>]*>|&(amp|lt|gt|quot);/);
    expect(thread.posts.find((post) => post.id === '109294771607858430')!.text).toBe('Agreed! There are some great language-oriented features in the new release.');
    expect(thread.posts.find((post) => post.id === '109296144901329380')!.text).toMatch(/^Here is a noob fan question, still being very confused\./);
    const root = whole(mastodonAdapter.parse(toSourceContent(STATUS))).posts[0]!;
    expect(root.text).toMatch(/Thanks, @Gargron and @Mastodon Team\. #Mastodon4$/);
    expect(root.text).toContain('https://github.com/mastodon/mastodon/releases/tag/v4.0.0rc1');
  });

  it('reads a status alone as one post and says the replies are elsewhere', () => {
    const thread = whole(mastodonAdapter.parse(toSourceContent(STATUS)));
    expect(thread.posts).toEqual([expect.objectContaining({ id: ROOT, author: 'austinkocher', score: 3236, createdAt: '2022-11-06T03:24:27.042Z' })]);
    expect(thread.diagnostics[0]!.message).toMatch(/^This is one status without its replies/);
  });

  it('refuses a saved timeline, statuses from many conversations, in one sentence', () => {
    expect(() => whole(mastodonAdapter.parse(toSourceContent(own('mastodon_social_tag_rstats_timeline_NOT_A_THREAD.json')))))
      .toThrow("These 5 Mastodon statuses belong to 5 conversations (a timeline?), not one thread: save a status's /context, or give its URL.");
  });

  it('reads a small context from another server', () => {
    const thread = whole(mastodonAdapter.parse(toSourceContent(FOSSTODON)));
    expect(thread.posts.map((post) => [post.id, post.parentId, post.author])).toEqual([
      ['114026814291152535', null, null],
      ['114027213608365869', '114026814291152535', 'erc_bk'],
      ['114055560713759881', '114026814291152535', 'MickaelCanouil'],
      ['114058233338164636', '114055560713759881', 'MickaelCanouil'],
    ]);
  });

  it('maps the saved context to a forest with no orphans', async () => {
    const doc = await analyze({ text: CONTEXT });
    expect(doc.source.kind).toBe('mastodon');
    const ids = new Set(doc.posts.map((post) => post.id));
    expect(doc.posts.filter((post) => post.parentId !== null && !ids.has(post.parentId))).toEqual([]);
    expect(doc.posts.length).toBeGreaterThanOrEqual(59);
    expectForest(doc.posts);
  });
});

describe('Mastodon: fetching a status URL', () => {
  it('probes the status, reads its context, then the contexts of replies with hidden replies of their own', async () => {
    const http = fakeHttp(routes());
    const progress: number[] = [];
    const thread = await whole(readUrl(URL_OF_ROOT, { ...contextWith(http), onProgress: (p) => progress.push(p.done) }));
    expect(http.requests.map((r) => r.url)).toEqual([API, `${API}/context`, ...WITH_HIDDEN_REPLIES.map((id) => `https://mastodon.social/api/v1/statuses/${id}/context`)]);
    expect(progress).toHaveLength(3);
    expect(thread.posts).toHaveLength(60);
    expect(thread.posts[0]).toMatchObject({ id: ROOT, parentId: null, author: 'austinkocher' });
    expect(thread.posts[0]!.placeholder).toBeUndefined();
    expect(thread.source).toMatchObject({ kind: 'mastodon', url: URL_OF_ROOT.href });
    expect(thread.diagnostics.map((d) => d.message)).toEqual([
      'mastodon.social counts 65 more replies than it returned (followers-only, deleted, from servers it has not seen, or past its limit).',
    ]);
  });

  it('adds the replies a reply\'s context holds', async () => {
    const hiddenReply = { ...descendants[2], id: '109297999999999999', in_reply_to_id: WITH_HIDDEN_REPLIES[0], content: '<p>A late reply the first context left out.</p>' };
    const http = fakeHttp(routes({ [`https://mastodon.social/api/v1/statuses/${WITH_HIDDEN_REPLIES[0]}/context`]: JSON.stringify({ ancestors: [], descendants: [hiddenReply] }) }));
    const thread = await whole(readUrl(URL_OF_ROOT, contextWith(http)));
    expect(thread.posts).toHaveLength(61);
    expect(thread.posts.find((post) => post.id === hiddenReply.id)).toMatchObject({ parentId: WITH_HIDDEN_REPLIES[0], text: 'A late reply the first context left out.' });
  });

  it('reads from a reply\'s URL: its ancestors, then the root\'s other replies', async () => {
    const fosstodon = 'https://fosstodon.org/api/v1/statuses';
    const reply = JSON.parse(FOSSTODON).descendants.find((status: Status) => status.id === '114027213608365869');
    const http = fakeHttp({
      [`${fosstodon}/114027213608365869`]: JSON.stringify(reply),
      [`${fosstodon}/114027213608365869/context`]: own('fosstodon_114027213608365869_context.json'),
      [`${fosstodon}/114026814291152535/context`]: FOSSTODON,
    });
    const thread = await whole(readUrl(new URL('https://fosstodon.org/@erc_bk/114027213608365869'), contextWith(http)));
    expect(http.requests.map((r) => r.url.replace(fosstodon, ''))).toEqual(['/114027213608365869', '/114027213608365869/context', '/114026814291152535/context']);
    expect(thread.posts.map((post) => [post.id, post.parentId, post.author])).toEqual([
      ['114026814291152535', null, 'schochastics'],
      ['114027213608365869', '114026814291152535', 'erc_bk'],
      ['114055560713759881', '114026814291152535', 'MickaelCanouil'],
      ['114058233338164636', '114055560713759881', 'MickaelCanouil'],
    ]);
  });

  it('stops at maxRequests and says how many posts kept replies unread', async () => {
    const http = fakeHttp(routes());
    const thread = await whole(readUrl(URL_OF_ROOT, contextWith(http, 2)));
    expect(http.requests).toHaveLength(3);
    expect(thread.diagnostics[0]!.message).toBe('2 posts had replies not fetched: the request limit (2) was reached.');
  });

  it('refuses a host that does not answer Mastodon\'s API, in one sentence', async () => {
    const http = fakeHttp({ 'https://blog.example.org/api/v1/statuses/12345': { status: 200, body: '<html>Blog</html>', contentType: 'text/html' } });
    const error = await rejection(whole(readUrl(new URL('https://blog.example.org/@editor/12345'), contextWith(http))));
    expect(error.code).toBe('not-a-thread');
    expect(error.message).toBe("blog.example.org does not answer Mastodon's API at https://blog.example.org/api/v1/statuses/12345, so https://blog.example.org/@editor/12345 is not a Mastodon status Threadmap can read.");
  });

  it('says so when a server shows statuses only to signed-in users', async () => {
    const http = fakeHttp({ [API]: { status: 401, body: '{"error":"This method requires an authenticated user"}' } });
    const error = await rejection(whole(readUrl(URL_OF_ROOT, contextWith(http))));
    expect(error.message).toBe(`mastodon.social shows its statuses only to signed-in users (${API} answered: This method requires an authenticated user).`);
  });

  it('says a deleted status is gone', async () => {
    const http = fakeHttp({ [API]: { status: 404, body: '{"error":"Record not found"}' } });
    const error = await rejection(whole(readUrl(URL_OF_ROOT, contextWith(http))));
    expect(error.message).toBe(`mastodon.social has no status ${ROOT} (${API} answered: Record not found).`);
  });
});
