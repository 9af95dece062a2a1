// Runs in a worker thread (compiled to dist/tag/tag-worker.js; see two-cores.ts and worker-link.ts): takes
// chunks from the shared counter, tags each as its posts arrive, and sends its tags back encoded, the buffer
// moved rather than copied. Chunks come in increasing order and the counter only grows, so every chunk sent
// before the one taken here was taken by the other thread and is passed over.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { tagEachPost } from './posts.js';
import { encodeTags } from './transfer.js';
import type { ChunkJob, TagJobMessage, TagJobStart } from './worker-link.js';

let nextChunk: Int32Array;
let chunks = 0;
let results: MessagePort;
let taken = 0;

/** Takes the next chunk from the counter; after the last, says so. */
function take(): void {
  taken = Atomics.add(nextChunk, 0, 1);
  if (taken >= chunks) {
    results.postMessage({ done: true } satisfies TagJobMessage);
    parentPort!.close();
  }
}

parentPort!.on('message', (message: TagJobStart | ChunkJob) => {
  if ('nextChunk' in message) {
    ({ nextChunk, chunks, results } = message);
    take();
    return;
  }
  if (message.chunk !== taken) return;
  const { encoded, transfer } = encodeTags(tagEachPost(message.posts, message.parentTexts), message.posts.map((post) => post.text));
  results.postMessage({ chunk: taken, encoded } satisfies TagJobMessage, transfer);
  take();
});
