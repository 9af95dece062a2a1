// The real HttpClient, allowed to reach a loopback fixture server (tests only), with short timeouts.
import { createHttpClient, type ClosableHttpClient, type FetchOptions } from '../../src/fetch/index.js';

export const loopbackClient = (options: FetchOptions = {}): ClosableHttpClient =>
  createHttpClient({ allowHosts: ['127.0.0.1'], connectTimeoutMs: 1000, totalTimeoutMs: 3000, ...options });
