// Runs in a worker thread (compiled to dist/tag/tag-worker.js; see two-cores.ts): takes chunks of posts
// from the shared counter, tags each, and sends its tags back encoded, the buffer moved rather than copied.
import { parentPort } from 'node:worker_threads';
import { encodeTags } from './transfer.js';
import { CHUNK_POSTS, chunkOf, tagChunk, textsById, type TagJob, type TagJobMessage } from './two-cores.js';

parentPort!.once('message', ({ posts, nextChunk }: TagJob) => {
  const chunks = Math.ceil(posts.length / CHUNK_POSTS);
  const texts = textsById(posts);
  for (let chunk = Atomics.add(nextChunk, 0, 1); chunk < chunks; chunk = Atomics.add(nextChunk, 0, 1)) {
    const { encoded, transfer } = encodeTags(tagChunk(posts, chunk, texts), chunkOf(posts, chunk).map((post) => post.text));
    parentPort!.postMessage({ chunk, encoded } satisfies TagJobMessage, transfer);
  }
  parentPort!.postMessage({ done: true } satisfies TagJobMessage);
});
