// GitHub issue and pull-request conversations, through the REST API: the issue (a pull request is an issue
// too) and its comments, 100 a page, following the `Link: <…>; rel="next"` header up to ctx.maxRequests.
// Saved files: the API's JSON (issue, comments page, or both) or the issue page's HTML.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { isRecord } from './content.js';
import { isGithubIssuePage, readGithubIssuePage } from './github-html.js';
import { isGithubCommentList, isGithubIssue, readGithubIssue, readSavedGithubJson } from './github-issue.js';
import { warning } from './util/diagnostics.js';
import { jsonResponse, type JsonResponse } from './util/http.js';
import { finiteNumber, isoFromSeconds } from './util/json.js';

interface IssueRef { owner: string; repo: string; number: string }

const API = 'https://api.github.com';
/** `full+json` adds `body_html`: GitHub's own rendering, so code, links and quotes read as they show. */
const ACCEPT = { accept: 'application/vnd.github.full+json' };
const PER_PAGE = 100;

/** github.com/O/R/issues/N, /pull/N (and their sub-pages), or the API's /repos/O/R/issues/N[/comments]. */
export function githubIssueRef(url: URL): IssueRef | null {
  const page = url.hostname === 'github.com' || url.hostname === 'www.github.com'
    ? /^\/([\w.-]+)\/([\w.-]+)\/(?:issues|pull)\/(\d{1,9})(?:\/|$)/.exec(url.pathname)
    : url.hostname === 'api.github.com' ? /^\/repos\/([\w.-]+)\/([\w.-]+)\/(?:issues|pulls)\/(\d{1,9})(?:\/comments)?\/?$/.exec(url.pathname) : null;
  return page ? { owner: page[1]!, repo: page[2]!, number: page[3]! } : null;
}

/**
 * A GitHub API answer. Anonymous readers get 60 requests an hour; when they are used up GitHub answers
 * 403 (or 429) with `x-ratelimit-remaining: 0`, which deserves its own sentence.
 */
async function githubJson(ctx: ReadContext, url: string): Promise<JsonResponse> {
  const response = await ctx.http.request(url, { headers: ACCEPT });
  if ((response.status === 403 || response.status === 429) && response.headers['x-ratelimit-remaining'] === '0') {
    const reset = isoFromSeconds(Number(response.headers['x-ratelimit-reset']));
    throw new ThreadmapError('fetch-failed', `GitHub's API allows 60 anonymous requests an hour and they are used up${reset ? ` until ${reset}` : ''}; try again then.`);
  }
  return jsonResponse(response, url);
}

/** The `rel="next"` target of a Link header, if any, and only on GitHub's API: a page never sends us elsewhere. */
export function nextLink(link: string | undefined): string | null {
  const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link ?? '')?.[1] ?? null;
  return next?.startsWith(`${API}/`) ? next : null;
}

async function fetchIssue(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  const ref = githubIssueRef(url);
  if (ref === null) {
    if (page) return readSaved(page);
    throw new ThreadmapError('bad-input', `${url.href} is not a GitHub issue or pull request URL: expected github.com/<owner>/<repo>/issues/<number>.`);
  }
  const issueApi = `${API}/repos/${ref.owner}/${ref.repo}/issues/${ref.number}`;
  const issue = (await githubJson(ctx, issueApi)).json;
  if (!isGithubIssue(issue)) throw new ThreadmapError('not-a-thread', `GitHub answered ${issueApi} without an issue in it.`);
  const total = finiteNumber(issue.comments) ?? 0;
  const comments: Record<string, unknown>[] = [];
  let next: string | null = total > 0 ? `${issueApi}/comments?per_page=${PER_PAGE}&page=1` : null;
  let requests = 0;
  while (next !== null && requests < ctx.maxRequests) {
    requests++;
    const answer = await githubJson(ctx, next);
    comments.push(...(Array.isArray(answer.json) ? answer.json.filter(isRecord) : []));
    ctx.onProgress?.({ stage: 'fetch', done: comments.length, total: Math.max(total, comments.length), message: 'GitHub comments' });
    next = nextLink(answer.headers.link);
  }
  const diagnostics: Diagnostic[] = [];
  if (next !== null) {
    diagnostics.push(warning(`Read ${comments.length} of ${total} comments: the request limit (${ctx.maxRequests}) was reached.`, url.href));
  }
  const htmlUrl = `https://github.com/${ref.owner}/${ref.repo}/${issue.pull_request ? 'pull' : 'issues'}/${ref.number}`;
  return readGithubIssue(issue, comments, htmlUrl, diagnostics);
}

function readSaved(content: SourceContent): RawThread {
  if (content.json === undefined && isGithubIssuePage(content.text)) return readGithubIssuePage(content.text, content.url);
  return readSavedGithubJson(content.json, content.url);
}

export const githubAdapter: SourceAdapter = {
  name: 'github',
  matchesUrl: (url) => githubIssueRef(url) !== null,
  detect: ({ json, text }) => isGithubIssue(json) || isGithubCommentList(json) || (json === undefined && isGithubIssuePage(text)),
  parse: readSaved,
  fetchThread: fetchIssue,
};
