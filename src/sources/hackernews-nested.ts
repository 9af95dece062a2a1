// The two nested HN formats: Algolia `items/<id>` (`children`, `text`, `created_at_i`; deleted and dead
// comments have `text: null`) and HNPWA `item/<id>.json` (`comments`, `content`, `level`, `deleted`/`dead`).
import { isRecord } from './content.js';
import { storyLink, type HnItem, type PollOption } from './hackernews-item.js';
import { arrayOf, finiteNumber, idText, isoFromSeconds, isoFromText, text } from './util/json.js';

type Json = Record<string, unknown>;

interface NestedFormat {
  children: (node: Json) => unknown[];
  item: (node: Json, id: string, parentId: string | null) => HnItem;
}

const isPollOption = (node: unknown) => isRecord(node) && node.type === 'pollopt';

/** A poll's options: Algolia lists them under `options` (older responses among the `children`). */
function algoliaPollOptions(node: Json): PollOption[] | undefined {
  const options = [...arrayOf(node.options), ...arrayOf(node.children)].filter(isPollOption) as Json[];
  return options.length === 0 ? undefined : options.map((option) => ({ text: text(option.text) ?? '', score: finiteNumber(option.points) }));
}

const ALGOLIA: NestedFormat = {
  children: (node) => arrayOf(node.children).filter((child) => !isPollOption(child)),
  item: (node, id, parentId) => ({
    id, parentId, author: text(node.author),
    createdAt: isoFromSeconds(node.created_at_i) ?? isoFromText(node.created_at),
    score: finiteNumber(node.points), title: text(node.title), link: storyLink(text(node.url)), html: text(node.text),
    gone: parentId !== null && text(node.text) === null, pollOptions: algoliaPollOptions(node),
  }),
};

const HNPWA: NestedFormat = {
  children: (node) => arrayOf(node.comments),
  item: (node, id, parentId) => ({
    id, parentId, author: text(node.user), createdAt: isoFromSeconds(node.time),
    score: finiteNumber(node.points), title: text(node.title), link: storyLink(text(node.url)), html: text(node.content),
    gone: node.deleted === true || node.dead === true,
  }),
};

export const isAlgoliaItem = (json: unknown): json is Json =>
  isRecord(json) && Array.isArray(json.children) && ('story_id' in json || 'created_at_i' in json);

export const isHnpwaItem = (json: unknown): json is Json =>
  isRecord(json) && Array.isArray(json.comments) && 'time_ago' in json;

/** The tree, depth first (parents before children), without recursion: hostile files nest deep. */
function flatten(root: Json, format: NestedFormat): HnItem[] {
  const items: HnItem[] = [];
  const stack: { node: unknown; parentId: string | null }[] = [{ node: root, parentId: null }];
  while (stack.length > 0) {
    const { node, parentId } = stack.pop()!;
    const id = isRecord(node) ? idText(node.id) : null;
    if (!isRecord(node) || id === null) continue;
    items.push(format.item(node, id, parentId));
    const children = format.children(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], parentId: id });
  }
  return items;
}

export const algoliaItems = (json: Json) => flatten(json, ALGOLIA);
export const hnpwaItems = (json: Json) => flatten(json, HNPWA);
