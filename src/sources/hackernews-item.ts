// Hacker News items, whichever way they were read (Algolia, Firebase, HNPWA, the item page), as one shape,
// and that shape → RawThread. The story is the root; comments hang under it by their parent id.
import type { AnyNode, Element } from 'domhandler';
import { hasClass, htmlToText, type QuoteMarkup } from '../clean/html.js';
import type { Diagnostic, RawPost, RawThread } from '../model.js';
import { splitQuoteLines } from './util/quotes.js';
import { threadAsRead } from './util/thread.js';

export interface HnItem {
  id: string;
  parentId: string | null;
  author: string | null;
  createdAt: string | null;
  score: number | null;
  /** The story's title (null on comments). */
  title: string | null;
  /** The address a link story points to (null on comments, Ask HN and text stories). */
  link: string | null;
  /** Comment text, or an Ask HN story's text: HN's HTML (unclosed <p>, `&gt;` quote lines), or its page nodes. */
  html: string | AnyNode[] | null;
  /** Deleted or dead (flagged): no text to show, kept only while someone replies to it. */
  gone: boolean;
  /** A poll's options, kept as paragraphs of the poll's text: they are what the thread argues about. */
  pollOptions?: PollOption[];
}

export interface PollOption {
  text: string;
  score: number | null;
}

export const itemUrl = (id: string) => `https://news.ycombinator.com/item?id=${id}`;

/** A story's outside link; HN gives Ask HN posts a relative "item?id=…" one, which links nowhere new. */
export const storyLink = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * Before mid-2015 the reply link was a bare `<p><font size=1><u><a href="reply?id=…">reply</a>` after the
 * comment's <span>; an unclosed <p> in the comment keeps that span open, so the link lands inside it.
 */
const isReplyLink = (el: Element) => el.name === 'a' && /^reply\?/.test(el.attribs.href ?? '');

/**
 * On the item page an unclosed <p> in the comment pulls the "reply" link's <div class="reply"> into the
 * comment's own <span> (the HTML parser nests it there), so that div is dropped wherever it lands.
 */
const HN_MARKUP: QuoteMarkup = {
  isChrome: (el) => hasClass(el, 'reply') || hasClass(el, 'comhead') || hasClass(el, 'votelinks') || isReplyLink(el),
};

/** HN has no quote markup: people write "> their words" as a paragraph. */
export const hnPostText = (html: HnItem['html']) => splitQuoteLines(htmlToText(html ?? '', HN_MARKUP));

const pollParagraph = (option: PollOption) =>
  `Poll option: ${option.text}${option.score === null ? '' : ` (${option.score} ${option.score === 1 ? 'point' : 'points'})`}`;

function textOf(item: HnItem) {
  if (item.gone) return { text: '', quotes: [] };
  const body = hnPostText(item.html);
  const options = (item.pollOptions ?? []).map(pollParagraph);
  return options.length === 0 ? body : { ...body, text: [body.text, ...options].filter(Boolean).join('\n\n') };
}

function toRawPost(item: HnItem): RawPost {
  const body = textOf(item);
  return {
    id: item.id, parentId: item.parentId, author: item.author, createdAt: item.createdAt, score: item.score,
    url: itemUrl(item.id), text: body.text, quotes: body.quotes,
    ...(item.parentId === null ? { title: item.title } : {}),
    ...(item.parentId === null && item.link ? { link: item.link } : {}),
    ...(item.gone ? { placeholder: true } : {}),
  };
}

/** Items (the story first) → the thread, titled after the story. */
export function hnThread(items: HnItem[], url: string | null, diagnostics: Diagnostic[] = []): RawThread {
  const story = items.find((item) => item.parentId === null) ?? null;
  return threadAsRead(
    { kind: 'hackernews', url: url ?? (story ? itemUrl(story.id) : null), title: story?.title ?? null },
    items.map(toRawPost),
    diagnostics,
  );
}
