// Mastodon statuses (API v1 Status entities) → RawPosts. A thread is a status, its `/context`
// (`ancestors` above it, `descendants` below it) and the reply links `in_reply_to_id` between them.
import { htmlToText, type PostText } from '../clean/html.js';
import type { RawPost } from '../model.js';
import { field, isRecord } from './content.js';
import { arrayOf, finiteNumber, idText, isoFromText, text } from './util/json.js';

type Json = Record<string, unknown>;

export const isMastodonStatus = (json: unknown): json is Json =>
  isRecord(json) && idText(json.id) !== null && typeof json.content === 'string' &&
  'in_reply_to_id' in json && isRecord(json.account) && typeof json.account.acct === 'string';

export const isMastodonContext = (json: unknown): json is { ancestors: unknown[]; descendants: unknown[] } =>
  isRecord(json) && Array.isArray(json.ancestors) && Array.isArray(json.descendants) &&
  [...json.ancestors, ...json.descendants].every(isMastodonStatus);

/** The statuses of a saved response: one status, a context, or a list of statuses someone collected. */
export function statusesIn(json: unknown): Json[] {
  if (isMastodonStatus(json)) return [json];
  if (isMastodonContext(json)) return [...json.ancestors, ...json.descendants].filter(isMastodonStatus);
  return arrayOf(json).filter(isMastodonStatus);
}

/**
 * Replies open by addressing everyone in the conversation ("@alice @bob@example.org …", often a paragraph
 * of its own): that is the reply's envelope, not its words. Mentions inside a sentence stay, and so do the
 * mentions of a reply that says nothing else.
 */
const LEADING_MENTIONS = /^(?:@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}.-]+)?[\s,:]*)+/u;

function withoutLeadingMentions(body: PostText): PostText {
  const rest = body.text.replace(LEADING_MENTIONS, '').trim();
  return rest ? { ...body, text: rest } : body;
}

function statusText(status: Json): PostText {
  const body = withoutLeadingMentions(htmlToText(text(status.content) ?? ''));
  // A content warning is the writer's own summary of the post: kept as its first paragraph.
  const warning = text(status.spoiler_text)?.trim();
  return warning ? { ...body, text: [warning, body.text].filter(Boolean).join('\n\n') } : body;
}

export function statusPost(status: Json): RawPost {
  const body = statusText(status);
  return {
    id: idText(status.id)!,
    parentId: idText(status.in_reply_to_id),
    author: text(field(status, 'account', 'acct')),
    createdAt: isoFromText(status.created_at),
    score: finiteNumber(status.favourites_count),
    url: text(status.url) ?? text(status.uri),
    text: body.text,
    quotes: body.quotes,
  };
}

/** How many replies each status has that the statuses read do not include. */
export function repliesMissing(statuses: readonly Json[]): Map<string, number> {
  const children = new Map<string, number>();
  for (const status of statuses) {
    const parent = idText(status.in_reply_to_id);
    if (parent !== null) children.set(parent, (children.get(parent) ?? 0) + 1);
  }
  const missing = new Map<string, number>();
  for (const status of statuses) {
    const id = idText(status.id)!;
    const gap = (finiteNumber(status.replies_count) ?? 0) - (children.get(id) ?? 0);
    if (gap > 0) missing.set(id, gap);
  }
  return missing;
}
