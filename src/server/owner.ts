// Whose maps are whose: the first map a browser starts gives it a random, HttpOnly cookie, and the
// store keeps only a hash of it beside each map, so the home page lists the maps this browser made
// and nobody else's (a shared server never shows one user's threads to the next).
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';

export const OWNER_COOKIE = 'threadmap_owner';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

/** The browser's owner token from its Cookie header, or null when it has none (or a malformed one). */
export function ownerToken(req: Request): string | null {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = pair.trim().split('=', 2);
    if (name === OWNER_COOKIE && value && TOKEN.test(value)) return value;
  }
  return null;
}

/** The browser's token, giving it one first when it has none. */
export function ensureOwnerToken(req: Request, res: Response): string {
  const existing = ownerToken(req);
  if (existing) return existing;
  const token = randomBytes(18).toString('base64url');
  res.cookie(OWNER_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: ONE_YEAR_SECONDS * 1000 });
  return token;
}

/** What the store keeps: a hash, so reading the database file does not let anyone pose as a browser. */
export const ownerKey = (token: string) => createHash('sha256').update(token).digest('base64url');
