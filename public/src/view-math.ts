// Where the tree sits on screen: fitting, centring, culling. Pure arithmetic over d3-zoom transforms,
// so the tree view only decides when to use it.
import { zoomIdentity, type ZoomTransform } from 'd3';
import { CARD, cardLeft, cardTop, type PlacedNode, type TreeLayout } from '../../src/layout/tree-layout.js';

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

export function centreTransform(node: PlacedNode, size: Size, k: number): ZoomTransform {
  return centrePoint(cardLeft(node) + CARD.width / 2, node.x, size, k);
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

/**
 * Fit for a tree too big to fit legibly: the tree's width fills the screen, at `legible` zoom or more
 * (at most 1). Each way, a tree that still fits is centred; one that does not starts at its top or its
 * left edge (the root's column). Returns the plain fit when that is legible already.
 */
export function readableFitTransform(layout: TreeLayout, size: Size, legible: number): ZoomTransform {
  if (fitScale(layout, size) >= legible) return fitTransform(layout, size, legible);
  const { left, top, right, bottom } = layout.bounds;
  const k = Math.min(Math.max((size.width - 2 * FIT_MARGIN) / (right - left), legible), 1);
  const place = (low: number, high: number, room: number) =>
    (high - low) * k <= room - 2 * FIT_MARGIN ? room / 2 - ((low + high) / 2) * k : FIT_MARGIN - low * k;
  return zoomIdentity.translate(place(left, right, size.width), place(top, bottom, size.height)).scale(k);
}

/** The transform at zoom `k` with tree point (x, y) in the middle of the screen. */
export function centrePoint(x: number, y: number, { width, height }: Size, k: number): ZoomTransform {
  return zoomIdentity.translate(width / 2 - x * k, height / 2 - y * k).scale(k);
}
