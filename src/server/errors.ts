// The one error middleware: operational errors become their status and one clear sentence as
// {"error": "…"} (CONTRACT §5), or a small page for a browser asking for one; anything else is a bug,
// answered 500 with a log line.
import type { ErrorRequestHandler, Request, Response } from 'express';
import { ThreadmapError } from '../errors.js';
import { BODY_LIMIT_TEXT } from './body-limit.js';
import type { Views } from './views.js';

/** An HTTP answer that is not about the thread (unknown map, unknown route). */
export class HttpError extends Error {
  /** `retryAfterSeconds`: sent as Retry-After (429, 503). */
  constructor(readonly status: number, message: string, readonly retryAfterSeconds?: number) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} was not found.`);

/** body-parser's errors carry a `type`; these are the ones a client causes. */
function bodyParserError(error: unknown): HttpError | null {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') return new HttpError(413, `The request body is larger than the ${BODY_LIMIT_TEXT} limit; paste a shorter thread or give its URL.`);
  if (type === 'entity.parse.failed') return new HttpError(400, 'The request body is not valid JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new HttpError(400, 'The request body must be UTF-8 JSON.');
  return null;
}

export function describeError(error: unknown): { status: number; message: string } | null {
  if (error instanceof ThreadmapError) return { status: error.httpStatus, message: error.message };
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  const parsed = bodyParserError(error);
  return parsed ? { status: parsed.status, message: parsed.message } : null;
}

/** Pages answer browsers with HTML; the API, and clients that do not ask for HTML, get JSON. */
export function wantsHtml(req: Request): boolean {
  return !req.path.startsWith('/api/') && req.accepts(['json', 'html']) === 'html';
}

export function sendError(req: Request, res: Response, views: Views, status: number, message: string): void {
  if (wantsHtml(req)) res.status(status).type('html').send(views.render('error', { title: `Error ${status}`, status, message }));
  else res.status(status).json({ error: message });
}

export function errorHandler(views: Views, log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = describeError(error);
    if (!known) log(`${req.method} ${req.originalUrl} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    const { status, message } = known ?? { status: 500, message: 'Something went wrong on the server; the problem has been logged.' };
    if (error instanceof HttpError && error.retryAfterSeconds !== undefined) res.set('Retry-After', String(error.retryAfterSeconds));
    sendError(req, res, views, status, message);
  };
}
