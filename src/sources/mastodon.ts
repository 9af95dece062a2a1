// Mastodon, on any server: a status URL (`/@user/<id>`, `/@user@other.host/<id>`, `/users/<user>/statuses/<id>`)
// is read through that server's API: `/api/v1/statuses/<id>` (which is also the probe: a host that does not
// answer it is not a Mastodon server) and `/api/v1/statuses/<id>/context`. A server returns only part of a
// large thread's replies to anonymous readers (about 60), so statuses whose `replies_count` exceeds the
// replies read get their own `/context` too, a request each, up to ctx.maxRequests.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext, SourceAdapter, SourceContent } from '../model.js';
import { field } from './content.js';
import { readSavedStatuses, readStatuses } from './mastodon-saved.js';
import { isMastodonContext, isMastodonStatus, repliesMissing, statusesIn } from './mastodon-status.js';
import { counted, info, warning } from './util/diagnostics.js';
import { requestJson } from './util/http.js';
import { idText } from './util/json.js';

type Json = Record<string, unknown>;

const STATUS_PATHS: readonly RegExp[] = [
  /^\/(?:web\/)?@[^/]+\/(\d{1,20})\/?$/,
  /^\/users\/[^/]+\/statuses\/(\d{1,20})\/?$/,
  /^\/web\/statuses\/(\d{1,20})\/?$/,
  /^\/api\/v1\/statuses\/(\d{1,20})(?:\/context)?\/?$/,
];

export function mastodonStatusId(url: URL): string | null {
  for (const pattern of STATUS_PATHS) {
    const id = pattern.exec(url.pathname)?.[1];
    if (id) return id;
  }
  return null;
}

const statusApi = (origin: string, id: string) => `${origin}/api/v1/statuses/${id}`;

/** The status itself, which also proves the host speaks Mastodon's API. */
async function probeStatus(url: URL, id: string, ctx: ReadContext): Promise<Json> {
  const api = statusApi(url.origin, id);
  const response = await ctx.http.request(api);
  let json: unknown;
  try { json = JSON.parse(response.body); } catch { json = undefined; }
  const refusal = field(json, 'error');
  if (response.status === 404 && typeof refusal === 'string') {
    throw new ThreadmapError('not-a-thread', `${url.host} has no status ${id} (${api} answered: ${refusal}).`);
  }
  // Servers in "limited federation" or secure mode show statuses only to signed-in users.
  if ((response.status === 401 || response.status === 403) && typeof refusal === 'string') {
    throw new ThreadmapError('fetch-failed', `${url.host} shows its statuses only to signed-in users (${api} answered: ${refusal}).`);
  }
  if (response.status >= 400 || !isMastodonStatus(json)) {
    throw new ThreadmapError('not-a-thread', `${url.host} does not answer Mastodon's API at ${api}, so ${url.href} is not a Mastodon status Threadmap can read.`);
  }
  return json;
}

async function contextOf(origin: string, id: string, ctx: ReadContext): Promise<Json[]> {
  const json = await requestJson(ctx, `${statusApi(origin, id)}/context`);
  if (!isMastodonContext(json)) {
    throw new ThreadmapError('not-a-thread', `${new URL(origin).host} answered ${statusApi(origin, id)}/context without ancestors and descendants.`);
  }
  return statusesIn(json);
}

async function fetchMastodonThread(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread> {
  const id = mastodonStatusId(url);
  if (id === null) {
    if (page && statusesIn(page.json).length > 0) return readSavedStatuses(page);
    throw new ThreadmapError('bad-input', `${url.href} is not a Mastodon status URL: expected https://<server>/@<user>/<number>.`);
  }
  const focal = await probeStatus(url, id, ctx);
  const byId = new Map<string, Json>([[id, focal]]);
  const add = (statuses: Json[]) => statuses.forEach((status) => byId.set(idText(status.id)!, status));
  add(await contextOf(url.origin, id, ctx));
  const expanded = new Set([id]);
  const failed: string[] = [];
  let requests = 1;
  for (;;) {
    const next = [...repliesMissing([...byId.values()]).keys()].find((statusId) => !expanded.has(statusId));
    if (next === undefined || requests >= ctx.maxRequests) break;
    ctx.onProgress?.({ stage: 'fetch', done: byId.size, total: byId.size + 1, message: 'Mastodon replies' });
    expanded.add(next);
    requests++;
    // A reply's context failing costs only that branch's hidden replies, not the thread.
    await contextOf(url.origin, next, ctx).then(add, (error: unknown) => {
      if (!(error instanceof ThreadmapError)) throw error;
      failed.push(next);
    });
  }
  const diagnostics: Diagnostic[] = [];
  if (failed.length > 0) {
    diagnostics.push(warning(`The replies of ${counted(failed.length, 'post')} could not be fetched (${failed[0]}…/context failed).`, failed[0]));
  }
  const unread = [...repliesMissing([...byId.values()])].filter(([statusId]) => !expanded.has(statusId));
  if (unread.length > 0) {
    diagnostics.push(warning(`${counted(unread.length, 'post')} had replies not fetched: the request limit (${ctx.maxRequests}) was reached.`, url.href));
  }
  const notReturned = [...repliesMissing([...byId.values()]).values()].reduce((sum, gap) => sum + gap, 0);
  if (notReturned > 0) {
    const replies = notReturned === 1 ? 'reply' : 'replies';
    diagnostics.push(info(`${url.host} counts ${notReturned} more ${replies} than it returned (followers-only, deleted, from servers it has not seen, or past its limit).`, url.href));
  }
  return readStatuses([...byId.values()], url.href, diagnostics);
}

export const mastodonAdapter: SourceAdapter = {
  name: 'mastodon',
  /** By path shape on any host: fetchThread's probe refuses hosts that are not Mastodon. */
  matchesUrl: (url) => mastodonStatusId(url) !== null,
  detect: (content) => statusesIn(content.json).length > 0,
  parse: readSavedStatuses,
  fetchThread: fetchMastodonThread,
};
