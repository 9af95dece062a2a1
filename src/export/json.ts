import type { MapDocument } from '../model.js';

/** The `threadmap/1` document as JSON (CONTRACT §3), pretty-printed for people who open the file. */
export function renderJson(doc: MapDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
