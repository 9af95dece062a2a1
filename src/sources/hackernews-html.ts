// The news.ycombinator.com/item?id= page, 2015 markup to today's. Comments are flat table rows; nesting is
// only the indent: `<td class="ind" indent="N">` now, a spacer `<img width="N*40">` before 2020.
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Diagnostic } from '../model.js';
import type { HnItem } from './hackernews-item.js';
import { finiteNumber, isoFromText } from './util/json.js';

/** A saved item page: HN marks the page's kind on <html op="item">; comment headers are `.comhead`. */
export const isHnItemPage = (html: string) => /<html[^>]*\sop=["']?item\b/i.test(html) && /class=["']comhead/i.test(html);

/** HN's indent unit: one level is 40 pixels of spacer. */
const INDENT_PX = 40;

/** Texts HN shows in place of a comment that is gone. */
const GONE_TEXT = new Set(['[deleted]', '[dead]', '[flagged]']);

const idFromHref = (href: string | undefined) => /(?:^|[?&])id=(\d+)/.exec(href ?? '')?.[1] ?? null;

/** `.age[title]` is "2024-04-10T14:03:11" or "2024-04-10T14:03:11 1712757791" (UTC); 2015 pages have only "3 hours ago". */
const ageOf = (scope: Cheerio<Element>) => isoFromText(scope.find('.age').attr('title')?.split(' ')[0]);

function depthOf(row: Cheerio<Element>): number {
  const ind = row.find('td.ind').first();
  const indent = Number.parseInt(ind.attr('indent') ?? '', 10);
  if (Number.isFinite(indent)) return indent;
  const width = Number.parseInt(ind.find('img').attr('width') ?? '0', 10);
  return Number.isFinite(width) ? Math.round(width / INDENT_PX) : 0;
}

function storyItem($: CheerioAPI, pageUrl: string | null): HnItem {
  const row = $('tr.athing').filter((_, el) => $(el).find('td.title').length > 0).first();
  const subtext = row.next('tr').find('.subtext');
  const id = row.attr('id') ?? idFromHref(subtext.find('a[href^="item?id="]').attr('href'))
    ?? idFromHref(pageUrl ?? undefined) ?? 'story';
  const score = Number.parseInt(subtext.find('.score').text(), 10);
  // Ask HN text: `.toptext` now; before, the first plain cell in a row after the subtext (the form comes after it).
  const oldText = subtext.closest('tr').nextAll('tr').children('td:not([class])').filter((_, td) => $(td).find('form').length === 0 && $(td).text().trim() !== '').first();
  const text = $('.toptext').first().length ? $('.toptext').first() : oldText;
  return {
    id, parentId: null, author: subtext.find('a[href^="user?id="]').first().text() || null,
    createdAt: ageOf(subtext), score: finiteNumber(score), title: (row.find('.titleline > a, td.title > a').first().text().trim() || null),
    html: text.length ? (text.contents().toArray() as AnyNode[]) : null, gone: false,
  };
}

function commentItem($: CheerioAPI, row: Cheerio<Element>, parentId: string): HnItem | null {
  const head = row.find('.comhead').first();
  const id = row.attr('id') ?? idFromHref(head.find('a[href^="item?id="]').attr('href')) ?? /^up_(\d+)$/.exec(row.find('a[id^="up_"]').attr('id') ?? '')?.[1];
  if (!id) return null;
  const body = row.find('.commtext').first().length ? row.find('.commtext').first() : row.find('.comment').first();
  const gone = GONE_TEXT.has(body.text().trim()) || /\[(dead|flagged)\]/.test(head.text());
  return {
    id, parentId, author: head.find('a[href^="user?id="]').first().text() || null, createdAt: ageOf(head),
    score: null, title: null, html: gone ? null : (body.contents().toArray() as AnyNode[]), gone,
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
    const item = commentItem($, row, path.at(-1)?.id ?? story.id);
    if (!item) return;
    items.push(item);
    path.push({ depth, id: item.id });
  });
  const more = $('a.morelink').attr('href');
  if (more) {
    diagnostics.push({ level: 'warning', stage: 'source', where: more, message: 'The page links to more comments (a "More" page) that are not in this file.' });
  }
  return items;
}
