// This thread's end of the tagging worker (tag-worker.ts; two-cores.ts shares the work). The worker hears on its
// own port: first where to take chunks from (TagJobStart), then chunks (ChunkJob) in increasing order. Its tags
// come back on a port of their own, which this thread reads without waiting (receiveMessageOnPort) in between
// its own chunks, so they are taken in as they come rather than queued to the end of tagging.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { TagInput } from './posts.js';
import type { EncodedTags } from './transfer.js';

/** The worker's first message: the counter chunks are taken from, how many there are, and where to send tags. */
export interface TagJobStart { nextChunk: Int32Array; chunks: number; results: MessagePort }
/** A chunk to tag: its posts, and the texts of the parents (and answered posts) outside it. */
export interface ChunkJob { chunk: number; posts: TagInput[]; parentTexts: Map<string, string> }
/** What the worker sends: a chunk's tags, or that it has taken its last chunk. */
export type TagJobMessage = { chunk: number; encoded: EncodedTags } | { done: true };

export interface TagWorker {
  begin(nextChunk: Int32Array, chunks: number, onChunk: (chunk: number, encoded: EncodedTags) => void): void;
  send(job: ChunkJob): void;
  /** Hands every chunk of tags the worker has sent so far to onChunk, without waiting. */
  receive(): void;
  /** Takes in the worker's tags as they come; settles when it has sent every chunk it took, or has failed. */
  finish(): Promise<void>;
  stop(): void;
}

/** The worker's young generation, MB: tagging makes short-lived objects only, and a small one collects them as well. */
const WORKER_YOUNG_MB = 8;

export function startTagWorker(file: URL, oldGenerationMb: number): TagWorker {
  // (A --max-old-space-size given to node overrides the old generation's bound.)
  const worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: oldGenerationMb } });
  const { port1: results, port2: resultsThere } = new MessageChannel();
  let onChunk: (chunk: number, encoded: EncodedTags) => void = () => undefined;
  let settle: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const take = (message: TagJobMessage) => {
    if ('done' in message) settle();
    else onChunk(message.chunk, message.encoded);
  };
  let stopped = false;
  const receive = () => {
    if (stopped) return;
    for (let received = receiveMessageOnPort(results); received !== undefined; received = receiveMessageOnPort(results)) take(received.message as TagJobMessage);
  };
  // Whatever the worker sent before it failed is already queued on the port: taken in before giving up on it.
  const failed = () => {
    receive();
    settle();
  };
  worker.once('error', failed);
  worker.once('exit', failed);
  return {
    begin: (nextChunk, chunks, listener) => {
      onChunk = listener;
      worker.postMessage({ nextChunk, chunks, results: resultsThere } satisfies TagJobStart, [resultsThere]);
    },
    send: (job) => worker.postMessage(job),
    receive,
    finish: () => {
      receive();
      results.on('message', take);
      return finished;
    },
    stop: () => {
      stopped = true;
      results.close();
      void worker.terminate();
    },
  };
}
