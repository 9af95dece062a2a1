import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { frameRect, overviewScale, treePoint } from '../../public/src/overview.js';
import { formatBytes, textBody, tooLargeMessage } from '../../public/src/upload.js';
import { fitScale, isOnScreen, readableFitTransform } from '../../public/src/view-math.js';
import { buildTreeItems, layoutTree } from '../../src/layout/tree-layout.js';
import type { Post } from '../../src/model.js';
import { BODY_LIMIT_BYTES } from '../../src/server/body-limit.js';
import { sampleDocument } from '../fixtures/web/documents.js';

/** An opening post with `n` direct replies: a tree far taller than it is wide. */
function wideThread(n: number) {
  const [first, reply] = sampleDocument().posts as [Post, Post];
  return layoutTree(buildTreeItems([first, ...Array.from({ length: n }, (_, i) => ({ ...reply, id: `r${i}`, parentId: first.id }))]));
}

describe('the overview', () => {
  it('fits a tall tree into the box, stretched no more than 2.5 : 1', () => {
    const scale = overviewScale(wideThread(500));
    expect(scale.height).toBe(180);
    expect(scale.width).toBe(72);
  });

  it('frames the screen\'s part of the tree, and maps a box point back to the tree', () => {
    const layout = wideThread(500);
    const scale = overviewScale(layout);
    const size = { width: 1000, height: 800 };
    const transform = zoomIdentity.translate(-layout.bounds.left, -layout.bounds.top);
    const frame = frameRect(scale, transform, size);
    expect(frame.x).toBeCloseTo(0);
    expect(frame.y).toBeCloseTo(0);
    expect(frame.height).toBeCloseTo(800 * scale.sy);
    const [x, y] = treePoint(scale, frame.x + frame.width, frame.y + frame.height);
    expect(x).toBeCloseTo(layout.bounds.left + 1000);
    expect(y).toBeCloseTo(layout.bounds.top + 800);
  });
});

describe('fitting a big tree', () => {
  it('fits a 500-reply thread to its width at a readable zoom, from the top', () => {
    const layout = wideThread(500);
    const size = { width: 1200, height: 800 };
    expect(fitScale(layout, size)).toBeLessThan(0.05);
    const t = readableFitTransform(layout, size, 0.55);
    expect(t.k).toBe(1); // two columns of cards fit the width at full size
    const top = layout.nodes.reduce((a, b) => (b.x < a.x ? b : a));
    expect(isOnScreen(top, t, size)).toBe(true);
  });

  it('fits a small tree whole, as before', () => {
    const layout = layoutTree(buildTreeItems(sampleDocument().posts));
    const t = readableFitTransform(layout, { width: 1400, height: 800 }, 0.55);
    for (const node of layout.nodes) expect(isOnScreen(node, t, { width: 1400, height: 800 })).toBe(true);
  });
});

describe('upload size', () => {
  it('states sizes as people read them, rounding up over the limit', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(20_480)).toBe('20 KB');
    expect(formatBytes(BODY_LIMIT_BYTES + 1)).toBe('5.1 MB');
  });

  it('refuses more than the server takes, with the limit in the sentence', () => {
    expect(tooLargeMessage('“a.json”', BODY_LIMIT_BYTES)).toBeNull();
    expect(tooLargeMessage('“a.json”', 6 * 1024 * 1024)).toBe('“a.json” is 6.0 MB; Threadmap takes up to 5 MB. Give the thread\'s URL instead, or save a shorter page.');
    expect(textBody('x'.repeat(1000), 'The pasted text')).toEqual({ body: JSON.stringify({ text: 'x'.repeat(1000) }) });
    expect(textBody('\n'.repeat(BODY_LIMIT_BYTES / 2 + 10), 'The pasted text')).toEqual({ error: expect.stringMatching(/^The pasted text is 5\.1 MB once sent;/) });
  });
});
