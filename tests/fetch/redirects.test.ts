// What a redirect does to the request: 303 turns a POST into a GET, credentials stay with their origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { loopbackClient } from '../helpers/loopback-client.js';

let home: FixtureServer;
let elsewhere: FixtureServer;

beforeAll(async () => {
  elsewhere = await startFixtureServer({ '/landing': { body: 'elsewhere' } });
  home = await startFixtureServer({
    '/submit': { status: 303, headers: { location: '/result' } },
    '/keep': { status: 307, headers: { location: '/result' } },
    '/result': (req, res) => { res.end(`${req.method} result`); },
    '/away': { status: 302, headers: { location: `${elsewhere.origin}/landing` } },
    '/near': { status: 302, headers: { location: '/result' } },
  });
});
afterAll(async () => {
  await home.close();
  await elsewhere.close();
});

describe('following redirects', () => {
  it('turns a POST into a bodiless GET after 303', async () => {
    const client = loopbackClient({ obeyRobots: false });
    const response = await client.request(`${home.origin}/submit`, { method: 'POST', body: '{"q":1}', headers: { 'Content-Type': 'application/json' } });
    expect(response.body).toBe('GET result');
    const followed = home.requests.at(-1);
    expect(followed?.headers['content-type']).toBeUndefined();
    expect(followed?.headers['content-length']).toBeUndefined();
  });

  it('keeps the method and body through 307', async () => {
    const response = await loopbackClient({ obeyRobots: false }).request(`${home.origin}/keep`, { method: 'POST', body: 'x' });
    expect(response.body).toBe('POST result');
  });

  it('does not carry Authorization or Cookie to another origin, but keeps them on the same one', async () => {
    const headers = { Authorization: 'Bearer secret', Cookie: 'session=1', 'X-Trace': 't' };
    const client = loopbackClient({ obeyRobots: false });
    expect((await client.request(`${home.origin}/away`, { headers })).body).toBe('elsewhere');
    const landed = elsewhere.requests.at(-1)?.headers;
    expect(landed).toMatchObject({ 'x-trace': 't' });
    expect(landed?.authorization).toBeUndefined();
    expect(landed?.cookie).toBeUndefined();
    await client.request(`${home.origin}/near`, { headers });
    expect(home.requests.at(-1)?.headers).toMatchObject({ authorization: 'Bearer secret', cookie: 'session=1' });
  });
});
