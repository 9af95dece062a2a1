// Operational errors: the ones a user caused or the network did, each with one clear sentence.
// The CLI maps them to exit codes (CONTRACT §2), the server to HTTP statuses (CONTRACT §5).
// Anything that is not a ThreadmapError is a bug: exit 1 / HTTP 500 with a log line.

export type ErrorCode =
  | 'bad-input'      // unreadable or empty input, bad usage          → exit 2, HTTP 400
  | 'too-large'      // input or download over the size limit         → exit 2/3, HTTP 413
  | 'not-a-thread'   // fetched fine, but no thread could be read     → exit 2, HTTP 422
  | 'refused-url'    // private/loopback address, bad scheme or port  → exit 3, HTTP 400
  | 'fetch-failed'   // network error or the site answered an error   → exit 3, HTTP 502
  | 'timeout';       // the site was too slow                         → exit 3, HTTP 504

const HTTP_STATUS: Record<ErrorCode, number> = {
  'bad-input': 400, 'too-large': 413, 'not-a-thread': 422,
  'refused-url': 400, 'fetch-failed': 502, 'timeout': 504,
};

export class ThreadmapError extends Error {
  readonly code: ErrorCode;
  /** Set when the error came from fetching (exit status 3 rather than 2). */
  readonly fromFetch: boolean;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; fromFetch?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ThreadmapError';
    this.code = code;
    this.fromFetch = options.fromFetch ?? ['refused-url', 'fetch-failed', 'timeout'].includes(code);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  get exitCode(): 2 | 3 {
    return this.fromFetch ? 3 : 2;
  }
}

export const badInput = (message: string) => new ThreadmapError('bad-input', message);
