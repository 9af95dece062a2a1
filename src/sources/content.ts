// Raw bytes or a fetched body → SourceContent: decoded text, and parsed JSON when it is JSON.
import { refuseDeepHtml } from '../guard/nesting.js';
import type { SourceContent } from '../model.js';

export function toSourceContent(text: string, url: string | null = null, contentType: string | null = null): SourceContent {
  refuseDeepHtml(text, url ?? 'the text');
  const trimmed = text.trimStart();
  let json: unknown;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try { json = JSON.parse(trimmed); } catch { json = undefined; }
  }
  return { text, json, url, contentType };
}

/** A JSON object's property, or undefined: adapters read untrusted JSON of unknown shape. */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
