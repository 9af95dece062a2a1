// The server under abuse and faults: a client starting maps in a loop is answered 429 with Retry-After,
// so is anyone once the queue is full; an analysis past its time limit fails with a sentence; a store
// error while an analysis runs fails that map instead of killing the server; it listens on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/model.js';
import { createAnalysisService } from '../../src/server/analyses.js';
import { openDatabase } from '../../src/store/db.js';
import { createMapStore, type MapStore } from '../../src/store/maps.js';
import type { AnalysisPool } from '../../src/worker/pool.js';
import type { AnalyzeOutcome } from '../../src/worker/protocol.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { postJson, startTestServer, temporaryDatabase, waitForMap, type TestServer } from '../fixtures/web/server.js';

const THREAD = 'Alice: Remote work is more productive.\n\nBob: I disagree; the studies are weak.';

describe('limits on starting maps', () => {
  const db = temporaryDatabase();
  let server: TestServer;
  let site: FixtureServer;

  beforeAll(async () => {
    // A site that never finishes answering, so its analysis runs until the time limit stops it.
    site = await startFixtureServer({ '/stuck.txt': () => new Promise(() => undefined) });
    server = await startTestServer(db.dbPath, {
      allowHosts: ['127.0.0.1'], mapRate: { requests: 3, perMs: 60_000 }, maxPendingAnalyses: 1, analysisTimeLimitMs: 1_000,
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await site?.close();
    db.remove();
  });

  it('fails an analysis past its time limit with a sentence, and answers 429 while it fills the queue', async () => {
    const created = await postJson(server.url, '/api/maps', { url: `${site.origin}/stuck.txt` });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const busy = await postJson(server.url, '/api/maps', { text: THREAD });
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('60');
    expect(await busy.json()).toEqual({ error: 'The server is too busy to start another map right now; please try again in a minute.' });

    const failed = await waitForMap(server.url, id);
    expect(failed.status).toBe(413);
    expect(await failed.json()).toEqual({ error: 'The analysis took longer than 1 seconds and was stopped; this thread is too large or too tangled to map here.' });
  }, 60_000);

  it('answers a client past its rate 429 with Retry-After, in one sentence', async () => {
    // Three requests a minute in all: the first test used two.
    const third = await postJson(server.url, '/api/maps', { text: THREAD });
    expect(third.status).toBe(201);
    const fourth = await postJson(server.url, '/api/maps', { text: THREAD });
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await fourth.json()) as { error: string }).error).toMatch(/^Too many maps from this address: at most 3 per 60 seconds; try again in \d+ seconds\.$/);
  }, 60_000);

  it('listens on 127.0.0.1 unless told otherwise', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });
});

describe('store errors during an analysis', () => {
  const diskFull = () => { throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }); };

  function serviceWith(store: MapStore, outcome: AnalyzeOutcome) {
    const logs: string[] = [];
    const pool: AnalysisPool = {
      async analyze(_input, onProgress) {
        onProgress({ stage: 'parse', done: 0, total: 0 } satisfies Progress);
        return outcome;
      },
      exportDocument: async () => '',
      documentForm: async () => '',
      close: async () => undefined,
    };
    return { service: createAnalysisService({ store, pool, newId: () => 'm1', log: (line) => logs.push(line) }), logs };
  }

  const finished: AnalyzeOutcome = { ok: true, documentJson: '{}', title: 'T', postCount: 1, diagnosticsJson: '[]' };

  it('fails the map with a sentence when the finished map cannot be saved', async () => {
    const store = createMapStore(openDatabase(':memory:'));
    const { service, logs } = serviceWith({ ...store, finish: diskFull, progress: diskFull }, finished);
    service.start({ text: THREAD });
    await service.settled();
    expect(store.get('m1')).toMatchObject({
      status: 'failed',
      error: { status: 503, message: 'The map was made but could not be saved (database or disk is full); please try again later.' },
    });
    expect(logs).toEqual([
      'analysis m1: progress not recorded: database or disk is full',
      'analysis m1: the finished map could not be saved: database or disk is full',
    ]);
  });

  it('logs, and goes on, when even the failure cannot be recorded', async () => {
    const store = createMapStore(openDatabase(':memory:'));
    const { service, logs } = serviceWith({ ...store, finish: diskFull, fail: diskFull }, finished);
    service.start({ text: THREAD });
    await service.settled();
    expect(logs.at(-1)).toBe('analysis m1: could not record its failure: database or disk is full');
    expect(store.get('m1')?.status).toBe('working'); // the next start marks it interrupted
  });
});
