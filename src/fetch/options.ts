// What a caller may tune about fetching, with the defaults written where they are declared.
import type { ProgressListener } from '../model.js';
import type { ResponseCache } from './cache.js';

/** One DNS answer, as `dns.promises.lookup(name, { all: true })` gives it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchOptions {
  /** Time allowed to open a connection (TCP and TLS). Default 5000 ms. */
  connectTimeoutMs?: number;
  /** Time allowed for one try, from its first connection to the last byte after redirects. Default 20000 ms. */
  totalTimeoutMs?: number;
  /** Redirects followed per request, each hop re-checked. Default 5. */
  maxRedirects?: number;
  /** Cap on a body's bytes, counted as they arrive (before and after decompression). Default 20 MiB. */
  maxBytes?: number;
  /** Ports a URL may name. Default [80, 443]. */
  allowedPorts?: readonly number[];
  /** Sent with every request; robots.txt groups are matched on its first word. */
  userAgent?: string;
  /** Requests in flight to one host at once. Default 2. */
  perHostConcurrency?: number;
  /** Tries per request when the site answers 429 or 503. Default 3. */
  maxTries?: number;
  /** Longest total wait between those tries, Retry-After included; a longer Retry-After gives up. Default 10000 ms. */
  maxRetryWaitMs?: number;
  /** Wait before a retry when the site sends no Retry-After; doubles each try. Default 1000 ms. */
  retryBaseDelayMs?: number;
  /** Obey each origin's robots.txt (fetched once per origin per client). Default true. */
  obeyRobots?: boolean;
  /** Where finished GET responses are kept and looked up first. Default: none. */
  cache?: ResponseCache;
  /** Told of every request as it starts (stage 'fetch', message "GET host/path"). */
  onProgress?: ProgressListener;
  /**
   * Hosts exempt from the address and port policy, as "host" or "host:port" (e.g. ['127.0.0.1']).
   * Only tests use it, for their own loopback fixture server. Default: none.
   */
  allowHosts?: readonly string[];
  /** DNS resolution; tests map names to addresses with it. Default: the system resolver. */
  resolveHost?: ResolveHost;
}

export type ResolvedFetchOptions = Required<Omit<FetchOptions, 'cache' | 'onProgress'>> &
  Pick<FetchOptions, 'cache' | 'onProgress'>;

export const DEFAULT_USER_AGENT = 'Threadmap/0.1 (+https://github.com/threadmap/threadmap)';

export function resolveFetchOptions(options: FetchOptions, systemResolve: ResolveHost): ResolvedFetchOptions {
  return {
    connectTimeoutMs: 5_000,
    totalTimeoutMs: 20_000,
    maxRedirects: 5,
    maxBytes: 20 * 1024 * 1024,
    allowedPorts: [80, 443],
    userAgent: DEFAULT_USER_AGENT,
    perHostConcurrency: 2,
    maxTries: 3,
    maxRetryWaitMs: 10_000,
    retryBaseDelayMs: 1_000,
    obeyRobots: true,
    allowHosts: [],
    resolveHost: systemResolve,
    ...withoutUndefined(options),
  };
}

/** `{ maxBytes: undefined }` means "the default", not "no limit". */
function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
