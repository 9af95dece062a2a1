// The tree in SVG with d3-zoom. A small tree (up to CULL_ABOVE cards) is drawn whole; a bigger one
// only near the screen (virtualised, redrawn as you pan), which keeps panning smooth however many
// posts are open. When more than FULL_DETAIL_LIMIT cards are on screen at once, or the zoom is too far
// out to read a card, cards are drawn as blocks in their stance colour: an overview.
import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import { STANCE_COLOURS, stanceKey, type StanceKey } from '../../src/export/palette.js';
import { CARD, cardLeft, cardTop, layoutTree, linkPath, type PlacedNode, type TreeLayout } from '../../src/export/tree-layout.js';
import type { MapDocument } from '../../src/model.js';
import { buildCard, updateCard, type Marks } from './cards.js';
import { childrenShown, type TreeState } from './tree-state.js';

export const CULL_ABOVE = 300;
export const FULL_DETAIL_LIMIT = 1500;
/** Below this zoom a card's text is too small to read: cards become blocks in their stance colour. */
const MINI_SCALE = 0.3;
/** Cards this far outside the screen (in screen px) are drawn too, so a short pan shows no gap. */
const CULL_MARGIN = 160;

export interface TreeViewHandlers {
  onOpen(id: string): void;
  onToggle(id: string): void;
}

export interface TreeView {
  /** Lays the tree out again (after a collapse, filter or search) and draws it. */
  update(): void;
  /** Draws the current layout again (after a selection or mark change). */
  draw(): void;
  /** Removes every card (the outline view is showing) until the next `update`. */
  clear(): void;
  fit(): void;
  initialView(): void;
  centreOn(id: string): void;
  ensureVisible(id: string): void;
  placed(id: string): PlacedNode | undefined;
  nodes(): readonly PlacedNode[];
}

export function createTreeView(svgElement: SVGSVGElement, state: TreeState, doc: MapDocument, marks: Marks, handlers: TreeViewHandlers): TreeView {
  const svg = select(svgElement);
  const viewport = svg.append('g').attr('class', 'viewport');
  const linkLayer = viewport.append('g').attr('class', 'links');
  const nodeLayer = viewport.append('g').attr('class', 'nodes');
  const stanceKeys = Object.keys(STANCE_COLOURS) as StanceKey[];
  const linkPaths = new Map(stanceKeys.map((key) => [key, linkLayer.append('path').attr('class', `link link-${key}`).attr('stroke', STANCE_COLOURS[key]).node()!]));
  let layout: TreeLayout = { nodes: [], bounds: { left: 0, top: 0, right: 0, bottom: 0 } };
  let byId = new Map<string, PlacedNode>();
  let transform: ZoomTransform = zoomIdentity;
  let active = true;
  // While the view is a fit (nobody has zoomed or panned since), a resize (the post panel opening,
  // the window changing) fits again, so the whole tree stays in sight.
  let fitted = false;
  let drawnMini = false;

  const size = () => ({ width: svgElement.clientWidth || 800, height: svgElement.clientHeight || 600 });

  const inView = (): PlacedNode[] => {
    if (layout.nodes.length <= CULL_ABOVE) return layout.nodes;
    const { width, height } = size();
    const [x0, y0] = transform.invert([-CULL_MARGIN, -CULL_MARGIN]);
    const [x1, y1] = transform.invert([width + CULL_MARGIN, height + CULL_MARGIN]);
    return layout.nodes.filter((n) => cardLeft(n) < x1 && cardLeft(n) + CARD.width > x0 && cardTop(n) < y1 && cardTop(n) + CARD.height > y0);
  };

  const draw = () => {
    if (!active) return;
    const visible = inView();
    const mini = visible.length > FULL_DETAIL_LIMIT || transform.k < MINI_SCALE;
    if (mini !== drawnMini) nodeLayer.selectAll('g.node').remove(); // every card changes form
    drawnMini = mini;
    const cards = nodeLayer.selectAll<SVGGElement, PlacedNode>('g.node').data(visible, (d) => d.data.id);
    cards.exit().remove();
    const entered = cards.enter().append('g').each(function (d) { buildCard(this, d.data, doc, mini); });
    entered.merge(cards)
      .attr('transform', (d) => `translate(${cardLeft(d)},${cardTop(d)})`)
      .each(function (d) { updateCard(this, d, state.collapsed.has(d.data.id), state.replies.get(d.data.id) ?? 0, marks, mini); });
    const paths = new Map<StanceKey, string[]>(stanceKeys.map((key) => [key, []]));
    for (const node of visible) {
      if (node.parent) paths.get(stanceKey(node.data.post?.stance ?? null))!.push(linkPath(node.parent, node));
    }
    for (const [key, element] of linkPaths) element.setAttribute('d', paths.get(key)!.join(''));
  };

  const zoomer = zoom<SVGSVGElement, unknown>().scaleExtent([0.02, 2.5]).on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
    if (event.sourceEvent) fitted = false;
    transform = event.transform;
    viewport.attr('transform', transform.toString());
    if (layout.nodes.length > CULL_ABOVE || drawnMini !== transform.k < MINI_SCALE) draw();
  });
  svg.call(zoomer).on('dblclick.zoom', null);

  nodeLayer.on('click', (event: MouseEvent) => {
    const target = event.target as Element;
    const toggle = target.closest('[data-toggle]');
    if (toggle) return handlers.onToggle(toggle.getAttribute('data-toggle')!);
    const card = target.closest('[data-post-id]');
    if (card) handlers.onOpen(card.getAttribute('data-post-id')!);
  });

  const moveTo = (next: ZoomTransform) => svg.call(zoomer.transform, next);
  const centreOn = (id: string, scale = Math.max(transform.k, 0.6)) => {
    const node = byId.get(id);
    if (!node) return;
    fitted = false;
    const { width, height } = size();
    moveTo(zoomIdentity.translate(width / 2 - (cardLeft(node) + CARD.width / 2) * scale, height / 2 - node.x * scale).scale(scale));
  };
  const fitScale = () => {
    const { width, height } = size();
    const { left, top, right, bottom } = layout.bounds;
    return Math.min((width - 48) / (right - left), (height - 48) / (bottom - top), 1); // 24 px of margin all round
  };
  const fit = () => {
    const { width, height } = size();
    const { left, top, right, bottom } = layout.bounds;
    const k = Math.max(fitScale(), 0.02);
    fitted = true;
    moveTo(zoomIdentity.translate(width / 2 - ((left + right) / 2) * k, height / 2 - ((top + bottom) / 2) * k).scale(k));
  };

  new ResizeObserver(() => {
    if (fitted) fit();
    else if (layout.nodes.length > CULL_ABOVE) draw();
  }).observe(svgElement);

  return {
    update() {
      active = true;
      layout = layoutTree(state.root, (item) => childrenShown(state, item));
      byId = new Map(layout.nodes.map((node) => [node.data.id, node]));
      draw();
      if (fitted) fit();
    },
    draw,
    clear() {
      active = false;
      nodeLayer.selectAll('*').remove();
      for (const element of linkPaths.values()) element.setAttribute('d', '');
    },
    fit,
    initialView() {
      // Small trees fit the screen; a big one opens at a readable zoom with its root at the left.
      if (fitScale() >= 0.55) return fit();
      const root = layout.nodes[0];
      if (!root) return;
      const k = 0.8;
      moveTo(zoomIdentity.translate(40 - cardLeft(root) * k, size().height / 2 - root.x * k).scale(k));
    },
    centreOn: (id) => centreOn(id),
    ensureVisible(id) {
      const node = byId.get(id);
      if (!node) return;
      if (fitted) fit(); // the size may have just changed (the panel opening): fit it again first
      const { width, height } = size();
      const [x, y] = transform.apply([cardLeft(node), cardTop(node)]);
      const inside = x >= 0 && y >= 0 && x + CARD.width * transform.k <= width && y + CARD.height * transform.k <= height;
      if (!inside) centreOn(id);
    },
    placed: (id) => byId.get(id),
    nodes: () => layout.nodes,
  };
}
