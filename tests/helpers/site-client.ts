// The real HttpClient for end-to-end tests, with every site's origin answered by one loopback fixture server:
// only the origin is swapped, so each request still goes through the SSRF-safe, polite client.
import type { HttpClient } from '../../src/model.js';
import type { FixtureServer } from './fixture-server.js';
import { loopbackClient } from './loopback-client.js';

export function siteClient(server: FixtureServer, options: Parameters<typeof loopbackClient>[0] = {}): HttpClient {
  const real = loopbackClient({ allowHosts: [`127.0.0.1:${server.port}`], ...options });
  return {
    request: (url, init) => {
      const target = new URL(url);
      return real.request(`${server.origin}${target.pathname}${target.search}`, init);
    },
  };
}
