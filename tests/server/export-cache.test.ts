// A finished map never changes: each export format is rendered once (in a worker) and later downloads
// are served from the rendered bytes, not re-parsed and re-rendered per request.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisService } from '../../src/server/analyses.js';
import { createApp } from '../../src/server/app.js';
import { openDatabase } from '../../src/store/db.js';
import { createMapStore } from '../../src/store/maps.js';
import type { AnalysisPool } from '../../src/worker/pool.js';

describe('exports of a finished map', () => {
  const rendered: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const store = createMapStore(openDatabase(':memory:'));
    const pool: AnalysisPool = {
      analyze: async () => ({ ok: true, documentJson: '{"schema":"threadmap/1"}', title: 'T', postCount: 1, diagnosticsJson: '[]' }),
      exportDocument: async (_json, format) => { rendered.push(format); return `the map as ${format}`; },
      documentForm: async (json) => json,
      close: async () => undefined,
    };
    const analyses = createAnalysisService({ store, pool, newId: () => 'm1', log: () => undefined });
    analyses.start({ text: 'A thread.' });
    await analyses.settled();
    server = createApp({ store, analyses, pool, log: () => undefined }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('renders each format once, and sends the same download every time', async () => {
    const download = async (format: string) => {
      const response = await fetch(`${base}/api/maps/m1/export?format=${format}`);
      return { status: response.status, type: response.headers.get('content-type'), name: response.headers.get('content-disposition'), body: await response.text() };
    };
    const first = await download('md');
    expect(first).toEqual({ status: 200, type: 'text/markdown; charset=utf-8', name: 'attachment; filename=threadmap-m1.md', body: 'the map as md' });
    expect(await download('md')).toEqual(first);
    expect((await download('svg')).body).toBe('the map as svg');
    expect(await download('md')).toEqual(first);
    expect(rendered).toEqual(['md', 'svg']);
  });
});
