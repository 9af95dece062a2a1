// What a post's card says, shared by the page and the SVG export: author, first words, tag badges.
// SVG text does not wrap, so the first words are wrapped here by character count.
import type { Post, TagName } from '../model.js';
import { STANCE_LABELS, TAG_BADGE_NAMES, TAG_PRIORITY, TAG_SHORT_NAMES, stanceKey } from './palette.js';

// 218 px of line at 11.5 px: about 35 characters of the widest common system font (DejaVu Sans).
export const SNIPPET_LINE_CHARS = 35;
export const SNIPPET_LINES = 2;

/** Who wrote the post; pasted text names nobody, so there the post is called by its id. */
export function authorLabel(post: Post): string {
  if (post.author) return post.author;
  return post.placeholder ? '[deleted]' : `post ${post.id}`;
}

/** What the card says of the post's place: its stance toward its parent, "opening post", or "deleted". */
export function stanceText(post: Post): string {
  if (post.placeholder) return 'deleted';
  if (!post.stance && post.parentId !== null) return 'reply';
  return STANCE_LABELS[stanceKey(post.stance)];
}

/** The words a card shows: the post's text, a link post's title (it has no text), or why there is none. */
export function cardText(post: Post): string {
  if (post.text.trim()) return post.text;
  if (post.placeholder) return '(deleted)';
  return post.title?.trim() || '(no text)';
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
  /** The same, shorter ("2 disagree"), for a card with little room. */
  short: string;
}

/** How many of the post's sentences carry each tag, most telling tag first (disagreement, concession…), zero counts left out. */
export function tagBadges(post: Post): TagBadge[] {
  const counts = new Map<TagName, number>();
  for (const sentence of post.sentences) {
    for (const tag of sentence.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return TAG_PRIORITY.filter((tag) => counts.has(tag)).map((tag) => {
    const count = counts.get(tag)!;
    const [singular, plural] = TAG_BADGE_NAMES[tag];
    return { tag, count, text: `${count} ${count === 1 ? singular : plural}`, short: `${count} ${TAG_SHORT_NAMES[tag]}` };
  });
}

/** Approximate width of a badge's pill with this text at the card's 10 px font. */
export function badgeWidth(text: string): number {
  return Math.round(text.length * 5.6 + 10);
}

export interface PlacedBadge {
  badge: TagBadge;
  text: string;
  x: number;
  width: number;
}

function placeBadges(badges: TagBadge[], width: number, textOf: (badge: TagBadge) => string): PlacedBadge[] {
  const row: PlacedBadge[] = [];
  let x = 0;
  for (const badge of badges) {
    const text = textOf(badge);
    const w = badgeWidth(text);
    if (x + w > width) break;
    row.push({ badge, text, x, width: w });
    x += w + 4;
  }
  return row;
}

/**
 * The badges that fit in one row of `width` px, with their x offsets: full words when they all fit,
 * else the short ones. Badges come most telling first, so what is left out is the least telling.
 */
export function badgeRow(badges: TagBadge[], width: number): PlacedBadge[] {
  const full = placeBadges(badges, width, (badge) => badge.text);
  return full.length === badges.length ? full : placeBadges(badges, width, (badge) => badge.short);
}
