// What a source's thread looks like once the dedup stage has made it whole (src/dedup/repair.ts): sources
// return posts as read, and these tests check what the site's data says about the thread's shape.
import { repairThread } from '../../../src/dedup/repair.js';
import type { RawThread } from '../../../src/model.js';

export function whole(thread: RawThread): RawThread;
export function whole(thread: Promise<RawThread>): Promise<RawThread>;
export function whole(thread: RawThread | Promise<RawThread>): RawThread | Promise<RawThread> {
  return thread instanceof Promise ? thread.then(repairThread) : repairThread(thread);
}
