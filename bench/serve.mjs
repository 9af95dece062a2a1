#!/usr/bin/env node
// npm run bench:serve: GET /api/maps/ID of a finished 2,000-paragraph map at 50 connections on loopback,
// as a browser asks for it (Accept-Encoding: gzip). A bounded run: 50 loops of 20 requests each.
// Prints requests/s and the latency percentiles (target p99 < 200 ms). THREADMAP_DIST picks another build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { syntheticThread } from './synthetic-thread.mjs';

const PARAGRAPHS = 2_000;
const CONNECTIONS = 50;
const REQUESTS_EACH = 20;
const dist = process.env.THREADMAP_DIST ?? new URL('../dist/', import.meta.url).href;
const { startServer } = await import(new URL('server/server.js', dist).href);

const dir = mkdtempSync(join(tmpdir(), 'threadmap-serve-'));
const server = await startServer({ port: 0, host: '127.0.0.1', dbPath: join(dir, 'bench.db') });
try {
  const created = await request(`${server.url}/api/maps`, { method: 'POST', reset: true, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: syntheticThread(PARAGRAPHS) }) });
  const { id } = await created.body.json();
  // Wait for the map (fresh connections: a loaded machine can outlast a reused socket's keep-alive).
  for (;;) {
    const { statusCode, body } = await request(`${server.url}/api/maps/${id}`, { reset: true });
    await body.arrayBuffer();
    if (statusCode !== 202) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const dispatcher = new Agent({ connections: CONNECTIONS });
  const latencies = [];
  const statuses = new Map();
  let bytes = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    for (let i = 0; i < REQUESTS_EACH; i++) {
      const t = performance.now();
      let outcome;
      try {
        const { statusCode, body } = await request(`${server.url}/api/maps/${id}`, { dispatcher, headers: { 'accept-encoding': 'gzip' } });
        bytes += (await body.arrayBuffer()).byteLength;
        outcome = statusCode;
      } catch (error) {
        outcome = error.code ?? 'error';
      }
      statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(0);
  console.log(`${latencies.length} requests at ${CONNECTIONS} connections: ${(latencies.length / seconds).toFixed(0)} req/s, ` +
    `${(bytes / latencies.length / 1024).toFixed(0)} KB each; p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms (target p99 < 200 ms); statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  await dispatcher.close();
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
