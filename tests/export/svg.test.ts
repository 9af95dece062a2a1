import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/export/svg.js';
import { buildTreeItems, cardLeft, cardTop, layoutTree } from '../../src/layout/tree-layout.js';
import { STANCE_COLOURS } from '../../src/layout/palette.js';
import { HOSTILE_TEXT, sampleDocument } from '../fixtures/web/documents.js';

describe('SVG export', () => {
  const doc = sampleDocument();
  const svg = renderSvg(doc);
  const $ = load(svg, { xml: true });

  it('draws one card per post where the page draws it', () => {
    const cards = $('g[data-post-id]');
    expect(cards.length).toBe(doc.posts.length);
    const { nodes } = layoutTree(buildTreeItems(doc.posts));
    for (const node of nodes) {
      expect($(`g[data-post-id="${node.data.id}"]`).attr('transform')).toBe(`translate(${cardLeft(node)},${cardTop(node)})`);
    }
  });

  it('colours each card by its stance with the shared palette, legend included', () => {
    expect($('g[data-post-id="3"] .card-stance').attr('fill')).toBe(STANCE_COLOURS.disagree);
    expect($('g[data-post-id="2"] .card-stance').attr('fill')).toBe(STANCE_COLOURS.agree);
    expect($('rect[fill="' + STANCE_COLOURS.mixed + '"]').length).toBeGreaterThanOrEqual(2);
  });

  it('escapes post text, so hostile markup is text in the file', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect($('g[data-post-id="3"] > title').text()).toContain(HOSTILE_TEXT.slice(0, 80));
  });
});
