// One exporter per file, same signature (Argdown's plugin shape); this table is how the CLI and the
// web app find them. A new format: write src/export/<format>.ts and add it here.
import type { MapDocument } from '../model.js';
import { renderAif } from './aif.js';
import { renderArgdown } from './argdown.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSvg } from './svg.js';

export interface Exporter {
  /** MIME type of the download. */
  contentType: string;
  /** File extension, without the dot. */
  extension: string;
  render(doc: MapDocument): string;
}

export const EXPORTERS = {
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md', render: renderMarkdown },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', render: renderJson },
  argdown: { contentType: 'text/plain; charset=utf-8', extension: 'argdown', render: renderArgdown },
  aif: { contentType: 'application/json; charset=utf-8', extension: 'aif.json', render: renderAif },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', render: renderHtml },
  svg: { contentType: 'image/svg+xml; charset=utf-8', extension: 'svg', render: renderSvg },
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;

export function isExportFormat(format: string): format is ExportFormat {
  return Object.hasOwn(EXPORTERS, format);
}
