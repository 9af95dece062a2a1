// Is what the user gave an address or a thread's text? The one place that decides, for the CLI's
// <source>, standard input, and the web app's box: a URL with http(s), a bare address people paste
// without a scheme ("news.ycombinator.com/item?id=1", fetched as https), or text. An address with any
// other scheme (ftp://, file://, javascript:) is refused with a clear sentence, never mapped as text.
import { badInput } from '../errors.js';

/** host.tld with an optional port, then a path or query, or nothing when the host starts with www. */
const BARE_ADDRESS = /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;
/** Top-level domains common enough that a bare "example.com" means the site, not a word like "Node.js". */
const COMMON_TLDS = new Set(['com', 'org', 'net', 'io', 'dev', 'edu', 'gov', 'info', 'co', 'uk', 'de', 'fr', 'ca', 'au', 'social']);
/** Schemes that are addresses but not of a web page Threadmap may fetch. */
const OTHER_SCHEME = /^(?:([a-z][a-z0-9+.-]*):\/\/|(javascript|data|file|mailto|vbscript|about|blob):)/i;

/** A user's URL: only http(s), only well-formed, without credentials; which addresses may be reached is the fetcher's call. */
export function parseThreadUrl(text: string): URL {
  let url: URL;
  try { url = new URL(text.trim()); } catch { throw badInput(`'${text.slice(0, 200)}' is not a URL.`); }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput(`Only http and https URLs can be read, not ${url.protocol.replace(':', '')}.`);
  }
  // Credentials in a URL (http://user:pass@host/) are never sent, stored, shown or exported.
  url.username = '';
  url.password = '';
  return url;
}

const isBareAddress = (word: string) => {
  if (!BARE_ADDRESS.test(word)) return false;
  const host = /^[^/?#:]+/.exec(word)![0].toLowerCase();
  return /[/?#]/.test(word) || host.startsWith('www.') || COMMON_TLDS.has(host.split('.').at(-1)!);
};

/** The URL a one-word input names, or null when it is a thread's text. Throws for a non-http address. */
export function addressIn(input: string): URL | null {
  const word = input.trim();
  if (word === '' || /\s/.test(word)) return null;
  if (/^https?:\/\//i.test(word)) return parseThreadUrl(word);
  const scheme = OTHER_SCHEME.exec(word);
  if (scheme) throw badInput(`Only http and https addresses can be read, not ${(scheme[1] ?? scheme[2])!.toLowerCase()}: give the thread's web address or paste its text.`);
  return isBareAddress(word) ? parseThreadUrl(`https://${word}`) : null;
}
