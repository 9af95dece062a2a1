import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawThread } from '../../../src/model.js';
import { toSourceContent } from '../../../src/sources/content.js';
import { readUrl } from '../../../src/sources/dispatch.js';
import { forumHtmlAdapter } from '../../../src/sources/forum-html.js';
import { contextWith, fakeHttp } from '../util/fake-http.js';
import { whole } from '../util/whole.js';

const own = (name: string) => readFileSync(new URL(`../../fixtures/sources/forum/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => whole(forumHtmlAdapter.parse(toSourceContent(text)));
const byId = (thread: RawThread, id: string) => thread.posts.find((post) => post.id === id)!;
const html = (body: string, url: string) => ({ [url]: { status: 200, body, contentType: 'text/html' } });

describe('Mailing-list archives (pipermail)', () => {
  const BASE = 'http://lists.example.org/pipermail/bikeshed-dev/2009-March/';
  const archive = Object.assign({}, ...['000123', '000124', '000125', '000126'].map((n) => html(own(`pipermail_${n}.html`), `${BASE}${n}.html`)), html(own('pipermail_thread.html'), `${BASE}thread.html`));

  it('reads a saved message: its words, its first-level quote and who wrote it, no signature or list footer', () => {
    const thread = parse(own('pipermail_000124.html'));
    expect(thread.posts).toHaveLength(1);
    expect(thread.posts[0]).toMatchObject({
      id: '124', parentId: null, author: 'Bob Okafor', createdAt: '2009-03-03T17:41:09.000Z', title: '[bikeshed-dev] Re: Tabs or spaces in the style guide?',
      text: 'Four spaces is fine by me, but only if the formatter runs in CI. Otherwise we will argue about it again in every review.\n\nBob',
      quotes: [{ text: 'I\'d like us to settle this before the 2.0 branch: I propose four spaces everywhere, enforced by the formatter.', postId: null, author: 'Alice Lindgren' }],
    });
    expect(thread.diagnostics.map((d) => d.message)).toEqual([
      'A mailing-list archive page holds one message; read it by URL to get the whole thread from the archive\'s thread index.',
    ]);
  });

  it('reads a message URL as its whole thread, from the archive\'s thread index', async () => {
    const http = fakeHttp(archive);
    const thread = await whole(readUrl(new URL(`${BASE}000124.html`), contextWith(http)));
    expect(http.requests.map((r) => r.url)).toEqual(['000124', 'thread', '000123', '000125', '000126'].map((n) => `${BASE}${n}.html`));
    expect(thread.posts.map((post) => [post.id, post.parentId])).toEqual([['123', null], ['124', '123'], ['125', '123'], ['126', '125']]);
    expect(thread.source.title).toBe('[bikeshed-dev] Tabs or spaces in the style guide?');
    expect(byId(thread, '126').quotes).toEqual([{ text: 'tabs are better for people who use screen readers', postId: '125', author: 'Carol Diaz' }]);
    expect(byId(thread, '126').text).toBe('That\'s a good point, I hadn\'t considered accessibility. Let\'s keep tabs.');
    expect(byId(thread, '124').quotes[0]!.postId).toBe('123');
  });

  it('reads as much of the thread as the request limit allows', async () => {
    const http = fakeHttp(archive);
    const thread = await whole(forumHtmlAdapter.fetchThread(new URL(`${BASE}000124.html`), contextWith(http, 2)));
    expect(thread.posts.map((post) => post.id)).toEqual(['123', '124']);
    expect(thread.diagnostics.map((d) => d.message)).toEqual(['2 of 4 messages in the thread were not read: the request limit (2) was reached.']);
  });
});
