// Tagging a big thread on two cores: this thread and a worker thread take chunks of posts in turn from one
// shared counter until none are left, so a worker that starts late (it loads the tagger first) or runs
// slower simply takes fewer. Posts are tagged independently but for their parent's view, so each chunk
// gets the texts of the parents outside it. The worker's tags come back encoded (transfer.ts) and take
// their places by chunk: the same posts, in the same order, as one thread would make. Small threads stay
// on one thread: starting a worker costs more than it saves. The worker is started before it is needed
// (twoCoreTagger), so that loading the tagger there overlaps the work before tagging here.
import { Worker } from 'node:worker_threads';
import type { Post, ProgressListener, RawPost, RawThread } from '../model.js';
import { tagEachPost, tagInputs, tagPosts, withTags, type PostTags, type TagInput } from './posts.js';
import { decodeTags, type EncodedTags } from './transfer.js';

/** Below this many posts one thread tags them all: at 4,688 posts (10k pasted paragraphs) the worker did not pay for itself, at 46,308 it did. */
export const TWO_CORES_FROM = 5_000;
/** Posts per chunk: small enough to share the work evenly, big enough that few parents lie outside their chunk. */
export const CHUNK_POSTS = 250;

/** The worker's young generation, MB (see startWorker). */
const WORKER_YOUNG_MB = 8;
/** The worker's old generation beyond its copy of the posts, MB: the tagger's tables and a chunk's work (see workerHeapMb). */
const WORKER_OLD_BASE_MB = 32;

/** What the worker is sent: every post (any may be a parent) and the counter of chunks taken. */
export interface TagJob { posts: TagInput[]; nextChunk: Int32Array }
/** What the worker sends: a chunk's tags, or that it has taken its last chunk. */
export type TagJobMessage = { chunk: number; encoded: EncodedTags } | { done: true };

// src/tag and dist/tag are both two levels below the package root: the compiled worker either way.
const WORKER_FILE = new URL('../../dist/tag/tag-worker.js', import.meta.url);

/**
 * The worker's old generation for a thread of `chars` characters, MB: its copy of the posts' texts (a byte a
 * character as read, repeats included) over the base. Without a bound V8 let the worker's heap grow to
 * 160 MB of dead chunks before collecting (at 100k pasted paragraphs; bounded: 64 MB); a worker that runs
 * out (two-byte text, huge posts) stops, and this thread tags what it left: the same tags, later.
 */
export const workerHeapMb = (chars: number): number => WORKER_OLD_BASE_MB + Math.ceil(chars / 2 ** 20);

/** How many posts (or pasted paragraphs) a thread as read has, and how many characters of text. */
export function threadSize(raw: RawThread): { posts: number; chars: number } {
  let chars = 0;
  for (const post of raw.posts) chars += post.text.length;
  for (const paragraph of raw.paragraphs ?? []) chars += paragraph.text.length;
  return { posts: raw.posts.length + (raw.paragraphs?.length ?? 0), chars };
}

/**
 * A tagger for a thread of about `expected` size (threadSize). For a big one the worker starts now, so that it
 * loads the tagger while this thread deduplicates and orders the posts; `stop` ends it if tagging never comes.
 * `workerFile` is the worker's script (tests give one that fails, to show nothing is lost when it does).
 */
export function twoCoreTagger(expected: { posts: number; chars: number }, workerFile: URL = WORKER_FILE): { tag: (posts: readonly RawPost[], onProgress?: ProgressListener) => Promise<Post[]>; stop: () => void } {
  const worker = expected.posts >= TWO_CORES_FROM ? startWorker(workerFile, workerHeapMb(expected.chars)) : null;
  return {
    tag: async (posts, onProgress = () => undefined) => {
      if (worker === null || posts.length < TWO_CORES_FROM) {
        worker?.stop();
        return tagPosts(posts, onProgress);
      }
      return tagWithWorker(posts, onProgress, worker);
    },
    stop: () => worker?.stop(),
  };
}

async function tagWithWorker(posts: readonly RawPost[], onProgress: ProgressListener, worker: RunningWorker): Promise<Post[]> {
  const inputs = tagInputs(posts);
  const chunks = Math.ceil(inputs.length / CHUNK_POSTS);
  const nextChunk = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const tags: (PostTags[] | undefined)[] = new Array(chunks);
  worker.send({ posts: inputs, nextChunk }, (chunk, encoded) => {
    const part = chunkOf(inputs, chunk);
    tags[chunk] = decodeTags(encoded, part.length, part.map((post) => post.text));
  });
  const texts = textsById(inputs);
  for (let chunk = Atomics.add(nextChunk, 0, 1); chunk < chunks; chunk = Atomics.add(nextChunk, 0, 1)) {
    tags[chunk] = tagChunk(inputs, chunk, texts);
    onProgress({ stage: 'tag', done: Math.min(inputs.length, Atomics.load(nextChunk, 0) * CHUNK_POSTS), total: inputs.length });
  }
  // Wait only for chunks the worker has taken; if it failed, this thread tags what it left.
  if (tags.includes(undefined)) await worker.finished;
  worker.stop();
  for (let chunk = 0; chunk < chunks; chunk++) tags[chunk] ??= tagChunk(inputs, chunk, texts);
  return posts.map((post, i) => withTags(post, tags[Math.floor(i / CHUNK_POSTS)]![i % CHUNK_POSTS]!));
}

export const chunkOf = <T>(posts: readonly T[], chunk: number): T[] => posts.slice(chunk * CHUNK_POSTS, (chunk + 1) * CHUNK_POSTS);

export const textsById = (posts: readonly TagInput[]): Map<string, string> => new Map(posts.map((post) => [post.id, post.text]));

/** One chunk's tags; the texts of parents outside it from `texts` (every post's, by id). */
export function tagChunk(posts: readonly TagInput[], chunk: number, texts: ReadonlyMap<string, string>): PostTags[] {
  const part = chunkOf(posts, chunk);
  const inPart = new Set(part.map((post) => post.id));
  const parentTexts = new Map<string, string>();
  for (const { parentId, answers = [] } of part) {
    for (const id of [parentId, ...answers.map((answer) => answer.postId)]) if (id !== null && !inPart.has(id) && texts.has(id)) parentTexts.set(id, texts.get(id)!);
  }
  return tagEachPost(part, parentTexts);
}

interface RunningWorker {
  send(job: TagJob, onChunk: (chunk: number, encoded: EncodedTags) => void): void;
  /** Settles when the worker has sent every chunk it took, or has failed. */
  finished: Promise<void>;
  stop(): void;
}

function startWorker(file: URL, oldGenerationMb: number): RunningWorker {
  // Tagging makes short-lived objects only: a small young generation collects them as well and keeps the
  // worker's share of a 100k-paragraph run's peak memory down (its default young generation reserved 32 MB more).
  // (A --max-old-space-size given to node overrides the old generation's bound.)
  const worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: oldGenerationMb } });
  let onChunk: (chunk: number, encoded: EncodedTags) => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    worker.on('message', (message: TagJobMessage) => {
      if ('done' in message) resolve();
      else onChunk(message.chunk, message.encoded);
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  return {
    send: (job, listener) => {
      onChunk = listener;
      worker.postMessage(job);
    },
    finished,
    stop: () => void worker.terminate(),
  };
}
