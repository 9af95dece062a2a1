// The overview: the whole laid-out tree in a small box in the corner, one mark per card in its stance
// colour, and a frame showing the part of the tree on screen. Clicking or dragging in the box moves
// the view there; panning or zooming the tree moves the frame. A canvas, redrawn only after a
// relayout, so even 5,000 cards cost a few milliseconds; the frame is a positioned element.
import type { ZoomTransform } from 'd3';
import { STANCE_COLOURS, stanceKey } from '../../src/layout/palette.js';
import { CARD, cardLeft, cardTop, type TreeLayout } from '../../src/layout/tree-layout.js';
import { el } from './dom.js';
import type { Size } from './view-math.js';

/** The box's longer side, in CSS px. */
const BOX = 180;
/** A tree more elongated than this is stretched to this aspect, so a tall thread is not a thin line. */
const MAX_ASPECT = 2.5;
/** The thread node of a multi-root map (it has no stance). */
const THREAD_COLOUR = '#52606d';

export interface OverviewScale {
  width: number;
  height: number;
  /** Tree px to box px, across and down (they differ only for very elongated trees). */
  sx: number;
  sy: number;
  left: number;
  top: number;
}

/** Where the layout sits in the box. */
export function overviewScale({ bounds }: TreeLayout): OverviewScale {
  const treeWidth = Math.max(bounds.right - bounds.left, 1);
  const treeHeight = Math.max(bounds.bottom - bounds.top, 1);
  const aspect = Math.min(Math.max(treeWidth / treeHeight, 1 / MAX_ASPECT), MAX_ASPECT);
  const width = Math.round(aspect >= 1 ? BOX : BOX * aspect);
  const height = Math.round(aspect >= 1 ? BOX / aspect : BOX);
  return { width, height, sx: width / treeWidth, sy: height / treeHeight, left: bounds.left, top: bounds.top };
}

/** The screen's part of the tree as a rectangle in box px (not clipped to the box). */
export function frameRect(scale: OverviewScale, transform: ZoomTransform, { width, height }: Size): { x: number; y: number; width: number; height: number } {
  const [x0, y0] = transform.invert([0, 0]);
  const [x1, y1] = transform.invert([width, height]);
  return { x: (x0 - scale.left) * scale.sx, y: (y0 - scale.top) * scale.sy, width: (x1 - x0) * scale.sx, height: (y1 - y0) * scale.sy };
}

/** The tree point under box px (x, y). */
export function treePoint(scale: OverviewScale, x: number, y: number): [number, number] {
  return [scale.left + x / scale.sx, scale.top + y / scale.sy];
}

export interface Overview {
  readonly element: HTMLElement;
  /** Draws the marks again for a new layout. */
  setLayout(layout: TreeLayout): void;
  /** Moves the frame to what the screen shows. */
  setViewport(transform: ZoomTransform, size: Size): void;
}

/** Builds the overview inside `parent`; `onMove` is asked to centre the view on a tree point. */
export function createOverview(parent: HTMLElement, onMove: (x: number, y: number) => void): Overview {
  const canvas = el('canvas');
  const frame = el('div', { class: 'overview-frame' });
  const element = el('div', { class: 'overview', id: 'overview', role: 'img', 'aria-label': 'Overview of the whole tree: click or drag to move the view' }, canvas, frame);
  parent.append(element);
  let scale: OverviewScale | null = null;

  const moveToPointer = (event: PointerEvent) => {
    if (!scale) return;
    const box = canvas.getBoundingClientRect();
    const x = Math.min(Math.max(event.clientX - box.left, 0), box.width);
    const y = Math.min(Math.max(event.clientY - box.top, 0), box.height);
    onMove(...treePoint(scale, x, y));
  };
  element.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    element.setPointerCapture(event.pointerId);
    moveToPointer(event);
  });
  element.addEventListener('pointermove', (event) => {
    if (element.hasPointerCapture(event.pointerId)) moveToPointer(event);
  });

  return {
    element,
    setLayout(layout) {
      scale = overviewScale(layout);
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(scale.width * ratio);
      canvas.height = Math.round(scale.height * ratio);
      canvas.style.width = `${scale.width}px`;
      canvas.style.height = `${scale.height}px`;
      const context = canvas.getContext('2d')!;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, scale.width, scale.height);
      // At least a pixel each way, so a card in a 5,000-post tree still leaves a mark.
      const markWidth = Math.max(CARD.width * scale.sx, 1);
      const markHeight = Math.max(CARD.height * scale.sy, 1);
      // One path per colour, filled once: a handful of fills instead of one per card.
      const marks = new Map<string, Path2D>();
      for (const node of layout.nodes) {
        const colour = node.data.post ? STANCE_COLOURS[stanceKey(node.data.post.stance)] : THREAD_COLOUR;
        if (!marks.has(colour)) marks.set(colour, new Path2D());
        marks.get(colour)!.rect((cardLeft(node) - scale.left) * scale.sx, (cardTop(node) - scale.top) * scale.sy, markWidth, markHeight);
      }
      for (const [colour, path] of marks) {
        context.fillStyle = colour;
        context.fill(path);
      }
    },
    setViewport(transform, size) {
      if (!scale) return;
      const rect = frameRect(scale, transform, size);
      // Clipped to the box: zoomed far out, the frame is the whole box.
      const x = Math.min(Math.max(rect.x, 0), scale.width - 2);
      const y = Math.min(Math.max(rect.y, 0), scale.height - 2);
      frame.style.left = `${x}px`;
      frame.style.top = `${y}px`;
      frame.style.width = `${Math.max(Math.min(rect.x + rect.width, scale.width) - x, 2)}px`;
      frame.style.height = `${Math.max(Math.min(rect.y + rect.height, scale.height) - y, 2)}px`;
    },
  };
}
