// Markup nested absurdly deep is refused before any parser sees it. parse5 (cheerio's HTML parser)
// checks "is a <p> open in button scope?" by walking the stack of open elements at every block start
// tag, so n nested <div>s cost n² steps: 60,000 of them took 30 s. Real pages nest well under 100 deep
// (the deepest of the 113 saved pages and responses in our fixtures nests 17), so 3,000 refuses only hostile input.
import { ThreadmapError } from '../errors.js';

export const MAX_HTML_DEPTH = 3000;

/** Elements with no end tag, or whose end tag may be left out: they never deepen the stack for long. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rp', 'rt',
  'colgroup', 'caption', 'html', 'head', 'body',
]);

// `[^<>]*` stops at the next '<', so a run of unclosed "<div<div<div" is still one linear scan.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*/g;

/** The deepest the open-element stack gets, counting start and end tags (a cheap upper bound). */
export function htmlNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    if (NOT_NESTING.has(match[2]!.toLowerCase())) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[0].endsWith('/')) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** Throws a one-sentence 'bad-input' error when `text` (HTML or not) nests elements deeper than the cap. */
export function refuseDeepHtml(text: string, where: string): void {
  if (!text.includes('<')) return;
  const depth = htmlNestingDepth(text);
  if (depth > MAX_HTML_DEPTH) {
    throw new ThreadmapError('bad-input', `${where} nests HTML elements ${depth} deep; Threadmap reads pages nested at most ${MAX_HTML_DEPTH} deep.`);
  }
}
