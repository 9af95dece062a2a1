// The official HN API (Firebase): one request per item, children listed as `kids` ids in rank order.
// The fallback when Algolia fails: fetched breadth first, a few at a time, up to ctx.maxRequests follow-ups.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, ReadContext } from '../model.js';
import { isRecord } from './content.js';
import { storyLink, type HnItem } from './hackernews-item.js';
import { inBatches, requestJson } from './util/http.js';
import { arrayOf, finiteNumber, idText, isoFromSeconds, text } from './util/json.js';
import { counted, warning } from './util/diagnostics.js';

type Json = Record<string, unknown>;

/** Items fetched at once: the real client queues per host anyway, this only bounds memory and bursts. */
const BATCH = 8;

export const firebaseItemUrl = (id: string) => `https://hacker-news.firebaseio.com/v0/item/${id}.json`;

const HN_TYPES = new Set(['story', 'comment', 'job', 'poll', 'pollopt']);

export const isFirebaseItem = (json: unknown): json is Json =>
  isRecord(json) && typeof json.type === 'string' && HN_TYPES.has(json.type) && Number.isSafeInteger(json.id) && 'time' in json;

export function firebaseItem(json: Json): HnItem {
  const id = idText(json.id)!;
  return {
    id, parentId: json.type === 'comment' ? idText(json.parent) : null, author: text(json.by),
    createdAt: isoFromSeconds(json.time), score: finiteNumber(json.score), title: text(json.title), link: storyLink(text(json.url)),
    html: text(json.text), gone: json.deleted === true || json.dead === true,
  };
}

const isPollOption = (json: Json) => json.type === 'pollopt';

/** A poll's options (`pollopt` items, whose `poll` names it), in the order of its `parts`, as the poll's text. */
function withPollOptions(items: Json[]): HnItem[] {
  const options = items.filter(isPollOption);
  return items.filter((item) => !isPollOption(item)).map((item) => {
    const parts = arrayOf(item.parts).map(idText);
    const mine = options.filter((option) => idText(option.poll ?? option.parent) === idText(item.id))
      .sort((a, b) => parts.indexOf(idText(a.id)) - parts.indexOf(idText(b.id)));
    const read = firebaseItem(item);
    return mine.length === 0 ? read : { ...read, pollOptions: mine.map((option) => ({ text: text(option.text) ?? '', score: finiteNumber(option.score) })) };
  });
}

/** A saved Firebase response: one item, or an array of items someone collected. */
export function firebaseItems(json: unknown, diagnostics: Diagnostic[]): HnItem[] {
  const found = (Array.isArray(json) ? json : [json]).filter(isFirebaseItem);
  const ids = new Set(found.map((item) => String(item.id)));
  const absent = found.flatMap((item) => arrayOf(item.kids)).filter((kid) => !ids.has(String(kid))).length;
  if (absent > 0) {
    diagnostics.push(warning(`Replies listed in \`kids\` but absent from the file: ${absent}; fetch the thread's URL to read them.`));
  }
  const options = found.filter((item) => item.type === 'poll').flatMap((item) => arrayOf(item.parts)).filter((part) => !ids.has(String(part))).length;
  if (options > 0) diagnostics.push(warning(`Poll options listed in \`parts\` but absent from the file: ${options}.`));
  return withPollOptions(found);
}

/** The story and its comments, breadth first. Items that fail or vanished (null) are counted, not fatal. */
export async function fetchFirebaseItems(id: string, ctx: ReadContext, diagnostics: Diagnostic[]): Promise<HnItem[]> {
  const root = await requestJson(ctx, firebaseItemUrl(id));
  if (!isFirebaseItem(root)) throw new ThreadmapError('not-a-thread', `Hacker News has no item ${id} (${firebaseItemUrl(id)}).`);
  const parts = await inBatches(arrayOf(root.parts).map(idText).filter((part) => part !== null)
    .slice(0, ctx.maxRequests).map((part) => () => requestJson(ctx, firebaseItemUrl(part)).catch(() => null)), BATCH);
  const items = withPollOptions([root, ...parts.filter(isFirebaseItem)]);
  const queue = arrayOf(root.kids).map(idText).filter((kid) => kid !== null);
  let requests = parts.length;
  let failed = 0;
  while (queue.length > 0 && requests < ctx.maxRequests) {
    const batch = queue.splice(0, Math.min(BATCH, ctx.maxRequests - requests));
    requests += batch.length;
    const answers = await inBatches(batch.map((kid) => () => requestJson(ctx, firebaseItemUrl(kid)).catch(() => null)), BATCH);
    for (const answer of answers) {
      if (!isFirebaseItem(answer)) { failed++; continue; }
      items.push(firebaseItem(answer));
      queue.push(...arrayOf(answer.kids).map(idText).filter((kid) => kid !== null));
    }
    ctx.onProgress?.({ stage: 'fetch', done: requests, total: requests + queue.length, message: `Hacker News items ${requests}` });
  }
  if (queue.length > 0) {
    diagnostics.push(warning(`${counted(queue.length, 'comment')} not fetched: the request limit (${ctx.maxRequests}) was reached.`));
  }
  if (failed > 0) {
    diagnostics.push(warning(`${counted(failed, 'comment')} could not be fetched from the Firebase API.`));
  }
  return items;
}
