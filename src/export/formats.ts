// One exporter per file, same signature (Argdown's plugin shape); this table is how the CLI and the
// web app find them. A new format: write src/export/<format>.ts and add it here.
import type { MapDocument } from '../model.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

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
} satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;

export function isExportFormat(format: string): format is ExportFormat {
  return Object.hasOwn(EXPORTERS, format);
}
