// Post HTML → plain text paragraphs and quoted passages. Shared by every HTML-carrying adapter
// (LessWrong, HN, Reddit's body_html, Discourse "cooked", Stack Exchange, forum pages).
// Walks the DOM with an explicit stack: hostile pages nest thousands deep, recursion would overflow.
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Quote } from '../model.js';

/** Elements whose content is never post text (page chrome, code that runs, form controls). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'button', 'form', 'input', 'select', 'textarea', 'nav', 'head', 'title', 'meta', 'link',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'pre',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'details', 'summary', 'center',
]);

export interface QuoteMarkup {
  /** Is this element a quoted passage? Default: <blockquote>, Discourse/BBCode quote classes. */
  isQuote?: (el: Element) => boolean;
  /** Whose post a quote element quotes, when the markup says (data-post, a link to #post123…). */
  describe?: (el: Element) => { postId?: string | null; author?: string | null };
  /** Inside a quote, elements that are its header ("X said:") rather than quoted text. */
  isQuoteHeader?: (el: Element) => boolean;
  /** Elements to drop as chrome (vote arrows, "reply" links, signatures). */
  isChrome?: (el: Element) => boolean;
}

export interface PostText {
  /** Paragraphs joined by a blank line, quoted passages removed. */
  text: string;
  quotes: Quote[];
}

export function hasClass(el: Element, name: string): boolean {
  const cls = el.attribs?.class;
  return cls !== undefined && ` ${cls} `.includes(` ${name} `);
}

/**
 * Discourse's quote of a post, wherever its cooked HTML is shown (the API, a saved page, a static export):
 * `<aside class="quote" data-post="N" data-username="X">`, a `.title` header ("X:") and a <blockquote> body.
 */
export const isAsideQuote = (el: Element | null): boolean => el !== null && el.name === 'aside' && hasClass(el, 'quote');

const defaultIsQuote = (el: Element) => el.name === 'blockquote' || isAsideQuote(el) || hasClass(el, 'bbc-block');

/**
 * What forum software draws around an uploaded image, never the writer's words: the caption box inside the
 * upload's link ("image 800×600 52 KB") and the default alt text Discourse gives uploads ("image", "image|690x388").
 */
export const isUploadChrome = (el: Element): boolean =>
  (hasClass(el, 'meta') && el.parent?.type === 'tag' && hasClass(el.parent as Element, 'lightbox'))
  || (el.name === 'img' && /^image(\|\d+x\d+)?$/i.test(el.attribs.alt ?? ''));

/** Collapse runs of white space (not newlines) and trim each line; drop empty paragraphs. */
export function tidyParagraphs(paragraphs: string[]): string[] {
  return paragraphs
    .map((p) => p.split('\n').map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter((p) => p.length > 0);
}

interface Frame { node: AnyNode; exit: boolean }

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Plain text of one subtree, with quotes (at any depth) set aside by `onQuote`. */
function walk(roots: AnyNode[], markup: QuoteMarkup, onQuote: ((el: Element) => void) | null): string[] {
  const isQuote = markup.isQuote ?? defaultIsQuote;
  const paragraphs: string[] = [];
  let current = '';
  let preDepth = 0;
  const flush = () => {
    if (current.trim()) paragraphs.push(current);
    current = '';
  };
  const stack: Frame[] = roots.slice().reverse().map((node) => ({ node, exit: false }));
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      current += preDepth > 0 ? data : data.replace(/\s+/g, ' ');
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (exit) {
      if (name === 'pre') preDepth--;
      if (BLOCKS.has(name)) flush();
      continue;
    }
    if (SKIPPED.has(name) || markup.isChrome?.(node)) continue;
    if (onQuote && isQuote(node)) {
      flush();
      onQuote(node);
      continue;
    }
    if (name === 'br') { current += '\n'; continue; }
    if (name === 'img') {
      const alt = node.attribs.alt?.trim();
      if (alt) current += ` ${alt} `;
      continue;
    }
    if (BLOCKS.has(name)) flush();
    if (name === 'pre') preDepth++;
    if (name === 'li') current += '• ';
    stack.push({ node, exit: true });
    const children = node.children as AnyNode[];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return paragraphs;
}

/** Text of a quote element: its own words, without nested quotes (those belong to the post it quotes) or its header. */
function quoteText(el: Element, markup: QuoteMarkup): string {
  const body = (el.children as AnyNode[]).filter((child) => !(isElement(child) && markup.isQuoteHeader?.(child)));
  return tidyParagraphs(walk(body, markup, () => undefined)).join('\n\n');
}

/**
 * Turn post HTML (a string, or nodes of a page an adapter already loaded) into plain text and quotes.
 * Scraped HTML is untrusted: nothing here is ever rendered, only read as text.
 */
export function htmlToText(html: string | AnyNode | AnyNode[], markup: QuoteMarkup = {}): PostText {
  const roots = typeof html === 'string'
    ? (load(html, null, false).root().contents().toArray() as AnyNode[])
    : Array.isArray(html) ? html : [html];
  const quotes: Quote[] = [];
  const paragraphs = walk(roots, markup, (el) => {
    const text = quoteText(el, markup);
    if (!text) return;
    const who = markup.describe?.(el) ?? {};
    quotes.push({ text, postId: who.postId ?? null, ...(who.author ? { author: who.author } : {}) });
  });
  return { text: tidyParagraphs(paragraphs).join('\n\n'), quotes };
}
