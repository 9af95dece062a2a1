// Address or text (issue 11): a bare address is fetched as https, a non-http address is refused, the rest is text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import { analyze } from '../../src/pipeline.js';
import { readMapSource } from '../../src/server/api.js';
import { addressIn } from '../../src/sources/address.js';
import { fakeHttp } from './util/fake-http.js';

const refusal = (input: string) => {
  try { addressIn(input); } catch (error) { expect(error).toBeInstanceOf(ThreadmapError); return (error as ThreadmapError).message; }
  throw new Error(`${input} was accepted`);
};

describe('addressIn', () => {
  it.each([
    ['news.ycombinator.com/item?id=1', 'https://news.ycombinator.com/item?id=1'],
    ['  www.reddit.com/r/rust/comments/abc/title/ \n', 'https://www.reddit.com/r/rust/comments/abc/title/'],
    ['meta.discourse.org/t/some-topic/12345', 'https://meta.discourse.org/t/some-topic/12345'],
    ['example.com', 'https://example.com/'],
    ['forum.example.org:8080/showthread.php?t=5', 'https://forum.example.org:8080/showthread.php?t=5'],
    ['http://news.ycombinator.com/item?id=1', 'http://news.ycombinator.com/item?id=1'],
  ])('reads %j as %s', (input, href) => expect(addressIn(input)?.href).toBe(href));

  it.each(['I think Node.js is fine.', 'Node.js', 'e.g.', 'yes', 'See news.ycombinator.com/item?id=1 for more', ''])('leaves %j as text', (input) => {
    expect(addressIn(input)).toBeNull();
  });

  it.each([
    ['ftp://files.example.org/thread.txt', 'ftp'],
    ['file:///etc/passwd', 'file'],
    ['javascript:alert(1)', 'javascript'],
    ['data:text/html,<p>hi</p>', 'data'],
  ])('refuses %s in one sentence naming its scheme', (input, scheme) => {
    expect(refusal(input)).toBe(`Only http and https addresses can be read, not ${scheme}: give the thread's web address or paste its text.`);
  });
});

describe('where input is classified', () => {
  it('the web app: pasted text that is only an address becomes the URL to read', () => {
    expect(readMapSource({ text: 'news.ycombinator.com/item?id=1' })).toEqual({ url: 'https://news.ycombinator.com/item?id=1' });
    expect(readMapSource({ text: 'Thanks, that helped.' })).toEqual({ text: 'Thanks, that helped.' });
    expect(() => readMapSource({ text: 'ftp://files.example.org/x' })).toThrow('Only http and https addresses can be read, not ftp');
  });

  it('the pipeline: a bare address in text is fetched over https, not mapped as one sentence', async () => {
    const algolia = readFileSync(new URL('../fixtures/sources/hackernews/algolia_poll_own.json', import.meta.url), 'utf8');
    const http = fakeHttp({ 'https://hn.algolia.com/api/v1/items/126809': algolia });
    const doc = await analyze({ text: 'news.ycombinator.com/item?id=126809\n' }, { http });
    expect(doc.source).toMatchObject({ kind: 'hackernews', title: 'Poll: What would happen if News.YC had explicit support for polls?' });
    expect(doc.stats.posts).toBe(4);
    expect(http.requests.map((request) => request.url)).toEqual(['https://hn.algolia.com/api/v1/items/126809']);
  });
});
