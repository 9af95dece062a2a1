// The news.ycombinator.com/item?id= page, 2015 markup to today's. Comments are flat table rows; nesting is
// only the indent: `<td class="ind" indent="N">` now, a spacer `<img width="N*40">` before 2020.
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import type { HnItem } from './hackernews-item.js';
import { warning } from './util/diagnostics.js';
import { finiteNumber, isoFromText } from './util/json.js';

/** A saved item page: HN marks the page's kind on <html op="item">; comment headers are `.comhead`. */
export const isHnItemPage = (html: string) => /<html[^<>]*\sop=["']?item\b/i.test(html) && /class=["']comhead/i.test(html);

/** Selectors, today's markup first, then 2015's. */
const SELECTORS = {
  storyTitle: ['.titleline > a', 'td.title > a'],
  author: ['a.hnuser', 'a[href^="user?id="]'],
  commentBody: ['.commtext', '.comment'],
} as const;

/** HN's indent unit: one level is 40 pixels of spacer. */
const INDENT_PX = 40;

/** Texts HN shows in place of a comment that is gone. */
const GONE_TEXT = new Set(['[deleted]', '[dead]', '[flagged]']);

const firstOf = (scope: Cheerio<Element>, selectors: readonly string[]) =>
  selectors.map((selector) => scope.find(selector).first()).find((found) => found.length > 0) ?? null;

const textOf = (found: Cheerio<Element> | null) => found?.text().trim() || null;
const nodesOf = (found: Cheerio<Element> | null) => (found ? (found.contents().toArray() as AnyNode[]) : null);
const idFromHref = (href: string | undefined) => /(?:^|[?&])id=(\d+)/.exec(href ?? '')?.[1];

/** `.age[title]` is "2024-04-10T14:03:11" or "2024-04-10T14:03:11 1712757791" (UTC); 2015 pages have only "3 hours ago". */
const ageOf = (scope: Cheerio<Element>) => isoFromText(scope.find('.age').attr('title')?.split(' ')[0]);

function depthOf(row: Cheerio<Element>): number {
  const ind = row.find('td.ind').first();
  const indent = Number.parseInt(ind.attr('indent') ?? '', 10);
  if (Number.isFinite(indent)) return indent;
  const width = Number.parseInt(ind.find('img').attr('width') ?? '0', 10);
  return Number.isFinite(width) ? Math.round(width / INDENT_PX) : 0;
}

/** Ask HN text: `.toptext` now; in 2015, the first plain cell with words in a row after the subtext. */
function storyText($: CheerioAPI, subtext: Cheerio<Element>): Cheerio<Element> | null {
  const toptext = $('.toptext').first();
  if (toptext.length) return toptext;
  const cell = subtext.closest('tr').nextAll('tr').children('td:not([class])')
    .filter((_, td) => $(td).find('form').length === 0 && $(td).text().trim() !== '').first();
  return cell.length ? cell : null;
}

function storyItem($: CheerioAPI, pageUrl: string | null): HnItem {
  const row = $('tr.athing').filter((_, el) => $(el).find('td.title').length > 0).first();
  const subtext = row.next('tr').find('.subtext');
  const id = row.attr('id') ?? idFromHref(subtext.find('a[href^="item?id="]').attr('href')) ?? idFromHref(pageUrl ?? undefined);
  if (!id) throw new ThreadmapError('not-a-thread', `No Hacker News story on ${pageUrl ?? 'this page'}: its item id is missing.`);
  return {
    id, parentId: null, author: textOf(firstOf(subtext, SELECTORS.author)), createdAt: ageOf(subtext),
    score: finiteNumber(Number.parseInt(subtext.find('.score').text(), 10)), title: textOf(firstOf(row, SELECTORS.storyTitle)),
    html: nodesOf(storyText($, subtext)), gone: false,
  };
}

function commentItem(row: Cheerio<Element>, parentId: string): HnItem | null {
  const head = row.find('.comhead').first();
  const id = row.attr('id') ?? idFromHref(head.find('a[href^="item?id="]').attr('href'));
  if (!id) return null;
  const body = firstOf(row, SELECTORS.commentBody);
  const gone = GONE_TEXT.has(textOf(body) ?? '') || /\[(dead|flagged)\]/.test(head.text());
  return {
    id, parentId, author: textOf(firstOf(head, SELECTORS.author)), createdAt: ageOf(head),
    score: null, title: null, html: gone ? null : nodesOf(body), gone,
  };
}

/** The page's story and comments, parents found from the indent. */
export function hnPageItems(html: string, pageUrl: string | null, diagnostics: Diagnostic[]): HnItem[] {
  const $ = load(html);
  const story = storyItem($, pageUrl);
  const items = [story];
  const path: { depth: number; id: string }[] = [];
  $('tr.athing').filter((_, el) => $(el).find('td.ind').length > 0).each((_, el) => {
    const row = $(el);
    const depth = depthOf(row);
    while (path.length > 0 && path.at(-1)!.depth >= depth) path.pop();
    const item = commentItem(row, path.at(-1)?.id ?? story.id);
    if (!item) return;
    items.push(item);
    path.push({ depth, id: item.id });
  });
  const more = $('a.morelink').attr('href');
  if (more) diagnostics.push(warning('The page links to more comments (a "More" page) that are not in this file.', more));
  return items;
}
