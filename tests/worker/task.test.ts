import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/model.js';
import { analyzeThread, throttleProgress } from '../../src/worker/task.js';

describe('progress throttle', () => {
  it('passes the first of each stage and the last of it, and at most one a tick in between', () => {
    const sent: Progress[] = [];
    let now = 0;
    const report = throttleProgress((p) => sent.push(p), 100, () => now);
    report({ stage: 'tag', done: 0, total: 1000 });
    for (let done = 1; done < 1000; done++) {
      now += 1;
      report({ stage: 'tag', done, total: 1000 });
    }
    report({ stage: 'tag', done: 1000, total: 1000 });
    report({ stage: 'done', done: 1000, total: 1000 });
    expect(sent[0]).toEqual({ stage: 'tag', done: 0, total: 1000 });
    expect(sent.length).toBeLessThan(15);
    expect(sent.slice(-2)).toEqual([{ stage: 'tag', done: 1000, total: 1000 }, { stage: 'done', done: 1000, total: 1000 }]);
  });
});

describe('a worker that takes an analysis', () => {
  it('says it is reading the posts before anything else, so the page stops showing "Waiting for a free worker"', async () => {
    const { port1, port2 } = new MessageChannel();
    const stages: string[] = [];
    port2.on('message', (progress: Progress) => stages.push(progress.stage));
    const outcome = await analyzeThread({ input: { text: 'Tabs are better.\nNo, spaces are.' }, dbPath: ':memory:', progressPort: port1 });
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the last messages arrive
    port2.close();
    expect(outcome.ok).toBe(true);
    expect(stages[0]).toBe('parse');
    expect(stages.at(-1)).toBe('done');
  }, 60_000);
});
