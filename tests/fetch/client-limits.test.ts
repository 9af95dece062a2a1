// Bounds a hostile or broken site cannot push past: total time, body size (raw and decompressed).
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { loopbackClient } from '../helpers/loopback-client.js';
import { rejection } from '../helpers/rejection.js';

let server: FixtureServer;

/** Writes `chunk` every `everyMs` until the client goes away. */
const drip = (chunk: Buffer | string, everyMs: number) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '10' }); // a lie: never trusted
  const timer = setInterval(() => res.write(chunk), everyMs);
  res.on('close', () => clearInterval(timer));
};

/** Writes as fast as the socket takes it, forever. */
const endless = (_req: unknown, res: ServerResponse) => {
  const block = Buffer.alloc(16 * 1024, 'a');
  res.writeHead(200, { 'content-type': 'text/plain' });
  const pump = () => { while (!res.destroyed && res.write(block)); };
  res.on('drain', pump);
  pump();
};

beforeAll(async () => {
  server = await startFixtureServer({
    '/drip': drip('x', 500),
    '/endless': endless,
    '/bomb': { headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(8 * 1024 * 1024)) },
    '/small': { body: 'fits' },
  });
});
afterAll(() => server.close());

describe('fetch limits', () => {
  it('times out a slow drip within the total timeout', async () => {
    const started = Date.now();
    const error = await rejection(loopbackClient({ totalTimeoutMs: 1200 }).request(`${server.origin}/drip`));
    const elapsed = Date.now() - started;
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`${server.origin}/drip did not finish answering within 1.2 s.`);
    expect(elapsed).toBeLessThan(2500);
  });

  it('cuts an endless body at the byte cap', async () => {
    const error = await rejection(loopbackClient({ maxBytes: 256 * 1024, totalTimeoutMs: 5000 }).request(`${server.origin}/endless`));
    expect(error.code).toBe('too-large');
    expect(error.fromFetch).toBe(true);
    expect(error.exitCode).toBe(3);
    expect(error.message).toBe(`${server.origin}/endless sent more than 0.25 MiB; Threadmap stopped reading it.`);
  });

  it('counts decompressed bytes too, so a small gzip bomb is cut', async () => {
    const error = await rejection(loopbackClient({ maxBytes: 1024 * 1024 }).request(`${server.origin}/bomb`));
    expect(error.code).toBe('too-large');
  });

  it('lets a body under the cap through', async () => {
    expect((await loopbackClient({ maxBytes: 4 }).request(`${server.origin}/small`)).body).toBe('fits');
  });
});
