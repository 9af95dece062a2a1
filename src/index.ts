// The library API (`import { analyze, tag } from 'threadmap'`): the same pipeline and tagger as the
// command line, typed by src/model.ts. Only what a caller needs is exported; the rest may change.
import type { MapDocument } from './model.js';
import { analyze as runPipeline, type AnalyzeInput, type AnalyzeOptions } from './pipeline.js';

export type { AnalyzeInput, AnalyzeOptions } from './pipeline.js';
export type { Diagnostic, MapDocument, MapStats, Post, Progress, Quote, Sentence, Stance, StanceLabel, Summary, TagName } from './model.js';
export { TAGS } from './model.js';
export { EXPORTERS, isExportFormat, type ExportFormat } from './export/formats.js';
export { ThreadmapError, type ErrorCode } from './errors.js';
export { tag, type TagResult } from './library/tag.js';
export type { CompactDocument } from './model.js';
export { compactDocument } from './compact/pack.js';
export { expandDocument, readMapDocument } from './compact/expand.js';

/**
 * A thread → its map document (schema threadmap/1). `source` is a thread URL, or `{ url }`, or
 * `{ text }` for a pasted thread or a saved API response or page (recognised from its content).
 * Fails with a ThreadmapError whose `code` says why (bad-input, too-large, refused-url, fetch-failed…).
 */
export function analyze(source: string | AnalyzeInput, options: AnalyzeOptions = {}): Promise<MapDocument> {
  return runPipeline(typeof source === 'string' ? { url: source } : source, options);
}
