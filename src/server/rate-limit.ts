// A per-client limit on starting analyses (POST /api/maps): a token bucket per client address, refilled
// steadily, so a burst is fine but a loop is answered 429 with Retry-After. Kept in memory: the server
// is one process, and a restart forgiving everyone is harmless.
import type { Request, RequestHandler } from 'express';
import { HttpError } from './errors.js';

export interface RateLimit {
  /** Requests a client may make in a burst, and per `perMs` on average. Default 20. */
  requests: number;
  /** Default one minute. */
  perMs: number;
}

export const DEFAULT_MAP_RATE: RateLimit = { requests: 20, perMs: 60_000 };

/** Buckets kept before full ones are forgotten, so a flood of addresses cannot grow memory without end. */
const MAX_TRACKED_CLIENTS = 10_000;

interface Bucket { tokens: number; at: number }

export function rateLimit({ requests, perMs }: RateLimit, clock: () => number = Date.now): RequestHandler {
  const buckets = new Map<string, Bucket>();
  const refill = (bucket: Bucket, now: number) => Math.min(requests, bucket.tokens + ((now - bucket.at) * requests) / perMs);
  const forgetFull = (now: number) => {
    for (const [client, bucket] of buckets) if (refill(bucket, now) >= requests) buckets.delete(client);
  };
  return (req: Request, _res, next) => {
    const now = clock();
    const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (buckets.size >= MAX_TRACKED_CLIENTS) forgetFull(now);
    const previous = buckets.get(client);
    const tokens = previous ? refill(previous, now) : requests;
    if (tokens < 1) {
      const waitSeconds = Math.ceil(((1 - tokens) * perMs) / requests / 1000);
      throw new HttpError(429, `Too many maps from this address: at most ${requests} per ${Math.round(perMs / 1000)} seconds; try again in ${waitSeconds} seconds.`, waitSeconds);
    }
    buckets.set(client, { tokens: tokens - 1, at: now });
    next();
  };
}
