// Tagging a big thread on two cores: this thread and a worker thread take chunks of posts in turn from one
// shared counter until none are left, so a worker that starts late (it loads the tagger first) or runs
// slower simply takes fewer. Posts are tagged independently but for their parent's view, so each chunk
// goes with the texts of the parents outside it. The worker is sent chunks a few ahead of the counter, not
// the whole thread (its heap then holds one chunk, not a copy of every post), and its tags come back
// encoded (transfer.ts); this thread takes them in between its own chunks and makes their posts at once, so
// neither the encoded tags nor the decoded ones wait for the end. The same posts, in the same order, as one
// thread would make. Small threads stay on one thread: starting a worker costs more than it saves. The
// worker is started before it is needed (twoCoreTagger), so that loading the tagger there overlaps the work
// before tagging here.
import type { Post, ProgressListener, RawPost, RawThread } from '../model.js';
import { tagEachPost, tagInputs, tagPosts, withTags, type PostTags, type TagInput } from './posts.js';
import { decodeTags } from './transfer.js';
import { startTagWorker, type ChunkJob, type TagWorker } from './worker-link.js';

/** Below this many posts one thread tags them all: at 4,688 posts (10k pasted paragraphs) the worker did not pay for itself, at 46,308 it did. */
export const TWO_CORES_FROM = 5_000;
/** Posts per chunk: small enough to share the work evenly, big enough that few parents lie outside their chunk. */
export const CHUNK_POSTS = 250;
/** Chunks sent to the worker beyond the counter: enough that it never waits for this thread to send the next. */
const CHUNKS_AHEAD = 16;

/** The worker's old generation beyond the text it holds, MB: the tagger's tables and a chunk's work (see workerHeapMb). */
const WORKER_OLD_BASE_MB = 32;

// src/tag and dist/tag are both two levels below the package root: the compiled worker either way.
const WORKER_FILE = new URL('../../dist/tag/tag-worker.js', import.meta.url);

/**
 * The worker's old generation for a thread of `chars` characters, MB: the base, and room for a byte a character
 * of the thread's text (the most one chunk can hold: a thread of one huge post). Without a bound V8 let the
 * worker's heap fill with dead chunks before collecting; a worker that runs out (two-byte text, huge posts)
 * stops, and this thread tags what it left: the same tags, later.
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
  const worker = expected.posts >= TWO_CORES_FROM ? startTagWorker(workerFile, workerHeapMb(expected.chars)) : null;
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

async function tagWithWorker(posts: readonly RawPost[], onProgress: ProgressListener, worker: TagWorker): Promise<Post[]> {
  const inputs = tagInputs(posts);
  const texts = textsById(inputs);
  const chunks = Math.ceil(inputs.length / CHUNK_POSTS);
  const nextChunk = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const tagged: Post[] = new Array(posts.length);
  const folded = new Uint8Array(chunks);
  const fold = (chunk: number, tags: PostTags[]) => {
    const first = chunk * CHUNK_POSTS;
    tags.forEach((postTags, i) => (tagged[first + i] = withTags(posts[first + i]!, postTags)));
    folded[chunk] = 1;
  };
  worker.begin(nextChunk, chunks, (chunk, encoded) => fold(chunk, decodeTags(encoded, chunkOf(inputs, chunk).length, chunkOf(inputs, chunk).map((post) => post.text))));
  // Every chunk not taken here is sent, in order, a few ahead of the counter (see worker-link.ts for why in order).
  const takenHere = new Uint8Array(chunks);
  let sent = 0;
  const sendAhead = (until: number) => {
    for (; sent < Math.min(chunks, until); sent++) if (!takenHere[sent]) worker.send(chunkJob(inputs, sent, texts));
  };
  sendAhead(CHUNKS_AHEAD);
  for (let chunk = Atomics.add(nextChunk, 0, 1); chunk < chunks; chunk = Atomics.add(nextChunk, 0, 1)) {
    takenHere[chunk] = 1;
    fold(chunk, tagChunk(inputs, chunk, texts));
    worker.receive();
    sendAhead(Atomics.load(nextChunk, 0) + CHUNKS_AHEAD);
    onProgress({ stage: 'tag', done: Math.min(inputs.length, Atomics.load(nextChunk, 0) * CHUNK_POSTS), total: inputs.length });
  }
  sendAhead(chunks);
  // Wait only for chunks the worker has taken; if it failed, this thread tags what it left.
  if (folded.includes(0)) await worker.finish();
  worker.stop();
  for (let chunk = 0; chunk < chunks; chunk++) if (!folded[chunk]) fold(chunk, tagChunk(inputs, chunk, texts));
  return tagged;
}

export const chunkOf = <T>(posts: readonly T[], chunk: number): T[] => posts.slice(chunk * CHUNK_POSTS, (chunk + 1) * CHUNK_POSTS);

export const textsById = (posts: readonly TagInput[]): Map<string, string> => new Map(posts.map((post) => [post.id, post.text]));

/** A chunk's posts and the texts of the parents (and answered posts) outside it, from `texts` (every post's, by id). */
export function chunkJob(posts: readonly TagInput[], chunk: number, texts: ReadonlyMap<string, string>): ChunkJob {
  const part = chunkOf(posts, chunk);
  const inPart = new Set(part.map((post) => post.id));
  const parentTexts = new Map<string, string>();
  for (const { parentId, answers = [] } of part) {
    for (const id of [parentId, ...answers.map((answer) => answer.postId)]) if (id !== null && !inPart.has(id) && texts.has(id)) parentTexts.set(id, texts.get(id)!);
  }
  return { chunk, posts: part, parentTexts };
}

/** One chunk's tags. */
export function tagChunk(posts: readonly TagInput[], chunk: number, texts: ReadonlyMap<string, string>): PostTags[] {
  const { posts: part, parentTexts } = chunkJob(posts, chunk, texts);
  return tagEachPost(part, parentTexts);
}
