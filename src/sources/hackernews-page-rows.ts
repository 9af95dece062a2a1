// The rows of a news.ycombinator.com item page, in every markup HN has served:
// - today (2020–): `<tr class="athing comtr" id=N>` holding `<td class="ind" indent="D">`;
// - 2015–2020: the same rows, the indent only a spacer `<img src="s.gif" width="D*40">` inside `td.ind`;
// - before mid-2015: no `tr.athing`, no `td.ind`: a comment is a `<td class="default">` with a `.comhead`,
//   its depth the width of the `s.gif` spacer in the cell before it, its id only in its links.
// A comment cell is found the same way in all three: the `td.default` that holds a `.comhead`.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { HnItem, PollOption } from './hackernews-item.js';
import { finiteNumber, isoFromText } from './util/json.js';

/** HN's indent unit: one level is 40 pixels of spacer. */
const INDENT_PX = 40;

/** Texts HN shows in place of a comment that is gone. */
const GONE_TEXT = new Set(['[deleted]', '[dead]', '[flagged]']);

export const idFromHref = (href: string | undefined) => /(?:^|[?&])id=(\d+)/.exec(href ?? '')?.[1];

/** `.age[title]` is "2024-04-10T14:03:11" or "2024-04-10T14:03:11 1712757791" (UTC); older pages say only "3 hours ago". */
export const ageOf = (scope: Cheerio<Element>) => isoFromText(scope.find('.age').attr('title')?.split(' ')[0]);

/** The author link: `a.hnuser` now, the bare `user?id=` link before 2015. */
export const authorOf = (scope: Cheerio<Element>) =>
  (scope.find('a.hnuser').first().text() || scope.find('a[href^="user?id="]').first().text()).trim() || null;

export interface CommentCell {
  /** The `td.default` holding the comment's header and text. */
  cell: Cheerio<Element>;
  /** Indent level, 0 for a reply to the page's head item. */
  depth: number;
  /** Inside `table.fatitem`: the page's own item (a comment permalink), not part of the tree below it. */
  focal: boolean;
}

/** The indent of the row a comment cell sits in: `indent="N"`, else the spacer's width. */
function depthOf($: CheerioAPI, cell: Cheerio<Element>): number {
  const row = cell.closest('tr');
  const indent = Number.parseInt(row.find('td.ind').first().attr('indent') ?? '', 10);
  if (Number.isFinite(indent)) return indent;
  const spacer = row.children('td').toArray().map((td) => $(td).children('img[src$="s.gif"]').first()).find((img) => img.length > 0);
  const width = Number.parseInt(spacer?.attr('width') ?? '0', 10);
  return Number.isFinite(width) ? Math.round(width / INDENT_PX) : 0;
}

export function commentCells($: CheerioAPI): CommentCell[] {
  // A poll option's score row is also a `td.default > .comhead`, with no comment in it.
  const isComment = (td: Element) => $(td).find('.comhead').length > 0 && $(td).find('span.score[id^="score_"]').length === 0;
  return $('td.default').filter((_, td) => isComment(td)).toArray().map((td) => {
    const cell = $(td);
    return { cell, depth: depthOf($, cell), focal: cell.closest('table.fatitem').length > 0 };
  });
}

/** The comment's id: its row's id now; before 2015, its vote arrow `up_N` or its age/"link" link. */
function commentId(cell: Cheerio<Element>): string | undefined {
  const rowId = cell.closest('tr.athing').attr('id');
  if (rowId && /^\d+$/.test(rowId)) return rowId;
  const vote = /^up_(\d+)$/.exec(cell.closest('tr').find('a[id^="up_"]').attr('id') ?? '')?.[1];
  return vote ?? idFromHref(cell.find('.comhead a[href^="item?id="]').first().attr('href'));
}

/** Comment text: `.commtext` now, `span.comment` (a <font> inside) before. */
const bodyOf = (cell: Cheerio<Element>) => [cell.find('.commtext').first(), cell.find('.comment').first()].find((found) => found.length > 0) ?? null;

export function commentItem(cell: Cheerio<Element>, parentId: string | null): HnItem | null {
  const id = commentId(cell);
  if (!id) return null;
  const head = cell.find('.comhead').first();
  const body = bodyOf(cell);
  const words = body?.text().trim() ?? '';
  const gone = GONE_TEXT.has(words) || /\[(dead|flagged)\]/.test(head.text());
  return {
    id, parentId, author: authorOf(head), createdAt: ageOf(head), score: null, title: null, link: null,
    html: gone || !body ? null : (body.contents().toArray() as AnyNode[]), gone,
  };
}

/**
 * A poll's options, listed under its subtext: each a row with the option's words (`td.comment`) followed
 * by a row with its `<span class="score" id="score_N">`. Their ids are pollopt items, not comments.
 */
export function pollOptions($: CheerioAPI, storyId: string): PollOption[] {
  return $('[id^="score_"]').toArray().flatMap((score) => {
    const optionId = score.attribs.id!.slice('score_'.length);
    if (optionId === storyId) return [];
    const words = $(score).closest('tr').prev('tr').find('td.comment').first().text().replace(/\s+/g, ' ').trim();
    return words ? [{ text: words, score: finiteNumber(Number.parseInt($(score).text(), 10)) }] : [];
  });
}
