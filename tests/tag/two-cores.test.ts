import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateHnThread } from '../../bench/generate-thread.mjs';
import { dedupThread } from '../../src/dedup/thread.js';
import type { MapDocument, RawPost, RawThread } from '../../src/model.js';
import { buildMap, buildMapOnTwoCores } from '../../src/pipeline.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readContent } from '../../src/sources/dispatch.js';
import { readText } from '../../src/sources/text.js';
import { tagEachPost, tagInputs } from '../../src/tag/posts.js';
import { decodeTags, encodeTags } from '../../src/tag/transfer.js';
import { CHUNK_POSTS, tagChunk, textsById, threadSize, TWO_CORES_FROM, twoCoreTagger, workerHeapMb } from '../../src/tag/two-cores.js';
import { tagPosts } from '../../src/tag/posts.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);
const hnThread = (comments: number): RawThread => readContent(toSourceContent(JSON.stringify(generateHnThread(comments, 7))));
const forestOf = (thread: RawThread): RawPost[] => dedupThread(thread).posts;
const sizeOf = (posts: readonly RawPost[]) => ({ posts: posts.length, chars: posts.reduce((sum, post) => sum + post.text.length, 0) });
/** The document without the clock's fields, which differ between two runs. */
const timeless = (doc: MapDocument) => ({ ...doc, stats: { ...doc.stats, elapsedMs: 0 } });

describe('tags moved between threads', () => {
  it('decode to the very sentences and stances tagging made (quoted lines, roots, replies)', () => {
    const seed = tagInputs(forestOf(readText(readFileSync(SEED, 'utf8'))));
    const quoting = { id: 'q1', parentId: seed[0]!.id, text: '> You are wrong about this.\nNo, I am not. Fair point on the rest, though.', quotesParent: true };
    const inputs = [...seed, quoting];
    const tags = tagEachPost(inputs, new Map());
    expect(tags.some((post) => post.sentences.some((sentence) => sentence.quoted))).toBe(true);
    const { encoded } = encodeTags(tags);
    expect(decodeTags(encoded, tags.length)).toEqual(tags);
  });
});

describe('tagging by chunks', () => {
  it('gives each post the tags one pass over the whole thread gives, parents in other chunks included', () => {
    const inputs = tagInputs(forestOf(hnThread(700)));
    const chunks = Math.ceil(inputs.length / CHUNK_POSTS);
    expect(chunks).toBeGreaterThan(2);
    const texts = textsById(inputs);
    const byChunks = Array.from({ length: chunks }, (_, chunk) => tagChunk(inputs, chunk, texts)).flat();
    expect(byChunks).toEqual(tagEachPost(inputs, new Map()));
  });

  it('reads a reply against the post it answers instead when that post is in another chunk', () => {
    const place = { answersBack: false, answeredBack: false, ownPost: false, answersInstead: 'post p1 (quotes it)' };
    const filler = Array.from({ length: CHUNK_POSTS }, (_, i) => ({ id: `f${i}`, parentId: 'root', text: 'Thanks for the summary.', quotesParent: false }));
    const inputs = [
      { id: 'root', parentId: null, text: 'What should the team use for config files?', quotesParent: false },
      { id: 'p1', parentId: 'root', text: 'YAML files are easy to review in pull requests.', quotesParent: false },
      ...filler,
      { id: 'r1', parentId: 'root', text: 'YAML files are not easy to review in pull requests.', quotesParent: false, place, answers: [{ postId: 'p1', cue: 'quotes it' }] },
    ];
    const reply = tagChunk(inputs, 1, textsById(inputs)).at(-1)!;
    expect(reply.sentences[0]!.cues.some((cue) => cue.startsWith('answers post p1 (quotes it): contradicts'))).toBe(true);
  });
});

describe('buildMapOnTwoCores', () => {
  it('makes the same document as buildMap for a thread big enough to use the worker', { timeout: 180_000 }, async () => {
    const thread = hnThread(TWO_CORES_FROM + 500);
    const serial = buildMap(thread);
    expect(serial.posts.length).toBeGreaterThanOrEqual(TWO_CORES_FROM);
    expect(timeless(await buildMapOnTwoCores(thread))).toEqual(timeless(serial));
  });
});

describe('a worker that dies mid-way', () => {
  it('loses no post: the chunks it took and never sent back are tagged here', { timeout: 180_000 }, async () => {
    // A worker that takes one chunk from the shared counter, then exits without sending it.
    const dir = mkdtempSync(join(tmpdir(), 'threadmap-worker-'));
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', ({ nextChunk }) => { Atomics.add(nextChunk, 0, 1); process.exit(1); });\n");
    const posts = forestOf(hnThread(TWO_CORES_FROM + 500));
    const tagger = twoCoreTagger(sizeOf(posts), pathToFileURL(dying));
    try {
      expect(await tagger.tag(posts)).toEqual(tagPosts(posts));
    } finally {
      tagger.stop();
    }
  });

  it('loses no post when it outgrows its heap bound: V8 stops it and its chunks are tagged here', { timeout: 180_000 }, async () => {
    // A worker that takes one chunk, then keeps everything it makes until its bounded heap is full.
    const dir = mkdtempSync(join(tmpdir(), 'threadmap-worker-'));
    const greedy = join(dir, 'greedy-worker.mjs');
    writeFileSync(greedy, "import { parentPort } from 'node:worker_threads';\nparentPort.once('message', ({ nextChunk }) => { Atomics.add(nextChunk, 0, 1); const kept = []; for (;;) kept.push(new Array(1e5).fill({})); });\n");
    const posts = forestOf(hnThread(TWO_CORES_FROM + 500));
    const tagger = twoCoreTagger(sizeOf(posts), pathToFileURL(greedy));
    try {
      expect(await tagger.tag(posts)).toEqual(tagPosts(posts));
    } finally {
      tagger.stop();
    }
  });
});

describe('the worker\'s heap bound', () => {
  it('grows with the text it is sent: a byte a character over the base', () => {
    expect(workerHeapMb(10 * 2 ** 20) - workerHeapMb(0)).toBe(10);
    expect(threadSize(readText('First line here.\nSecond one.'))).toEqual({ posts: 2, chars: 27 });
  });
});
