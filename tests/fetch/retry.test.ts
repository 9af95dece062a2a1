import { describe, expect, it } from 'vitest';
import { retryAfterMs, withRetries } from '../../src/fetch/retry.js';
import type { HttpResponse } from '../../src/model.js';
import { rejection } from '../helpers/rejection.js';

const URL_ = 'https://forum.example.com/t/1';
const answer = (status: number, headers: Record<string, string> = {}): HttpResponse =>
  ({ url: URL_, status, headers, contentType: null, body: '' });

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});

describe('withRetries', () => {
  const policy = { maxTries: 3, maxRetryWaitMs: 100, retryBaseDelayMs: 10 };
  const sequence = (...responses: HttpResponse[]) => {
    const calls: number[] = [];
    return { calls, attempt: async () => { calls.push(Date.now()); return responses[calls.length - 1] ?? answer(200); } };
  };

  it('backs off exponentially when the site gives no Retry-After', async () => {
    const { calls, attempt } = sequence(answer(503), answer(503), answer(200));
    expect((await withRetries(attempt, policy, URL_)).status).toBe(200);
    expect(calls).toHaveLength(3);
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(19);
  });

  it('returns 4xx other than 429 without retrying', async () => {
    const { calls, attempt } = sequence(answer(404));
    expect((await withRetries(attempt, policy, URL_)).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('fails at once on other 5xx answers', async () => {
    const { calls, attempt } = sequence(answer(502));
    const error = await rejection(withRetries(attempt, policy, URL_));
    expect(error.code).toBe('fetch-failed');
    expect(error.message).toBe(`forum.example.com answered HTTP 502 (Bad Gateway) to ${URL_}.`);
    expect(calls).toHaveLength(1);
  });

  it('stops when the backoff would pass the total wait', async () => {
    const { calls, attempt } = sequence(answer(429), answer(429), answer(429));
    const error = await rejection(withRetries(attempt, { ...policy, retryBaseDelayMs: 60 }, URL_));
    expect(error.message).toBe(
      `forum.example.com answered HTTP 429 (Too Many Requests) to ${URL_}; the next wait (1 s) would pass the 0.1 s Threadmap waits in all.`);
    expect(calls).toHaveLength(2);
  });
});
