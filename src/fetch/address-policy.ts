// Which URLs and addresses a user-supplied URL may reach: public unicast only, on allowed ports.
// The WHATWG URL parser already folds every IPv4 spelling (2130706433, 0x7f.1, 0177.0.0.1, 127.1,
// %31%32%37…, full-width digits) into dotted decimal, so a URL's hostname is judged in one form;
// DNS answers and connected sockets are judged by the same `addressRefusal`.
import ipaddr from 'ipaddr.js';
import { ThreadmapError } from '../errors.js';

/** ipaddr.js range names → why an address in that range is refused. Anything not 'unicast' is refused. */
const RANGE_REASONS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (where cloud metadata services live)',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  private: 'a private network address (RFC 1918)',
  reserved: 'a reserved address',
  uniqueLocal: 'a unique-local IPv6 address (fc00::/7)',
  deprecatedSiteLocal: 'a site-local IPv6 address (fec0::/10)',
  rfc6052: 'a NAT64 address that embeds an IPv4 one',
  rfc6145: 'an IPv4-translated IPv6 address',
  '6to4': 'a 6to4 address that embeds an IPv4 one',
  teredo: 'a Teredo address that embeds an IPv4 one',
};

/** Metadata endpoints on otherwise public-looking addresses. */
const METADATA_ADDRESSES = new Set([
  '168.63.129.16', // Azure's WireServer / host agent endpoint
]);

/** Names that only mean something inside one machine or network. */
const PRIVATE_NAME_SUFFIXES = ['.localhost', '.local', '.localdomain', '.internal', '.intranet', '.lan', '.home.arpa'];

/** IPv6 global unicast is 2000::/3; the rest of "unicast" (e.g. IPv4-compatible ::7f00:1) is unassigned. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

const stripBrackets = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

export const isIpAddress = (host: string): boolean => ipaddr.isValid(stripBrackets(host));

/** Why this address must not be fetched from ("a loopback address"), or null when it is public unicast. */
export function addressRefusal(text: string): string | null {
  const raw = stripBrackets(text);
  if (!ipaddr.isValid(raw)) return 'not an IP address';
  // process() turns IPv4-mapped IPv6 (::ffff:7f00:1) into the IPv4 address it carries.
  const address = ipaddr.process(raw);
  if (METADATA_ADDRESSES.has(address.toString())) return 'a cloud metadata address';
  const range = address.range();
  if (range !== 'unicast') return RANGE_REASONS[range] ?? `a special-purpose address (${range})`;
  if (address.kind() === 'ipv6' && !address.match(GLOBAL_UNICAST_V6)) {
    return 'an IPv6 address outside global unicast (2000::/3)';
  }
  return null;
}

/** Why this host name must not be fetched from, or null when it may be resolved and its answers checked. */
export function hostNameRefusal(hostname: string): string | null {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'a localhost name';
  const suffix = PRIVATE_NAME_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `a name in the private-use domain ${suffix}`;
  if (!name.includes('.')) return 'a single-label name, which only the local network resolves';
  return null;
}

export const effectivePort = (url: URL): number => Number(url.port || (url.protocol === 'https:' ? 443 : 80));

/** Does the (tests-only) allow-list name this host, as "host" or "host:port"? */
export function isAllowListed(hostname: string, port: number, allowHosts: readonly string[]): boolean {
  return allowHosts.includes(hostname) || allowHosts.includes(`${hostname}:${port}`);
}

export interface UrlPolicy {
  allowedPorts: readonly number[];
  allowHosts: readonly string[];
}

export const refused = (url: string, why: string) =>
  new ThreadmapError('refused-url', `Refused to fetch ${url}: ${why}.`);

/** Throws 'refused-url' unless the URL may be requested: http(s), allowed port, public host. */
export function checkUrl(url: URL, policy: UrlPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refused(url.href, `only http and https URLs can be fetched, not ${url.protocol.replace(':', '')}`);
  }
  const port = effectivePort(url);
  if (isAllowListed(url.hostname, port, policy.allowHosts)) return;
  if (!policy.allowedPorts.includes(port)) {
    throw refused(url.href, `port ${port} is not allowed (only ${policy.allowedPorts.join(' and ')})`);
  }
  const reason = isIpAddress(url.hostname) ? addressRefusal(url.hostname) : hostNameRefusal(url.hostname);
  if (reason) throw refused(url.href, `${url.hostname} is ${reason}`);
}
