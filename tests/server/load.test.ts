// A 10,000-post thread is analysed in a worker thread: while it runs, the server keeps answering.
import { describe, expect, it } from 'vitest';
import { generateHnThread } from '../../bench/generate-thread.mjs';
import { postJson, useTestServer, waitForMap } from '../fixtures/web/server.js';

describe('a 10,000-post thread', () => {
  const server = useTestServer();

  it('never blocks other requests while it is analysed, and ends with every post', async () => {
    const base = server.current.url;
    const text = JSON.stringify(generateHnThread(10_000));
    const created = await postJson(base, '/api/maps', { text });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // Wait until the worker is into the heavy stages, then ask for other pages meanwhile.
    for (let stage = ''; !['dedup', 'map', 'tag'].includes(stage);) {
      const status = (await (await fetch(`${base}/api/maps/${id}`)).json()) as { stage?: string; status?: string };
      expect(status.status).toBe('working');
      stage = status.stage ?? '';
    }
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Map an argument');
    const during = await fetch(`${base}/api/maps/${id}`);
    expect(during.status).toBe(202); // the home page answered while the analysis was still running

    const done = await waitForMap(base, id, 120_000);
    expect(done.status).toBe(200);
    const doc = (await done.json()) as { posts: unknown[]; stats: { inputPosts: number } };
    expect(doc.stats.inputPosts).toBe(10_001);
    expect(doc.posts.length).toBeGreaterThan(9_900);
  }, 150_000);
});
