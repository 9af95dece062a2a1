// A node's card in the page's SVG, built from the same shapes the SVG export prints (card-shapes.ts),
// plus what only the page has: the "+N replies" toggle and state classes (selected, search hit…).
import { postCardShapes, threadCardShapes, type Shape } from '../../src/layout/card-shapes.js';
import { authorLabel } from '../../src/layout/card.js';
import { STANCE_COLOURS, stanceKey } from '../../src/layout/palette.js';
import { mapTitle } from '../../src/layout/title.js';
import { CARD, type PlacedNode, type TreeItem } from '../../src/layout/tree-layout.js';
import type { MapDocument } from '../../src/model.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Marks {
  selected: string | null;
  /** Search hits, and the one the search is on. */
  hits: Set<string> | null;
  current: string | null;
  /** Under a filter, the posts it keeps (others drawn are context). */
  matches: Set<string> | null;
}

function shapeElement(shape: Shape): SVGElement {
  const node = document.createElementNS(SVG_NS, shape.tag);
  for (const [name, value] of Object.entries(shape.attrs)) node.setAttribute(name, String(value));
  if (shape.text !== undefined) node.textContent = shape.text;
  return node;
}

/** Fills an entering `<g>`: a full card, or in `mini` mode (thousands in view) just its outline. */
export function buildCard(g: SVGGElement, item: TreeItem, doc: MapDocument, mini: boolean): void {
  g.setAttribute('class', mini ? 'node mini' : 'node');
  const { post } = item;
  if (!post) {
    g.classList.add('thread-node');
    for (const shape of threadCardShapes(mapTitle(doc), doc.posts.length)) g.appendChild(shapeElement(shape));
    return;
  }
  g.setAttribute('data-post-id', post.id);
  g.setAttribute('aria-label', `${authorLabel(post)}: ${post.text.slice(0, 120)}`);
  if (mini) {
    g.appendChild(shapeElement({ tag: 'rect', attrs: { class: 'card-bg', width: CARD.width, height: CARD.height, rx: 6, fill: STANCE_COLOURS[stanceKey(post.stance)] } }));
    return;
  }
  for (const shape of postCardShapes(post)) g.appendChild(shapeElement(shape));
}

/**
 * The collapse control. Collapsed: a "+N replies" pill inside the card, always shown. Open: a small "−"
 * on the card's right edge, where its links start, shown on hover so a small tree stays uncluttered.
 */
function setToggle(g: SVGGElement, id: string, collapsed: boolean, replies: number, open: boolean): void {
  const label = collapsed ? `+${replies} ${replies === 1 ? 'reply' : 'replies'}` : open ? '−' : '';
  // The label drawn last is kept on the card, so a redraw only touches cards whose toggle changed.
  if (g.dataset.toggleLabel === label) return;
  g.dataset.toggleLabel = label;
  g.querySelector(':scope > .toggle')?.remove();
  if (!label) return;
  const toggle = document.createElementNS(SVG_NS, 'g');
  toggle.setAttribute('class', collapsed ? 'toggle toggle-closed' : 'toggle toggle-open');
  toggle.setAttribute('data-toggle', id);
  toggle.setAttribute('role', 'button');
  toggle.setAttribute('aria-label', collapsed ? `Show ${replies} replies` : 'Hide the replies');
  if (collapsed) {
    const width = Math.round(label.length * 5.8 + 14);
    toggle.setAttribute('transform', `translate(${CARD.width - width - 6},${CARD.height - 20})`);
    toggle.append(
      shapeElement({ tag: 'rect', attrs: { width, height: 16, rx: 8 } }),
      shapeElement({ tag: 'text', attrs: { x: width / 2, y: 11.5, 'text-anchor': 'middle', 'font-size': 10 }, text: label }),
    );
  } else {
    toggle.setAttribute('transform', `translate(${CARD.width},${CARD.height / 2})`);
    toggle.append(
      shapeElement({ tag: 'rect', attrs: { x: -8, y: -8, width: 16, height: 16, rx: 8 } }),
      shapeElement({ tag: 'text', attrs: { y: 4, 'text-anchor': 'middle', 'font-size': 13 }, text: label }),
    );
  }
  g.appendChild(toggle);
}

export function updateCard(g: SVGGElement, node: PlacedNode, collapsed: boolean, replies: number, marks: Marks, mini: boolean): void {
  const id = node.data.id;
  g.classList.toggle('selected', marks.selected === id);
  g.classList.toggle('hit', marks.hits?.has(id) ?? false);
  g.classList.toggle('current-hit', marks.current === id);
  g.classList.toggle('context', marks.matches !== null && node.data.post !== null && !marks.matches.has(id));
  g.classList.toggle('collapsed', collapsed);
  if (!mini && node.data.post) setToggle(g, id, collapsed, replies, (node.children?.length ?? 0) > 0);
}
