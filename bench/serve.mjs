#!/usr/bin/env node
// npm run bench:serve: GET /api/maps/ID of a finished 2,000-paragraph map at 50 connections on loopback,
// as a browser asks for it (Accept-Encoding: gzip). Each round is 50 loops of 20 requests. The server
// runs in its own process (`threadmap serve`), so the load generator does not share its thread.
// Prints requests/s, the latency percentiles (target p99 < 200 ms) and the server's CPU time per request.
//
// THREADMAP_BIN picks another build. THREADMAP_BEFORE=<an older build's bin/threadmap.js> measures that
// build too, in alternating rounds (before, after, before, after…), so both see the same machine load;
// and "floor" rounds send the same bytes from a bare node:http server: what this machine allows right now.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { syntheticThread } from './synthetic-thread.mjs';

const PARAGRAPHS = 2_000;
const CONNECTIONS = 50;
const REQUESTS_EACH = 20;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const after = process.env.THREADMAP_BIN ?? fileURLToPath(new URL('../bin/threadmap.js', import.meta.url));
const before = process.env.THREADMAP_BEFORE;
const dir = mkdtempSync(join(tmpdir(), 'threadmap-serve-'));

/** A server process; `url` once it says where it listens. */
function startProcess(args, env, pattern) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      const match = pattern.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`server exited: ${stderr}`)));
  });
  return { child, url, close: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGINT'); }) };
}

/** User + system CPU of a process so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100/s)
  } catch {
    return Number.NaN;
  }
}

async function startThreadmap(name, bin) {
  const server = startProcess([bin, 'serve', '--port', '0', '--host', '127.0.0.1'], { THREADMAP_DB: join(dir, `${name}.db`) }, /running at (http:\/\/\S+?) /);
  const base = await server.url;
  const created = await request(`${base}/api/maps`, { method: 'POST', reset: true, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: syntheticThread(PARAGRAPHS) }) });
  const { id } = await created.body.json();
  // Wait for the map (fresh connections: a loaded machine can outlast a reused socket's keep-alive).
  for (;;) {
    const { statusCode, body } = await request(`${base}/api/maps/${id}`, { reset: true, headers: { 'accept-encoding': 'gzip' } });
    const bytes = Buffer.from(await body.arrayBuffer());
    if (statusCode !== 202) return { name, server, url: `${base}/api/maps/${id}`, bytes };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The same bytes from a bare node:http server: no routing, no store, no cache lookup. */
async function startFloor(bytes) {
  const file = join(dir, 'floor.gz');
  writeFileSync(file, bytes);
  const script = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json','content-encoding':'gzip','content-length':b.length});s.end(b)}).listen(0,'127.0.0.1',function(){console.error('running at http://127.0.0.1:'+this.address().port+' ')})`;
  const server = startProcess(['-e', script], {}, /running at (http:\/\/\S+?) /);
  return { name: 'floor', server, url: `${await server.url}/`, bytes };
}

async function round(target) {
  const dispatcher = new Agent({ connections: CONNECTIONS });
  const latencies = [];
  const statuses = new Map();
  let bytes = 0;
  const cpuBefore = cpuMs(target.server.child.pid);
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    for (let i = 0; i < REQUESTS_EACH; i++) {
      const t = performance.now();
      let outcome;
      try {
        const { statusCode, body } = await request(target.url, { dispatcher, headers: { 'accept-encoding': 'gzip' } });
        const received = (await body.arrayBuffer()).byteLength; // read first: `bytes += await …` would lose updates
        bytes += received;
        outcome = statusCode;
      } catch (error) {
        outcome = error.code ?? 'error';
      }
      statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const cpuPerRequest = (cpuMs(target.server.child.pid) - cpuBefore) / latencies.length;
  await dispatcher.close();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { rate: latencies.length / seconds, kb: bytes / latencies.length / 1024, p50: at(0.5), p90: at(0.9), p99: at(0.99), cpuPerRequest, statuses: Object.fromEntries(statuses) };
}

const show = (name, r) => `${name.padEnd(6)} ${r.rate.toFixed(0).padStart(5)} req/s, ${r.kb.toFixed(0)} KB each; p50 ${r.p50.toFixed(0)} ms, p90 ${r.p90.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms; ` +
  `server CPU ${Number.isNaN(r.cpuPerRequest) ? '?' : r.cpuPerRequest.toFixed(2)} ms/request; statuses ${JSON.stringify(r.statuses)}`;

const targets = [];
try {
  if (before) targets.push(await startThreadmap('before', before));
  targets.push(await startThreadmap(before ? 'after' : 'this', after));
  if (before) targets.push(await startFloor(targets.at(-1).bytes));
  const results = new Map(targets.map((t) => [t.name, []]));
  console.log(`${ROUNDS} round(s) of ${CONNECTIONS * REQUESTS_EACH} requests at ${CONNECTIONS} connections each${before ? ', alternating' : ''} (target p99 < 200 ms)`);
  for (let i = 0; i < ROUNDS; i++) {
    for (const target of targets) {
      const result = await round(target);
      results.get(target.name).push(result);
      console.log(show(target.name, result));
    }
  }
  if (ROUNDS > 1) {
    console.log('median of the rounds:');
    for (const [name, list] of results) {
      const median = (key) => list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
      console.log(show(name, { ...list[0], rate: median('rate'), p50: median('p50'), p90: median('p90'), p99: median('p99'), cpuPerRequest: median('cpuPerRequest'), statuses: 'see rounds' }));
    }
  }
} finally {
  await Promise.all(targets.map((t) => t.server.close()));
  rmSync(dir, { recursive: true, force: true });
}
