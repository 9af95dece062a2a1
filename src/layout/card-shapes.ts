// A card as a list of SVG primitives, so the page (which builds them with d3) and the SVG export
// (which prints them) draw the same thing. Presentation attributes, not CSS, so an exported SVG
// looks right on its own; the page's stylesheet only adds states (selected, search match).
import type { Post } from '../model.js';
import { authorLabel, badgeRow, cardText, snippetLines, stanceText, tagBadges } from './card.js';
import { STANCE_COLOURS, TAG_COLOURS, stanceKey } from './palette.js';
import { CARD } from './tree-layout.js';

export interface Shape {
  tag: 'rect' | 'text';
  attrs: Record<string, string | number>;
  /** Text content (for `text`), always inserted as text, never parsed as markup. */
  text?: string;
}

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const INK = '#1f2933';
const MUTED = '#52606d';
const PAD = 14;

function background(stroke: string): Shape[] {
  return [
    { tag: 'rect', attrs: { class: 'card-bg', width: CARD.width, height: CARD.height, rx: 6, fill: '#ffffff', stroke, 'stroke-width': 1 } },
  ];
}

export function postCardShapes(post: Post): Shape[] {
  const key = stanceKey(post.stance);
  const colour = STANCE_COLOURS[key];
  const shapes: Shape[] = [
    ...background('#cbd2d9'),
    { tag: 'rect', attrs: { class: 'card-stance', width: 6, height: CARD.height, rx: 3, fill: colour } },
    { tag: 'text', attrs: { class: 'card-author', x: PAD, y: 17, 'font-size': 12, 'font-weight': 600, fill: INK }, text: clip(authorLabel(post), 24) },
    { tag: 'text', attrs: { class: 'card-stance-label', x: CARD.width - 8, y: 17, 'font-size': 10, 'text-anchor': 'end', fill: colour }, text: stanceText(post) },
  ];
  snippetLines(cardText(post)).forEach((line, i) => {
    shapes.push({ tag: 'text', attrs: { class: 'card-snippet', x: PAD, y: 33 + i * 14, 'font-size': 11.5, fill: MUTED }, text: line });
  });
  for (const { badge, text, x, width } of badgeRow(tagBadges(post), CARD.width - PAD - 76)) {
    shapes.push(
      { tag: 'rect', attrs: { class: `badge badge-${badge.tag}`, x: PAD + x, y: 55, width, height: 14, rx: 7, fill: TAG_COLOURS[badge.tag] } },
      { tag: 'text', attrs: { class: 'badge-text', x: PAD + x + width / 2, y: 65, 'font-size': 10, 'text-anchor': 'middle', fill: INK }, text },
    );
  }
  return shapes;
}

/** The node standing for the whole thread when it has several opening posts. */
export function threadCardShapes(title: string | null, posts: number): Shape[] {
  return [
    ...background('#34495e'),
    ...snippetLines(title ?? 'Thread', 30, 2).map((line, i): Shape => (
      { tag: 'text', attrs: { class: 'card-author', x: PAD, y: 22 + i * 16, 'font-size': 12.5, 'font-weight': 600, fill: INK }, text: line })),
    { tag: 'text', attrs: { class: 'card-snippet', x: PAD, y: 62, 'font-size': 11.5, fill: MUTED }, text: `${posts} ${posts === 1 ? 'post' : 'posts'}` },
  ];
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
