#!/usr/bin/env node
// npm run bench:serve: GET /api/maps/ID of a finished 2,000-paragraph map at 50 connections on loopback,
// as a browser asks for it (Accept-Encoding: gzip). A bounded run: 50 loops of 20 requests each. The
// server runs in its own process (`threadmap serve`), so the load generator does not share its thread.
// Prints requests/s and the latency percentiles (target p99 < 200 ms). THREADMAP_BIN picks another build.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { syntheticThread } from './synthetic-thread.mjs';

const PARAGRAPHS = 2_000;
const CONNECTIONS = 50;
const REQUESTS_EACH = 20;
const bin = process.env.THREADMAP_BIN ?? fileURLToPath(new URL('../bin/threadmap.js', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'threadmap-serve-'));
const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--host', '127.0.0.1'], { env: { ...process.env, THREADMAP_DB: join(dir, 'bench.db') }, stdio: ['ignore', 'ignore', 'pipe'] });
const server = {
  url: await new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      const match = /running at (http:\/\/\S+?) /.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  }),
  close: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGINT'); }),
};
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
