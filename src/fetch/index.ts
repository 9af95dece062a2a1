// Safe, polite fetching: the HttpClient adapters use, and the charset decoding the CLI shares.
export { createHttpClient, type ClosableHttpClient } from './client.js';
export { DEFAULT_USER_AGENT, type FetchOptions, type ResolveHost, type ResolvedAddress } from './options.js';
export { createMemoryCache, type MemoryCache, type MemoryCacheOptions, type ResponseCache } from './cache.js';
export { decodeBody, type DecodedBody } from './charset.js';
export { addressRefusal, checkUrl, hostNameRefusal, type UrlPolicy } from './address-policy.js';
