// The tree in SVG with d3-zoom. A small tree (up to CULL_ABOVE cards) is drawn whole; a bigger one
// only near the screen (virtualised, redrawn as you pan), which keeps panning smooth however many
// posts are open. When more than FULL_DETAIL_LIMIT cards are on screen at once, or the zoom is too far
// out to read a card, cards are drawn as blocks in their stance colour. The overview in the corner
// shows the whole layout and where the screen is in it.
import { select, zoom, zoomIdentity, type ZoomTransform } from 'd3';
import { STANCE_COLOURS, stanceKey, type StanceKey } from '../../src/layout/palette.js';
import { cardLeft, cardTop, layoutTree, linkPath, type PlacedNode, type TreeLayout } from '../../src/layout/tree-layout.js';
import type { MapDocument } from '../../src/model.js';
import { buildCard, updateCard, type Marks } from './cards.js';
import { createOverview } from './overview.js';
import { childrenShown, type TreeState } from './tree-state.js';
import { centrePoint, centreTransform, fitScale, isOnScreen, nodesNearScreen, readableFitTransform, rootAtLeft } from './view-math.js';

export const CULL_ABOVE = 300;
export const FULL_DETAIL_LIMIT = 1500;
/** Below this zoom a card's text is too small to read: cards become blocks in their stance colour. */
const MINI_SCALE = 0.3;
/** Centring on a post zooms in at least this far, so its card can be read. */
const READABLE_SCALE = 0.6;
const MIN_SCALE = 0.02;
/**
 * A fit below this zoom would leave cards unreadable: a tree that small is fitted to its width instead
 * (and scrolls), and opens with its root at the left.
 */
const LEGIBLE_FIT_SCALE = 0.55;
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
  /** Shows or hides the overview in the corner. */
  showOverview(on: boolean): void;
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
  const overview = createOverview(svgElement.parentElement!, (x, y) => {
    fitted = false;
    moveTo(centrePoint(x, y, size(), transform.k));
  });

  const inView = (): PlacedNode[] => (layout.nodes.length <= CULL_ABOVE ? layout.nodes : nodesNearScreen(layout.nodes, transform, size(), CULL_MARGIN));

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

  const zoomer = zoom<SVGSVGElement, unknown>().scaleExtent([MIN_SCALE, 2.5]).on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
    if (event.sourceEvent) fitted = false;
    transform = event.transform;
    viewport.attr('transform', transform.toString());
    overview.setViewport(transform, size());
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
  const centreOn = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    fitted = false;
    moveTo(centreTransform(node, size(), Math.max(transform.k, READABLE_SCALE)));
  };
  // Fit never shrinks cards past legibility: a tree too big is fitted to its width and read with the overview.
  // The same holds when the screen narrows (the post panel opening).
  const fit = () => {
    fitted = true;
    moveTo(readableFitTransform(layout, size(), LEGIBLE_FIT_SCALE));
  };

  new ResizeObserver(() => {
    overview.setViewport(transform, size());
    if (fitted) fit();
    else if (layout.nodes.length > CULL_ABOVE) draw();
  }).observe(svgElement);

  return {
    update() {
      active = true;
      layout = layoutTree(state.root, (item) => childrenShown(state, item));
      byId = new Map(layout.nodes.map((node) => [node.data.id, node]));
      overview.setLayout(layout);
      overview.setViewport(transform, size());
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
      // Small trees fit the screen; a big one opens at a comfortable zoom with its root at the left.
      if (fitScale(layout, size()) >= LEGIBLE_FIT_SCALE) return fit();
      if (layout.nodes[0]) moveTo(rootAtLeft(layout.nodes[0], size(), 0.8));
    },
    showOverview(on) {
      overview.element.hidden = !on;
    },
    centreOn: (id) => centreOn(id),
    ensureVisible(id) {
      const node = byId.get(id);
      if (!node) return;
      if (fitted) fit(); // the size may have just changed (the panel opening): fit it again first
      if (!isOnScreen(node, transform, size())) centreOn(id);
    },
    placed: (id) => byId.get(id),
    nodes: () => layout.nodes,
  };
}
