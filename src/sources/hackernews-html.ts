// The news.ycombinator.com/item?id= page, from the markup before mid-2015 to today's (the rows of every
// markup: hackernews-page-rows.ts). The page's head is the story (or poll), or, on a comment's permalink
// page, that comment; the comments below hang under it by their indent.
import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { ThreadmapError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import { storyLink, type HnItem } from './hackernews-item.js';
import { ageOf, authorOf, commentCells, commentItem, idFromHref, pollOptions, type CommentCell } from './hackernews-page-rows.js';
import { warning } from './util/diagnostics.js';
import { finiteNumber } from './util/json.js';

/**
 * A saved item page: HN marks the page's kind with `op="item"` (on <html> since 2015, on `table#hnmain`
 * before); pages saved before that carry neither, only the title: "… | Hacker News", or "Hacker News | …" until
 * about 2012, with the whitespace a re-serialising saver puts inside <title>. Comment headers are `.comhead`.
 */
const HN_TITLE = /<title>\s*(?:[^<]*\| Hacker News|Hacker News \|[^<]*)\s*<\/title>/i;

export function isHnItemPage(html: string): boolean {
  const head = html.slice(0, 20_000);
  const op = /<(?:html|table)\b[^<>]*\sop=["']?(\w+)/i.exec(head)?.[1];
  const marked = op === undefined ? HN_TITLE.test(head) : op === 'item';
  return marked && /class=["']?(comhead|subtext)\b/i.test(html) && /href=["']?item\?id=\d/i.test(html);
}

/** The story's title link: `.titleline > a` now, `td.title > a` (after a `.deadmark` span) before. */
const titleLink = (row: Cheerio<Element>) => {
  const now = row.find('.titleline > a').first();
  return now.length ? now : row.find('td.title > a').first();
};
const storyTitle = (row: Cheerio<Element>) => titleLink(row).text().trim() || null;

/** Ask HN text: `.toptext` now; before, the first plain cell with words in a row after the subtext. */
function storyText($: CheerioAPI, subtext: Cheerio<Element>): AnyNode[] | null {
  const toptext = $('.toptext').first();
  const cell = toptext.length ? toptext : subtext.closest('tr').nextAll('tr').children('td:not([class])')
    .filter((_, td) => $(td).find('form').length === 0 && $(td).text().trim() !== '').first();
  return cell.length ? (cell.contents().toArray() as AnyNode[]) : null;
}

/** The story row: the first `td.title` holding a link (today's `tr.athing`, or the plain row before 2015). */
function storyItem($: CheerioAPI, pageUrl: string | null): HnItem | null {
  const subtext = $('td.subtext').first();
  if (subtext.length === 0) return null;
  const row = subtext.closest('tr').prev('tr');
  const id = row.attr('id') ?? idFromHref(subtext.find('a[href^="item?id="]').attr('href')) ?? idFromHref(pageUrl ?? undefined);
  if (!id) throw new ThreadmapError('not-a-thread', `No Hacker News story on ${pageUrl ?? 'this page'}: its item id is missing.`);
  return {
    id, parentId: null, author: authorOf(subtext), createdAt: ageOf(subtext),
    score: finiteNumber(Number.parseInt(subtext.find('[id^="score_"]').first().text(), 10)), title: storyTitle(row), link: storyLink(titleLink(row).attr('href')),
    html: storyText($, subtext), gone: false, pollOptions: pollOptions($, id),
  };
}

/** A comment's permalink page: that comment heads the page; its story is only named ("on: …"). */
function focalItem(focal: CommentCell): HnItem | null {
  const item = commentItem(focal.cell, null);
  const story = focal.cell.find('.onstory a, .comhead a[href^="item?id="]').last();
  return item && { ...item, title: story.attr('title') ?? (story.text().trim() || null) };
}

/** The page's head item and its comments, parents found from the indent. */
export function hnPageItems(html: string, pageUrl: string | null, diagnostics: Diagnostic[]): HnItem[] {
  const $ = load(html);
  const cells = commentCells($);
  const story = storyItem($, pageUrl);
  const focal = story ? null : cells.find((cell) => cell.focal) ?? cells[0] ?? null;
  const head = story ?? (focal && focalItem(focal));
  if (!head) throw new ThreadmapError('not-a-thread', `No Hacker News item on ${pageUrl ?? 'this page'}: it has neither a story nor a comment.`);
  const items = [head];
  const path: { depth: number; id: string }[] = [];
  for (const cell of cells) {
    if (cell === focal) continue;
    while (path.length > 0 && path.at(-1)!.depth >= cell.depth) path.pop();
    const item = commentItem(cell.cell, path.at(-1)?.id ?? head.id);
    if (!item || item.id === head.id) continue;
    items.push(item);
    path.push({ depth: cell.depth, id: item.id });
  }
  // "More": `a.morelink` now; before 2015 a bare link to a one-time `x?fnid=` page.
  const more = $('a.morelink').attr('href') ?? $('a[href*="x?fnid="]').filter((_, a) => $(a).text().trim() === 'More').attr('href');
  if (more) diagnostics.push(warning('The page links to more comments (a "More" page) that are not in this file.', more));
  return items;
}
