import { readFileSync } from 'node:fs';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/fetch/index.js';
import type { Progress } from '../../src/model.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { loopbackClient } from '../helpers/loopback-client.js';
import { rejection } from '../helpers/rejection.js';

const PAGE = '<p>Caf\u00e9 \u201cquoted\u201d</p>';
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({
    '/page': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGE },
    '/gzip': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }, body: gzipSync(PAGE) },
    '/br': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' }, body: brotliCompressSync(PAGE) },
    '/deflate': { headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'deflate' }, body: deflateSync(PAGE) },
    '/hop1': { status: 301, headers: { location: '/hop2' } },
    '/hop2': { status: 302, headers: { location: '/hop3?x=1' } },
    '/hop3': { status: 307, headers: { location: '/page' } },
    '/loop': { status: 302, headers: { location: '/loop' } },
    '/missing': { status: 404, headers: { 'content-type': 'text/plain' }, body: 'no such thread' },
    '/broken': { status: 500, body: 'oops' },
    '/old-forum': { headers: { 'content-type': 'text/html' }, body: readFileSync(new URL('../fixtures/fetch/windows-1252.html', import.meta.url)) },
    '/zstd': { headers: { 'content-encoding': 'zstd' }, body: 'xx' },
  });
});
afterAll(() => server.close());

describe('createHttpClient against a loopback fixture server', () => {
  it('fetches a page, decodes it and sends an honest user agent', async () => {
    const response = await loopbackClient().request(`${server.origin}/page`);
    expect(response).toMatchObject({ url: `${server.origin}/page`, status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
    const sent = server.requests.find((r) => r.url === '/page');
    expect(sent?.headers['user-agent']).toBe('Threadmap/0.1 (+https://github.com/threadmap/threadmap)');
    expect(sent?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each(['/gzip', '/br', '/deflate'])('decompresses %s bodies', async (path) => {
    const response = await loopbackClient().request(`${server.origin}${path}`);
    expect(response.body).toBe(PAGE);
  });

  it('decodes an old forum page that declares no charset as windows-1252', async () => {
    const response = await loopbackClient().request(`${server.origin}/old-forum`);
    expect(response.body).toContain('\u201cThat\u2019s a fair point,\u201d said Ren\u00e9e');
  });

  it('refuses a content encoding it cannot decode', async () => {
    const error = await rejection(loopbackClient().request(`${server.origin}/zstd`));
    expect(error.message).toBe(`${server.origin}/zstd was sent with content encoding "zstd", which Threadmap cannot decode.`);
  });

  it('follows a redirect chain and reports the final URL', async () => {
    const response = await loopbackClient().request(`${server.origin}/hop1`);
    expect(response.url).toBe(`${server.origin}/page`);
    expect(response.body).toBe(PAGE);
  });

  it('gives up after the redirect limit', async () => {
    const error = await rejection(loopbackClient({ maxRedirects: 3 }).request(`${server.origin}/loop`));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`${server.origin}/loop redirected more than 3 times; Threadmap stopped following.`);
  });

  it('returns 4xx answers to the caller and turns 5xx into fetch-failed', async () => {
    const client = loopbackClient();
    expect(await client.request(`${server.origin}/missing`)).toMatchObject({ status: 404, body: 'no such thread' });
    const error = await rejection(client.request(`${server.origin}/broken`));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`127.0.0.1:${server.port} answered HTTP 500 (Internal Server Error) to ${server.origin}/broken.`);
  });

  it('reports one progress event per request', async () => {
    const events: Progress[] = [];
    const client = loopbackClient({ onProgress: (p) => events.push(p) });
    await client.request(`${server.origin}/page`);
    await client.request(`${server.origin}/hop1`);
    expect(events).toEqual([
      { stage: 'fetch', done: 0, total: 1, message: `GET 127.0.0.1:${server.port}/page` },
      { stage: 'fetch', done: 1, total: 2, message: `GET 127.0.0.1:${server.port}/hop1` },
    ]);
  });

  it('says plainly when a URL is not a URL', async () => {
    const error = await rejection(loopbackClient().request('not a url'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('"not a url" is not a valid URL.');
  });
});

describe('the address policy in the real client', () => {
  it('without allowHosts refuses http://127.0.0.1:PORT/ before any connection', async () => {
    const before = server.requests.length;
    const error = await rejection(createHttpClient().request(`${server.origin}/page`));
    expect(error.code).toBe('refused-url');
    expect(error.message).toBe(`Refused to fetch ${server.origin}/page: port ${server.port} is not allowed (only 80 and 443).`);
    expect(server.requests.length).toBe(before);
  });

  it('refuses port 8080 by default', async () => {
    const error = await rejection(createHttpClient().request('http://example.com:8080/thread'));
    expect(error.message).toBe('Refused to fetch http://example.com:8080/thread: port 8080 is not allowed (only 80 and 443).');
  });

  it('refuses a redirect to 127.0.0.1 when only a named test host is allowed', async () => {
    const target = `http://127.0.0.1:${server.port}/page`;
    const redirecting = await startFixtureServer({ '/go': { status: 302, headers: { location: target } } });
    const client = createHttpClient({
      allowHosts: ['fixture.test'],
      allowedPorts: [server.port], // so that only the address policy stands between us and 127.0.0.1
      resolveHost: async (name) => (name === 'fixture.test' ? [{ address: '127.0.0.1', family: 4 }] : []),
    });
    const hitsBefore = server.hits('/page');
    const error = await rejection(client.request(`http://fixture.test:${redirecting.port}/go`));
    await redirecting.close();
    expect(error.code).toBe('refused-url');
    expect(error.message).toBe(`Refused to fetch ${target}: 127.0.0.1 is a loopback address.`);
    expect(redirecting.hits('/go')).toBe(1);
    expect(server.hits('/page')).toBe(hitsBefore);
  });

  it('refuses a redirect to a private address even on an allowed port', async () => {
    const redirecting = await startFixtureServer({ '/go': { status: 301, headers: { location: 'http://169.254.169.254/latest/meta-data/' } } });
    const error = await rejection(loopbackClient().request(`${redirecting.origin}/go`));
    await redirecting.close();
    expect(error.message).toBe('Refused to fetch http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a link-local address (where cloud metadata services live).');
  });
});
