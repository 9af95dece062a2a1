// The argument tree as drawn on the page, every subtree expanded, as one standalone SVG file:
// the same tidy-tree layout and the same cards, a legend on top, post text escaped as XML text.
import type { MapDocument } from '../model.js';
import { FONT_FAMILY, postCardShapes, threadCardShapes, type Shape } from '../layout/card-shapes.js';
import { STANCE_COLOURS, STANCE_LABELS, stanceKey, type StanceKey } from '../layout/palette.js';
import { mapTitle } from '../layout/title.js';
import { buildTreeItems, cardLeft, cardTop, layoutTree, linkPath, type PlacedNode } from '../layout/tree-layout.js';

const MARGIN = 24;
const LEGEND_HEIGHT = 34;

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (most C0 controls) would make the file unreadable; drop them.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function shapeToSvg(shape: Shape): string {
  const attrs = Object.entries(shape.attrs).map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join('');
  return shape.text === undefined ? `<${shape.tag}${attrs}/>` : `<${shape.tag}${attrs}>${escapeXml(shape.text)}</${shape.tag}>`;
}

function cardSvg(node: PlacedNode, doc: MapDocument): string {
  const { post } = node.data;
  const shapes = post ? postCardShapes(post) : threadCardShapes(mapTitle(doc), doc.posts.length);
  const idAttr = post ? ` data-post-id="${escapeXml(post.id)}"` : '';
  const tooltip = post ? `<title>${escapeXml(post.text.slice(0, 600))}</title>` : '';
  return `<g class="node" transform="translate(${cardLeft(node)},${cardTop(node)})"${idAttr}>${tooltip}${shapes.map(shapeToSvg).join('')}</g>`;
}

function linkSvg(node: PlacedNode): string {
  const colour = STANCE_COLOURS[node.data.post ? stanceKey(node.data.post.stance) : 'root'];
  return `<path d="${linkPath(node.parent!, node)}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-opacity="0.8"/>`;
}

function legendSvg(x: number, y: number): string {
  const keys: StanceKey[] = ['agree', 'disagree', 'mixed', 'neutral', 'root'];
  return keys.map((key, i) => {
    const left = x + i * 120;
    return `<rect x="${left}" y="${y}" width="14" height="14" rx="3" fill="${STANCE_COLOURS[key]}"/>` +
      `<text x="${left + 20}" y="${y + 11}" font-size="12" fill="#1f2933">${escapeXml(STANCE_LABELS[key])}</text>`;
  }).join('');
}

export function renderSvg(doc: MapDocument): string {
  const { nodes, bounds } = layoutTree(buildTreeItems(doc.posts));
  const left = Math.min(bounds.left, 0) - MARGIN;
  const top = (nodes.length ? bounds.top : 0) - MARGIN - LEGEND_HEIGHT;
  const width = Math.max(bounds.right - left, 620) + MARGIN;
  const height = (nodes.length ? bounds.bottom : 0) - top + MARGIN;
  const title = mapTitle(doc) ?? doc.source.url ?? 'Threadmap argument tree';
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${left} ${top} ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="#f5f7fa"/>`,
    legendSvg(left + MARGIN, top + MARGIN / 2),
    `<g class="links">${nodes.filter((node) => node.parent).map(linkSvg).join('')}</g>`,
    `<g class="nodes">${nodes.map((node) => cardSvg(node, doc)).join('')}</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
