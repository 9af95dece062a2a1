// The pipeline, in the order things run: source → clean → dedup → tag → argument → map. `analyze` reads the
// source (src/sources: posts as read, or pasted text's paragraphs); `buildMap` runs the rest, one call a
// stage. Each stage is a function of the previous one's output; problems travel on the document's
// diagnostics, fatal ones are ThreadmapErrors.
import { analyzeArgument, type ArgumentOptions } from './argument/index.js';
import { shownNames } from './clean/names.js';
import { dedupThread } from './dedup/thread.js';
import { mapDocument } from './map/document.js';
import type { Diagnostic, HttpClient, MapDocument, Post, ProgressListener, RawThread } from './model.js';
import { addressIn, parseThreadUrl } from './sources/address.js';
import { toSourceContent } from './sources/content.js';
import { readContent, readUrl } from './sources/dispatch.js';
import { tagPosts } from './tag/posts.js';
import { threadSize, twoCoreTagger } from './tag/two-cores.js';

export { parseThreadUrl };

export type AnalyzeInput =
  | { url: string }
  /** `diagnostics`: what decoding the bytes found (e.g. not UTF-8), carried onto the map. */
  | { text: string; url?: string | null; diagnostics?: Diagnostic[] };

export interface AnalyzeOptions {
  /** How URLs are fetched; default: the SSRF-safe, polite client of src/fetch. */
  http?: HttpClient;
  onProgress?: ProgressListener;
  /** Most follow-up requests one thread may make (pages, `more` stubs). Default 50. */
  maxRequests?: number;
}

async function fetchThread(url: URL, options: AnalyzeOptions): Promise<RawThread> {
  const http = options.http ?? (await import('./fetch/index.js')).createHttpClient({ onProgress: options.onProgress });
  return readUrl(url, { http, onProgress: options.onProgress, maxRequests: options.maxRequests ?? 50 });
}

async function readSource(input: AnalyzeInput, options: AnalyzeOptions): Promise<RawThread> {
  if (!('text' in input)) return fetchThread(parseThreadUrl(input.url), options);
  // Pasted text that is only an address ("news.ycombinator.com/item?id=1") is read as that address.
  const address = addressIn(input.text);
  if (address) return fetchThread(address, options);
  const thread = readContent(toSourceContent(input.text, input.url ?? null));
  return input.diagnostics?.length ? { ...thread, diagnostics: [...input.diagnostics, ...thread.diagnostics] } : thread;
}

export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<MapDocument> {
  const started = performance.now();
  const raw = await readSource(input, options);
  return buildMapOnTwoCores(raw, { onProgress: options.onProgress, started });
}

interface BuildOptions { onProgress?: ProgressListener; started?: number }

/**
 * Everything after reading, one stage a line: clean (names as shown) → dedup (a thread as read → its posts,
 * whole and each said once) → tag → argument → map. Pure but for the clock.
 */
export function buildMap(raw: RawThread, options: BuildOptions = {}): MapDocument {
  const { thread, report, started } = cleanAndDedup(raw, options);
  return finishMap(thread, tagPosts(thread.posts, report), report, started);
}

/**
 * buildMap with a big thread's tagging split over two threads (src/tag/two-cores.ts): the same document.
 * Not async itself: an async function keeps its arguments alive to its end, and the thread as read (every
 * pasted paragraph's text) is not needed once deduplicated.
 */
export function buildMapOnTwoCores(raw: RawThread, options: BuildOptions = {}): Promise<MapDocument> {
  // Started before dedup, so the worker loads the tagger meanwhile; it is stopped if the thread turns out small.
  const tagger = twoCoreTagger(threadSize(raw));
  try {
    return tagAndFinish(cleanAndDedup(raw, options), tagger);
  } catch (error) {
    tagger.stop();
    return Promise.reject(error);
  }
}

async function tagAndFinish({ thread, report, started }: Deduplicated, tagger: ReturnType<typeof twoCoreTagger>): Promise<MapDocument> {
  try {
    return finishMap(thread, await tagger.tag(thread.posts, report), report, started);
  } finally {
    tagger.stop();
  }
}

interface Deduplicated { thread: RawThread; report: ProgressListener; started: number }

function cleanAndDedup(raw: RawThread, options: BuildOptions): Deduplicated {
  const started = options.started ?? performance.now();
  const report = options.onProgress ?? (() => undefined);
  report({ stage: 'dedup', done: 0, total: raw.inputCount ?? raw.posts.length });
  const thread = dedupThread(shownNames(raw));
  report({ stage: 'map', done: 0, total: thread.posts.length });
  return { thread, report, started };
}

function finishMap(thread: RawThread, posts: Post[], report: ProgressListener, started: number): MapDocument {
  const { argument, diagnostics: argumentNotes } = analyzeArgument(posts, argumentOptions(thread));
  const doc = mapDocument({ thread, posts, argument, argumentNotes, elapsedMs: Math.round(performance.now() - started) });
  report({ stage: 'done', done: posts.length, total: posts.length });
  return doc;
}

/** Pasted text has no authors: the argument stage tells speakers apart, starting from reconstruction's new voices. */
function argumentOptions(thread: RawThread): ArgumentOptions {
  const pasted = thread.source.kind === 'text';
  return { pasted, kind: thread.source.kind, newVoices: new Set(thread.posts.filter((post) => post.newVoice).map((post) => post.id)) };
}
