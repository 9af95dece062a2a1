// What a map is called in the page header, the tab, lists and exports: the thread's own title, else its
// first post's title, else that post's first sentence; never the raw paste it was read from.
import type { MapDocument } from '../model.js';

/** Longest title shown; past it the title is cut at a word and ends with "…". */
export const TITLE_CHARS = 100;

/** A saved page or API response pasted whole starts like this; its first characters name nothing. */
const RAW_SOURCE = /^\s*(<(!doctype|html|head|body|\?xml|!--)|[[{]\s*["[{]|[[{]\s*$)/i;

export function looksLikeRawSource(text: string): boolean {
  return RAW_SOURCE.test(text);
}

/** One line, at most `max` characters, cut at a word boundary where there is one. */
export function clipTitle(text: string, max = TITLE_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max); // a space at `max` means the last word fits whole
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const usable = (text: string | null | undefined): text is string => !!text?.trim() && !looksLikeRawSource(text);

/** The map's title, or null when the thread gives nothing to call it by. */
export function mapTitle(doc: Pick<MapDocument, 'source' | 'posts'>): string | null {
  if (usable(doc.source.title)) return clipTitle(doc.source.title);
  const first = doc.posts.find((post) => !post.placeholder && (usable(post.title) || usable(post.text)));
  if (!first) return null;
  if (usable(first.title)) return clipTitle(first.title);
  const sentence = first.sentences.find((s) => usable(s.text))?.text ?? first.text;
  return usable(sentence) ? clipTitle(sentence) : null;
}
