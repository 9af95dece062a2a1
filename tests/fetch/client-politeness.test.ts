// Being a good guest: Retry-After, robots.txt, two requests per host at most, no repeated requests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../src/fetch/index.js';
import { startFixtureServer, type FixtureServer, type Route } from '../helpers/fixture-server.js';
import { loopbackClient } from '../helpers/loopback-client.js';
import { rejection } from '../helpers/rejection.js';

let server: FixtureServer | undefined;
afterEach(() => server?.close());

async function serve(routes: Record<string, Route>): Promise<FixtureServer> {
  server = await startFixtureServer(routes);
  return server;
}

/** Answers with `statuses` in turn (then 200), each non-200 with the given Retry-After. */
function busyThenOk(statuses: number[], retryAfter?: string) {
  let calls = 0;
  return (_req: IncomingMessage, res: ServerResponse) => {
    const status = statuses[calls++] ?? 200;
    res.writeHead(status, status === 200 || retryAfter === undefined ? {} : { 'retry-after': retryAfter });
    res.end(status === 200 ? 'finally' : 'busy');
  };
}

describe('retries', () => {
  it('waits out a 429 with Retry-After: 1 and succeeds on the second request', async () => {
    const site = await serve({ '/thread': busyThenOk([429], '1') });
    const started = Date.now();
    const response = await loopbackClient().request(`${site.origin}/thread`);
    expect(response.body).toBe('finally');
    expect(site.hits('/thread')).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('gives up after three 503s', async () => {
    const site = await serve({ '/thread': busyThenOk([503, 503, 503, 503]) });
    const error = await rejection(loopbackClient({ retryBaseDelayMs: 10 }).request(`${site.origin}/thread`));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`127.0.0.1:${site.port} answered HTTP 503 (Service Unavailable) to ${site.origin}/thread 3 times; giving up.`);
    expect(site.hits('/thread')).toBe(3);
  });

  it('does not sleep past its total wait when asked to wait longer', async () => {
    const site = await serve({ '/thread': busyThenOk([429], '3600') });
    const started = Date.now();
    const error = await rejection(loopbackClient().request(`${site.origin}/thread`));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.message).toBe(
      `127.0.0.1:${site.port} answered HTTP 429 (Too Many Requests) to ${site.origin}/thread; it asked to wait 3600 s, which would pass the 10 s Threadmap waits in all.`);
  });
});

describe('robots.txt', () => {
  const robots = { headers: { 'content-type': 'text/plain' }, body: 'User-agent: threadmap\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n' };

  it('refuses a disallowed path with a clear sentence and never requests it', async () => {
    const site = await serve({ '/robots.txt': robots, '/private/thread': { body: 'secret' } });
    const error = await rejection(loopbackClient().request(`${site.origin}/private/thread`));
    expect(error.code).toBe('refused-url');
    expect(error.message).toBe(`Refused to fetch ${site.origin}/private/thread: ${site.origin}/robots.txt does not allow Threadmap to fetch it.`);
    expect(site.hits('/private/thread')).toBe(0);
  });

  it('reads robots.txt once per origin and allows what it allows', async () => {
    const site = await serve({ '/robots.txt': robots, '/t/1': { body: 'one' }, '/t/2': { body: 'two' } });
    const client = loopbackClient();
    const bodies = await Promise.all(['/t/1', '/t/2', '/t/1'].map(async (path) => (await client.request(site.origin + path)).body));
    expect(bodies).toEqual(['one', 'two', 'one']);
    expect(site.hits('/robots.txt')).toBe(1);
  });

  it('allows everything when robots.txt fails', async () => {
    const site = await serve({ '/robots.txt': { status: 500 }, '/t/1': { body: 'one' } });
    expect((await loopbackClient().request(`${site.origin}/t/1`)).body).toBe('one');
  });
});

describe('per-host concurrency', () => {
  it.each([[undefined, 2], [4, 4]])('with perHostConcurrency %s never has more than %i requests in flight to one host', async (perHostConcurrency, most) => {
    let inFlight = 0;
    let mostInFlight = 0;
    const slow = (_req: IncomingMessage, res: ServerResponse) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      setTimeout(() => { inFlight -= 1; res.end('ok'); }, 40);
    };
    const site = await serve({ '/slow': slow });
    const client = loopbackClient({ obeyRobots: false, perHostConcurrency });
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.request(`${site.origin}/slow?n=${i}`)));
    expect(site.hits('/slow')).toBe(8);
    expect(mostInFlight).toBe(most);
  });
});

describe('cache', () => {
  it('answers a repeated GET from the cache without a second request', async () => {
    const site = await serve({ '/t/1': { headers: { 'content-type': 'text/plain' }, body: 'one' } });
    const client = loopbackClient({ cache: createMemoryCache() });
    const first = await client.request(`${site.origin}/t/1`);
    const second = await client.request(`${site.origin}/t/1`);
    expect(second).toEqual(first);
    expect(site.hits('/t/1')).toBe(1);
  });

  it('does not cache POSTs or error answers', async () => {
    const site = await serve({ '/api': { body: 'posted' }, '/gone': { status: 404 } });
    const client = loopbackClient({ cache: createMemoryCache(), obeyRobots: false });
    for (let i = 0; i < 2; i += 1) {
      await client.request(`${site.origin}/api`, { method: 'POST', body: '{}' });
      await client.request(`${site.origin}/gone`);
    }
    expect(site.hits('/api')).toBe(2);
    expect(site.hits('/gone')).toBe(2);
  });
});
