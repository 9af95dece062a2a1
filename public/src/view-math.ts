// Where the tree sits on screen: fitting, centring, culling. Pure arithmetic over d3-zoom transforms,
// so the tree view only decides when to use it.
import { zoomIdentity, type ZoomTransform } from 'd3';
import { CARD, cardLeft, cardTop, type PlacedNode, type TreeLayout } from '../../src/export/tree-layout.js';

export interface Size { width: number; height: number }

/** Screen px kept free around a fitted tree. */
const FIT_MARGIN = 24;

/** The zoom that shows the whole tree, never above 1 (cards are not blown up past their size). */
export function fitScale({ bounds }: TreeLayout, { width, height }: Size): number {
  const { left, top, right, bottom } = bounds;
  return Math.min((width - 2 * FIT_MARGIN) / (right - left), (height - 2 * FIT_MARGIN) / (bottom - top), 1);
}

export function fitTransform(layout: TreeLayout, size: Size, minScale: number): ZoomTransform {
  const { left, top, right, bottom } = layout.bounds;
  const k = Math.max(fitScale(layout, size), minScale);
  return zoomIdentity.translate(size.width / 2 - ((left + right) / 2) * k, size.height / 2 - ((top + bottom) / 2) * k).scale(k);
}

export function centreTransform(node: PlacedNode, { width, height }: Size, k: number): ZoomTransform {
  return zoomIdentity.translate(width / 2 - (cardLeft(node) + CARD.width / 2) * k, height / 2 - node.x * k).scale(k);
}

/** The root at the left edge, vertically centred: where a big tree opens. */
export function rootAtLeft(root: PlacedNode, { height }: Size, k: number): ZoomTransform {
  return zoomIdentity.translate(40 - cardLeft(root) * k, height / 2 - root.x * k).scale(k);
}

export function isOnScreen(node: PlacedNode, transform: ZoomTransform, { width, height }: Size): boolean {
  const [x, y] = transform.apply([cardLeft(node), cardTop(node)]);
  return x >= 0 && y >= 0 && x + CARD.width * transform.k <= width && y + CARD.height * transform.k <= height;
}

/** The cards that overlap the screen grown by `margin` px on every side. */
export function nodesNearScreen(nodes: readonly PlacedNode[], transform: ZoomTransform, { width, height }: Size, margin: number): PlacedNode[] {
  const [x0, y0] = transform.invert([-margin, -margin]);
  const [x1, y1] = transform.invert([width + margin, height + margin]);
  return nodes.filter((n) => cardLeft(n) < x1 && cardLeft(n) + CARD.width > x0 && cardTop(n) < y1 && cardTop(n) + CARD.height > y0);
}
