// DNS answers are checked before connecting, and the connection goes to exactly the checked address.
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedAgent } from '../../src/fetch/guarded-agent.js';
import { createHttpClient, type ResolvedAddress } from '../../src/fetch/index.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { rejection } from '../helpers/rejection.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ '/secret': { body: 'internal' } });
});
afterAll(() => server.close());

/** A resolver that knows a few names, as a hostile or misconfigured DNS would answer them. */
const fakeDns = (answers: Record<string, string[]>) => async (name: string): Promise<ResolvedAddress[]> =>
  (answers[name] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('the guarded connection layer', () => {
  const dns = fakeDns({
    'rebind.example.com': ['127.0.0.1'],
    'mixed.example.com': ['93.184.216.34', '10.0.0.5'],
    'metadata.example.com': ['169.254.169.254'],
    'mapped.example.com': ['::ffff:127.0.0.1'],
    'metadata.google.internal': ['169.254.169.254'],
    'fixture.test': ['127.0.0.1'],
  });
  const client = (allowHosts: string[] = []) =>
    createHttpClient({ resolveHost: dns, allowHosts, allowedPorts: [server.port], connectTimeoutMs: 1000, totalTimeoutMs: 2000 });

  it.each([
    ['rebind.example.com', '127.0.0.1 is a loopback address'],
    ['mixed.example.com', '10.0.0.5 is a private network address (RFC 1918)'],
    ['metadata.example.com', '169.254.169.254 is a link-local address (where cloud metadata services live)'],
    ['mapped.example.com', '::ffff:127.0.0.1 is a loopback address'],
  ])('refuses %s by its DNS answer, before connecting', async (name, why) => {
    const before = server.requests.length;
    const error = await rejection(client().request(`http://${name}:${server.port}/secret`));
    expect(error.code).toBe('refused-url');
    expect(error.message).toBe(`Refused to connect to ${name}: its address ${why}.`);
    expect(server.requests.length).toBe(before);
  });

  it('refuses metadata.google.internal by name, whatever it resolves to', async () => {
    const error = await rejection(client().request(`http://metadata.google.internal:${server.port}/computeMetadata/v1/`));
    expect(error.message).toBe(
      `Refused to fetch http://metadata.google.internal:${server.port}/computeMetadata/v1/: metadata.google.internal is a name in the private-use domain .internal.`);
  });

  it('connects an allow-listed test name to the loopback address it maps to', async () => {
    const response = await client(['fixture.test']).request(`http://fixture.test:${server.port}/secret`);
    expect(response.body).toBe('internal');
  });

  it('reports a name that does not resolve as fetch-failed', async () => {
    const error = await rejection(client().request(`http://nowhere.example.com:${server.port}/`));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`Could not fetch http://nowhere.example.com:${server.port}/: the name nowhere.example.com does not resolve.`);
  });
});

describe('createGuardedAgent on its own', () => {
  it('checks the connected address even when no lookup happens (IP-literal hosts)', async () => {
    const agent = createGuardedAgent({ connectTimeoutMs: 1000, allowHosts: [], resolveHost: fakeDns({}) });
    const before = server.requests.length;
    const error = await rejection(request(`${server.origin}/secret`, { dispatcher: agent }));
    await agent.close();
    expect(error.message).toBe('Refused to connect to 127.0.0.1: its address 127.0.0.1 is a loopback address.');
    expect(server.requests.length).toBe(before); // the socket is closed before a request is written
  });
});
