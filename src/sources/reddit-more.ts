// Loading what `more` stubs hide: /api/morechildren for stubs that list ids (100 ids a request), the parent
// comment's own listing for "continue this thread". Each is a follow-up request, up to ctx.maxRequests.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, ReadContext } from '../model.js';
import {
  isListingPair, listingComments, moreChildrenThings, readThings, REDDIT_ORIGIN, type MoreStub, type ThingsRead,
} from './reddit-listing.js';
import { requestJson } from './util/http.js';
import { counted, warning } from './util/diagnostics.js';

/** Reddit's limit on ids in one morechildren call. */
export const MORE_CHILDREN_PER_REQUEST = 100;

export const threadJsonUrl = (linkId: string) => `${REDDIT_ORIGIN}/comments/${linkId}.json?raw_json=1`;

export const commentJsonUrl = (linkId: string, commentId: string, context?: string | null) =>
  `${REDDIT_ORIGIN}/comments/${linkId}/_/${commentId}.json?raw_json=1${context ? `&context=${context}` : ''}`;

export const moreChildrenUrl = (linkId: string, ids: string[]) =>
  `${REDDIT_ORIGIN}/api/morechildren.json?api_type=json&link_id=t3_${linkId}&children=${ids.join(',')}&raw_json=1`;

/**
 * The next request and the stub parts it asks for (put back if it fails), taken off `queue`.
 * Stubs that list ids go first, batched across stubs; then "continue this thread" chains, one each.
 */
function nextRequest(queue: MoreStub[], linkId: string): { url: string; taken: MoreStub[] } {
  if (!queue.some((stub) => stub.children.length > 0)) {
    return { url: commentJsonUrl(linkId, queue[0]!.parentId), taken: queue.splice(0, 1) };
  }
  const taken: MoreStub[] = [];
  let room = MORE_CHILDREN_PER_REQUEST;
  for (let i = 0; i < queue.length && room > 0;) {
    const stub = queue[i]!;
    if (stub.children.length === 0) { i++; continue; }
    const ids = stub.children.slice(0, room);
    room -= ids.length;
    if (ids.length === stub.children.length) {
      taken.push(...queue.splice(i, 1));
    } else {
      taken.push({ ...stub, children: ids, count: ids.length });
      queue[i] = { ...stub, children: stub.children.slice(ids.length), count: Math.max(0, stub.count - ids.length) };
    }
  }
  return { url: moreChildrenUrl(linkId, taken.flatMap((stub) => stub.children)), taken };
}

const thingsOf = (answer: unknown) => moreChildrenThings(answer) ?? (isListingPair(answer) ? listingComments(answer) : []);

/** The comments the stubs hide, added after those already read; stubs still unexpanded stay in `stubs`. */
export async function expandMoreStubs(read: ThingsRead, linkId: string, ctx: ReadContext, diagnostics: Diagnostic[]): Promise<ThingsRead> {
  const posts = [...read.posts];
  const seen = new Set(posts.map((post) => post.id));
  const queue = [...read.stubs];
  let requests = 0;
  let unanswered = 0;
  while (queue.length > 0 && requests < ctx.maxRequests) {
    const { url, taken } = nextRequest(queue, linkId);
    requests++;
    let answer: unknown;
    try {
      answer = await requestJson(ctx, url);
    } catch (error) {
      if (!(error instanceof ThreadmapError)) throw error;
      queue.unshift(...taken);
      diagnostics.push(warning(`Loading more comments stopped: ${error.message}`, url));
      break;
    }
    const more = readThings(thingsOf(answer));
    for (const post of more.posts) if (!seen.has(post.id)) { seen.add(post.id); posts.push(post); }
    queue.push(...more.stubs);
    unanswered += taken.flatMap((stub) => stub.children).filter((id) => !seen.has(id)).length;
    ctx.onProgress?.({ stage: 'fetch', done: requests, total: requests + queue.length, message: `${posts.length} Reddit comments` });
  }
  if (unanswered > 0) {
    diagnostics.push(warning(`${counted(unanswered, 'comment')} asked for with morechildren did not come back.`));
  }
  return { posts, stubs: queue, linkId: read.linkId };
}

/** What stubs left unexpanded hide, said so a reader knows the map is partial. */
export function stubDiagnostics(stubs: MoreStub[]): Diagnostic[] {
  const listed = stubs.filter((stub) => stub.children.length > 0);
  const hidden = listed.reduce((sum, stub) => sum + Math.max(stub.count, stub.children.length), 0);
  const chains = stubs.length - listed.length;
  return [
    ...(hidden > 0 ? [warning(`${counted(hidden, 'comment')} not loaded (more stubs).`)] : []),
    ...(chains > 0 ? [warning(`${counted(chains, 'reply chain')} deeper than the response ("continue this thread") not loaded.`)] : []),
  ];
}
