// Export buttons. On the server they download /api/maps/ID/export?format=…; in a saved HTML file, with
// no server, the same exporters run here and the download is made from a Blob.
import { renderAif } from '../../src/export/aif.js';
import { renderArgdown } from '../../src/export/argdown.js';
import { renderJson } from '../../src/export/json.js';
import { renderMarkdown } from '../../src/export/markdown.js';
import { renderSvg } from '../../src/export/svg.js';
import type { MapDocument } from '../../src/model.js';
import { byId } from './dom.js';

const OFFLINE: Record<string, { render(doc: MapDocument): string; type: string; extension: string }> = {
  md: { render: renderMarkdown, type: 'text/markdown', extension: 'md' },
  json: { render: renderJson, type: 'application/json', extension: 'json' },
  argdown: { render: renderArgdown, type: 'text/plain', extension: 'argdown' },
  aif: { render: renderAif, type: 'application/json', extension: 'aif.json' },
  svg: { render: renderSvg, type: 'image/svg+xml', extension: 'svg' },
};

export function wireExports(doc: MapDocument, mapId: string | null): void {
  byId('exports').hidden = false;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#exports a[data-format]')) {
    const format = link.dataset.format!;
    if (mapId) {
      link.href = `/api/maps/${encodeURIComponent(mapId)}/export?format=${format}`;
      continue;
    }
    const offline = OFFLINE[format];
    if (!offline) {
      link.hidden = true; // this file is the HTML export
      continue;
    }
    link.download = `threadmap.${offline.extension}`;
    link.href = '#';
    link.addEventListener('click', () => {
      // Made on click, not at load: a 5,000-post thread's exports would slow the first drawing.
      if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
      link.href = URL.createObjectURL(new Blob([offline.render(doc)], { type: offline.type }));
    });
  }
}
