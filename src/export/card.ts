// What a post's card says, shared by the page and the SVG export: author, first words, tag badges.
// SVG text does not wrap, so the first words are wrapped here by character count.
import type { Post, TagName } from '../model.js';
import { TAG_BADGE_NAMES } from './palette.js';

// 218 px of line at 11.5 px: about 35 characters of the widest common system font (DejaVu Sans).
export const SNIPPET_LINE_CHARS = 35;
export const SNIPPET_LINES = 2;

/** Who wrote the post; pasted text names nobody, so there the post is called by its id. */
export function authorLabel(post: Post): string {
  if (post.author) return post.author;
  return post.placeholder ? '[deleted]' : `post ${post.id}`;
}

/** The post's first words, wrapped into at most `lines` lines of `width` characters, "…" when cut. */
export function snippetLines(text: string, width = SNIPPET_LINE_CHARS, lines = SNIPPET_LINES): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width) { line = candidate; continue; }
    if (line) out.push(line);
    if (out.length === lines) return withEllipsis(out, width);
    line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
  }
  if (line) out.push(line);
  return out.length > lines ? withEllipsis(out.slice(0, lines), width) : out;
}

function withEllipsis(lines: string[], width: number): string[] {
  const last = lines[lines.length - 1]!;
  lines[lines.length - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return lines;
}

export interface TagBadge {
  tag: TagName;
  count: number;
  text: string;
}

/**
 * Tags from most to least telling about the argument: a disagreement or concession says more about a
 * sentence than that it is a claim, and a card with room for two badges should show those first.
 */
export const TAGS_BY_INFORMATION: readonly TagName[] = ['disagreement', 'concession', 'agreement', 'question', 'evidence', 'claim', 'hedge'];

/** The tag a sentence's highlight shows: its most telling one. */
export function mostInformativeTag(tags: readonly TagName[]): TagName | undefined {
  return TAGS_BY_INFORMATION.find((tag) => tags.includes(tag));
}

/** How many of the post's sentences carry each tag, most telling tag first, zero counts left out. */
export function tagBadges(post: Post): TagBadge[] {
  const counts = new Map<TagName, number>();
  for (const sentence of post.sentences) {
    for (const tag of sentence.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return TAGS_BY_INFORMATION.filter((tag) => counts.has(tag)).map((tag) => {
    const count = counts.get(tag)!;
    const [singular, plural] = TAG_BADGE_NAMES[tag];
    return { tag, count, text: `${count} ${count === 1 ? singular : plural}` };
  });
}

/** Approximate width of a badge's pill at the card's 10 px font, for laying badges out in a row. */
export function badgeWidth(badge: TagBadge): number {
  return Math.round(badge.text.length * 5.6 + 10);
}

/** The badges that fit in one row of `width` px, with their x offsets. */
export function badgeRow(badges: TagBadge[], width: number): { badge: TagBadge; x: number; width: number }[] {
  const row: { badge: TagBadge; x: number; width: number }[] = [];
  let x = 0;
  for (const badge of badges) {
    const w = badgeWidth(badge);
    if (x + w > width) break;
    row.push({ badge, x, width: w });
    x += w + 4;
  }
  return row;
}
