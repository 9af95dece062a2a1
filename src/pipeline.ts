// The pipeline: source → clean/dedup → tag → map. Each stage is a function of the previous one's output;
// problems travel on the document's diagnostics, fatal ones are ThreadmapErrors.
import { analyzeArgument } from './argument/index.js';
import { withoutBidiControls } from './clean/bidi.js';
import { dedupPosts } from './dedup/posts.js';
import { buildForest, type Forest } from './map/forest.js';
import { summarize } from './map/summary.js';
import type { Diagnostic, HttpClient, MapDocument, Post, ProgressListener, RawThread } from './model.js';
import { emptyTagCounts, TAGS } from './model.js';
import { addressIn, parseThreadUrl } from './sources/address.js';
import { toSourceContent } from './sources/content.js';
import { readContent, readUrl } from './sources/dispatch.js';
import { tagPosts } from './tag/posts.js';
import { twoCoreTagger } from './tag/two-cores.js';

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

/** Titles and author names as shown everywhere (pages, exports): without bidi controls that reorder them. */
function shownNames(raw: RawThread): RawThread {
  return {
    ...raw,
    source: { ...raw.source, title: withoutBidiControls(raw.source.title) },
    posts: raw.posts.map((post) => (post.author === null ? post : { ...post, author: withoutBidiControls(post.author) })),
  };
}

export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<MapDocument> {
  const started = performance.now();
  const raw = shownNames(await readSource(input, options));
  return buildMapOnTwoCores(raw, { onProgress: options.onProgress, started });
}

interface BuildOptions { onProgress?: ProgressListener; started?: number }

/** Everything after reading: dedup, tree, tags, summary. Pure but for the clock. */
export function buildMap(raw: RawThread, options: BuildOptions = {}): MapDocument {
  const { forest, report, started } = readForest(raw, options);
  return finishMap(raw, forest, tagPosts(forest.posts, report), report, started);
}

/** buildMap with a big thread's tagging split over two threads (src/tag/two-cores.ts): the same document. */
export async function buildMapOnTwoCores(raw: RawThread, options: BuildOptions = {}): Promise<MapDocument> {
  const tagger = twoCoreTagger(raw.posts.length);
  try {
    const { forest, report, started } = readForest(raw, options);
    return finishMap(raw, forest, await tagger.tag(forest.posts, report), report, started);
  } finally {
    tagger.stop();
  }
}

function readForest(raw: RawThread, options: BuildOptions): { forest: Forest; report: ProgressListener; started: number } {
  const started = options.started ?? performance.now();
  const report = options.onProgress ?? (() => undefined);
  report({ stage: 'dedup', done: 0, total: raw.posts.length });
  const deduped = dedupPosts(raw);
  report({ stage: 'map', done: 0, total: deduped.posts.length });
  return { forest: buildForest(deduped), report, started };
}

function finishMap(raw: RawThread, forest: Forest, posts: Post[], report: ProgressListener, started: number): MapDocument {
  const newVoices = new Set(forest.posts.filter((post) => post.newVoice).map((post) => post.id));
  const { argument, diagnostics: argumentNotes } = analyzeArgument(posts, { pasted: raw.source.kind === 'text', newVoices });
  const tagCounts = emptyTagCounts();
  let sentences = 0;
  for (const post of posts) {
    for (const sentence of post.sentences) {
      sentences++;
      for (const tag of sentence.tags) tagCounts[tag]++;
    }
  }
  const inputPosts = raw.inputCount ?? raw.posts.length;
  const duplicatesRemoved = posts.reduce((sum, post) => sum + post.duplicates.length, 0);
  report({ stage: 'done', done: posts.length, total: posts.length });
  return {
    schema: 'threadmap/1',
    source: raw.source,
    stats: {
      inputPosts,
      posts: posts.length,
      duplicatesRemoved,
      sentences,
      tagCounts: Object.fromEntries(TAGS.map((tag) => [tag, tagCounts[tag]])) as typeof tagCounts,
      elapsedMs: Math.round(performance.now() - started),
    },
    posts,
    summary: summarize(posts, argument),
    argument,
    diagnostics: [...forest.diagnostics, ...argumentNotes],
  };
}
