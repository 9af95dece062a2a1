// A page that is not a thread but has a main text (a news article, a blog post): that text as one post,
// found the way readability does. Every paragraph of real prose scores its container (more for length
// and commas); the container with the most prose, discounted by how much of it is link text, is the
// main text. Navigation, headers, footers, forms, asides and share/related/comment boxes never count.
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { htmlToText } from '../../clean/html.js';

/** Never main text, wherever they are. */
const OUTSIDE = 'nav, header, footer, aside, form, menu, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]';
/** Class or id words of boxes beside the main text. */
const BESIDE = /(^|[-_ ])(share|social|related|comment|sidebar|promo|advert|ad|newsletter|cookie|breadcrumb|menu|footer|header|nav|subscribe|popup|modal)s?([-_ ]|$)/i;
/** A paragraph shorter than this is a caption or a button, not prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** Blocks dropped from the main text when more than half their words are links. */
const LINK_LISTS = new Set(['ul', 'ol', 'li', 'table', 'div', 'dl']);
const MAX_LINK_DENSITY = 0.5;
/** Fewest words of main text worth a map: below it the page is a login form or a product tile. */
export const MIN_MAIN_WORDS = 60;

const isBeside = (el: Element) => BESIDE.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
/** Inside the main text but not of it: the headline (it is the title), the byline and its date. */
const isHeading = (el: Element) => el.name === 'h1' || el.name === 'time' || /byline|dateline/i.test(el.attribs.class ?? '');
const textLength = (node: Cheerio<Element>) => node.text().replace(/\s+/g, ' ').trim().length;

function linkDensity($: CheerioAPI, node: Cheerio<Element>): number {
  const all = textLength(node);
  const links = node.find('a').toArray().reduce((sum, a) => sum + textLength($(a)), 0);
  return all === 0 ? 1 : links / all;
}

/** The element holding the page's main text, or null when no container has prose in it. */
function mainContainer($: CheerioAPI): Element | null {
  const scores = new Map<Element, number>();
  $('body p, body pre, body td, body blockquote').each((_, el) => {
    const node = $(el);
    if (node.closest(OUTSIDE).length > 0 || node.parents().toArray().some(isBeside)) return;
    const length = textLength(node);
    if (length < MIN_PARAGRAPH_CHARS) return;
    const score = 1 + node.text().split(',').length + Math.min(Math.floor(length / 100), 3);
    const parent = el.parent as Element | null;
    const grandparent = parent?.parent as Element | null;
    if (parent?.type === 'tag') scores.set(parent, (scores.get(parent) ?? 0) + score);
    if (grandparent?.type === 'tag') scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  });
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity($, $(el)));
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  return best;
}

/** The main text's paragraphs, or null when the page has too little prose to be worth a map. */
export function readMainText($: CheerioAPI): ReturnType<typeof htmlToText> | null {
  const container = mainContainer($);
  if (!container) return null;
  const outside = new Set($(container).find(OUTSIDE).toArray());
  // Lists and boxes that are mostly links (an archive index, "read more" lists) are not the text.
  const isLinkList = (el: Element) => LINK_LISTS.has(el.name) && linkDensity($, $(el)) > MAX_LINK_DENSITY;
  const body = htmlToText(container.children as AnyNode[], {
    isChrome: (el) => outside.has(el) || isBeside(el) || isHeading(el) || el.name === 'figure' || isLinkList(el),
  });
  const words = body.text.split(/\s+/).filter(Boolean).length;
  return words >= MIN_MAIN_WORDS ? body : null;
}
