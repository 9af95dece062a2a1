// A fake HttpClient for adapter tests: answers from a table of URLs (or a function), records every request.
// No network: an unknown URL answers 404, as a site would.
import type { HttpClient, HttpRequest, HttpResponse, ReadContext } from '../../../src/model.js';

export interface RecordedRequest {
  url: string;
  method: string;
  body: string | undefined;
}

export type FakeAnswer = string | { status: number; body: string; contentType?: string; headers?: Record<string, string> };
export type FakeRoutes = Record<string, FakeAnswer> | ((url: string, init: HttpRequest | undefined) => FakeAnswer | undefined);

export interface FakeHttp extends HttpClient {
  requests: RecordedRequest[];
}

export function fakeHttp(routes: FakeRoutes): FakeHttp {
  const requests: RecordedRequest[] = [];
  return {
    requests,
    async request(url: string, init?: HttpRequest): Promise<HttpResponse> {
      requests.push({ url, method: init?.method ?? 'GET', body: init?.body });
      const answer = typeof routes === 'function' ? routes(url, init) : routes[url];
      const { status, body, contentType, headers } = typeof answer === 'string'
        ? { status: 200, body: answer, contentType: 'application/json' }
        : answer ?? { status: 404, body: 'not found', contentType: 'text/plain' };
      return { url, status, headers: headers ?? {}, contentType: contentType ?? null, body };
    },
  };
}

export function contextWith(http: HttpClient, maxRequests = 50): ReadContext {
  return { http, maxRequests };
}
