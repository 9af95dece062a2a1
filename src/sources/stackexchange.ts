// Stack Exchange sites (Stack Overflow and its language sites, Super User, Server Fault, Ask Ubuntu,
// MathOverflow, every *.stackexchange.com): a URL is read through the API; a saved API response or a
// saved question page is read as it is. A question page found on another host by its markup is read
// from the page, with comments hidden behind "show N more comments" fetched from /posts/<id>/comments.
import { load } from 'cheerio';
import { ThreadmapError } from '../errors.js';
import type { RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { asApiWrapper, isApiResponse, readStackExchangeApi } from './stackexchange-api.js';
import { fetchQuestion, type QuestionRef, type Wait } from './stackexchange-fetch.js';
import { hiddenComments, isQuestionPage, readQuestionPage, readStackExchangeHtml } from './stackexchange-html.js';

/** Base domains of the network; language and meta sites are subdomains (pt.stackoverflow.com, meta.superuser.com). */
const NETWORK_DOMAINS = ['stackoverflow.com', 'stackexchange.com', 'superuser.com', 'serverfault.com', 'askubuntu.com', 'mathoverflow.net', 'stackapps.com'];
const API_HOST = 'api.stackexchange.com';

const onNetwork = (host: string) => NETWORK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));

/** What a URL names: a question page (/questions/<id>, /q/<id>), an answer link (/a/<id>), or an API path. */
export function questionRef(url: URL): QuestionRef | null {
  const host = url.hostname.replace(/^www\./, '');
  const site = host === API_HOST ? url.searchParams.get('site') : host;
  const path = url.pathname.replace(/^\/[\d.]+(?=\/)/, ''); // the API's version prefix
  const question = /^\/(?:questions|q)\/(\d+)/.exec(path)?.[1] ?? null;
  const answer = /^\/(?:a|answers)\/(\d+)/.exec(path)?.[1] ?? null;
  return site && (question || answer) ? { site, questionId: question, answerId: question ? null : answer } : null;
}

async function fetchFromPage(page: SourceContent, ctx: ReadContext): Promise<RawThread> {
  const $ = load(page.text);
  const origin = page.url && URL.canParse(page.url) ? new URL(page.url).origin : null;
  const more = new Map<string, string>();
  for (const { postId } of origin ? hiddenComments($).slice(0, ctx.maxRequests) : []) {
    const response = await ctx.http.request(`${origin}/posts/${postId}/comments`);
    if (response.status < 400) more.set(postId, response.body);
  }
  return readQuestionPage($, page.url, more);
}

/** `wait`: how the API's `backoff` is honoured (tests pass one that records instead of sleeping). */
export function createStackExchange(wait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms))): SourceAdapter {
  return {
    name: 'stackexchange',
    matchesUrl: (url) => onNetwork(url.hostname.replace(/^www\./, '')),
    detect: (content) => (content.json === undefined ? isQuestionPage(content.text) : isApiResponse(content.json)),
    parse: (content) => (content.json === undefined
      ? readStackExchangeHtml(content.text, content.url)
      : readStackExchangeApi([asApiWrapper(content.json)], content.url)),
    fetchThread: async (url, ctx, page) => {
      if (page && page.json === undefined && isQuestionPage(page.text)) return fetchFromPage(page, ctx);
      const ref = questionRef(url);
      if (!ref) {
        throw new ThreadmapError('not-a-thread', `${url.href} is not a Stack Exchange question: question URLs look like /questions/<number>.`);
      }
      return fetchQuestion(ref, ctx, wait, url.href);
    },
  };
}

export const stackExchangeAdapter = createStackExchange();
