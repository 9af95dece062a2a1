// Whatever went wrong in one try, as one ThreadmapError with a sentence a user can act on.
import { ThreadmapError } from '../errors.js';

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const UNRESOLVED_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME']);

export interface TryLimits {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** `signal` is the try's deadline: once it has fired, whatever undici or the stream says, it was a timeout. */
export function asFetchError(error: unknown, url: URL, signal: AbortSignal, limits: TryLimits): ThreadmapError {
  if (error instanceof ThreadmapError) return error;
  if (signal.aborted) {
    return new ThreadmapError('timeout', `${url.href} did not finish answering within ${seconds(limits.totalTimeoutMs)}.`, { cause: error });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new ThreadmapError('timeout', `Could not connect to ${url.host} within ${seconds(limits.connectTimeoutMs)} (${url.href}).`, { cause: error });
  }
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
    return new ThreadmapError('timeout', `${url.href} stopped answering before it finished.`, { cause: error });
  }
  if (typeof code === 'string' && UNRESOLVED_CODES.has(code)) {
    return new ThreadmapError('fetch-failed', `Could not fetch ${url.href}: the name ${url.hostname} does not resolve.`, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ThreadmapError('fetch-failed', `Could not fetch ${url.href}: ${reason.replace(/\.$/, '')}.`, { cause: error });
}
