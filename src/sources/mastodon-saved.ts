// Saved Mastodon responses: a status, its /context, or a list of statuses someone collected, and the
// thread they make. The fetched thread ends here too (readStatuses).
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawPost, RawThread, SourceContent } from '../model.js';
import { field } from './content.js';
import { isMastodonContext, repliesMissing, statusesIn, statusPost } from './mastodon-status.js';
import { info } from './util/diagnostics.js';
import { idText, text } from './util/json.js';
import { threadAsRead } from './util/thread.js';

type Json = Record<string, unknown>;

export function readStatuses(statuses: readonly Json[], url: string | null, diagnostics: Diagnostic[], extra: RawPost[] = []): RawThread {
  if (statuses.length === 0) {
    throw new ThreadmapError('not-a-thread', `No Mastodon statuses in ${url ?? 'this input'}: expected a status or its /context JSON.`);
  }
  const root = statuses.find((status) => idText(status.in_reply_to_id) === null);
  const source = { kind: 'mastodon' as const, url: url ?? (root ? text(root.url) : null), title: null };
  return threadAsRead(source, [...extra, ...statuses.map(statusPost)], diagnostics);
}

/**
 * A saved /context lacks the status it is the context of: its id is what the first descendant replies
 * to, and it sits under the last ancestor. A placeholder keeps the replies under it.
 */
function contextPlaceholder(context: { ancestors: unknown[]; descendants: unknown[] }): RawPost[] {
  const focalId = idText(field(context.descendants[0], 'in_reply_to_id'));
  if (focalId === null) return [];
  const parentId = idText(field(context.ancestors.at(-1), 'id'));
  return [{ id: focalId, parentId, author: null, createdAt: null, score: null, url: null, text: '', quotes: [], placeholder: true }];
}

/** A saved status, /context, or list of statuses of one conversation. */
export function readSavedStatuses(content: SourceContent): RawThread {
  const statuses = statusesIn(content.json);
  const diagnostics: Diagnostic[] = [];
  if (isMastodonContext(content.json)) {
    diagnostics.push(info('A saved /context holds the replies around a status but not the status itself; a placeholder stands in for it.'));
    return readStatuses(statuses, content.url, diagnostics, contextPlaceholder(content.json));
  }
  // A timeline (home, public, hashtag) is statuses from many conversations: not one thread.
  const ids = new Set(statuses.map((status) => idText(status.id)));
  const tops = statuses.filter((status) => !ids.has(idText(status.in_reply_to_id))).length;
  if (tops > 1) {
    throw new ThreadmapError('not-a-thread', `These ${statuses.length} Mastodon statuses belong to ${tops} conversations (a timeline?), not one thread: save a status's /context, or give its URL.`);
  }
  if (statuses.length === 1 && repliesMissing(statuses).size > 0) {
    diagnostics.push(info('This is one status without its replies; save its /context too, or give its URL, to read the thread.'));
  }
  return readStatuses(statuses, content.url, diagnostics);
}
