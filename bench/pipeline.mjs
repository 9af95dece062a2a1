#!/usr/bin/env node
// npm run bench: pasted threads of 1k, 10k and 100k paragraphs (30% repeats, 20% quoting replies)
// through the whole pipeline after reading (dedup + reconstruction + tagging + map + summary), as
// `analyze` runs it: big threads tagged on two cores (buildMapOnTwoCores; builds without it: buildMap).
// Each size runs in its own process so its peak RSS is its own. Prints wall time, paragraphs/s,
// peak RSS, the process's CPU time (both threads: on a shared machine the steadier figure), and the ratio
// time(100k)/time(10k) (10 would be exactly linear). Node runs with its default heap bound, as the CLI does: a
// --max-old-space-size would override the tagging worker's own bound (src/tag/two-cores.ts).
//   node bench/pipeline.mjs                  (every size, each in a process of its own)
//   node bench/pipeline.mjs --one PARAGRAPHS (one size, printed as JSON)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readArgs } from '../scripts/real/args.mjs';
import { syntheticThread } from './synthetic-thread.mjs';

const SIZES = [1_000, 10_000, 100_000];
// Issue 14's targets: paragraphs/s end to end on two cores, time(100k)/time(10k), peak RSS at 100k.
const TARGET_RATE = 25_000;
const TARGET_RATIO = 10.5;
const TARGET_RSS_MB = 400;

async function measure(size) {
  const { readText } = await import('../dist/sources/text.js');
  const { buildMap, buildMapOnTwoCores = buildMap } = await import('../dist/pipeline.js');
  await buildMapOnTwoCores(readText(syntheticThread(500, 7)));          // warm-up: measure steady state, not JIT compilation
  // The text is handed over, not kept here: as in a server that drops the request body, the pipeline alone decides
  // how long the pasted text lives (since 2026-12-07 it is let go once read into paragraphs).
  const input = [syntheticThread(size)];
  globalThis.gc?.();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const doc = await buildMapOnTwoCores(readText(input.pop()));
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuBefore);
  return { size, ms, cpuMs: (user + system) / 1000, perSecond: size / (ms / 1000), peakRssMb: process.resourceUsage().maxRSS / 1024, posts: doc.stats.posts, duplicates: doc.stats.duplicatesRemoved, sentences: doc.stats.sentences };
}

const { values } = readArgs(import.meta.url, { one: { type: 'string' } });
if (values.one !== undefined) {
  process.stdout.write(JSON.stringify(await measure(Number(values.one))));
} else {
  const self = fileURLToPath(import.meta.url);
  const results = SIZES.map((size) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', self, '--one', String(size)], { encoding: 'utf8' })));
  console.log('paragraphs   wall ms   paragraphs/s   CPU ms   peak RSS MB   posts   duplicates   sentences');
  for (const r of results) {
    console.log(`${String(r.size).padStart(10)} ${r.ms.toFixed(0).padStart(9)} ${r.perSecond.toFixed(0).padStart(14)} ${r.cpuMs.toFixed(0).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(13)} ${String(r.posts).padStart(7)} ${String(r.duplicates).padStart(12)} ${String(r.sentences).padStart(11)}`);
  }
  const byId = Object.fromEntries(results.map((r) => [r.size, r]));
  const ratio = byId[100_000].ms / byId[10_000].ms;
  const cpuRatio = byId[100_000].cpuMs / byId[10_000].cpuMs;
  console.log(`time(100k)/time(10k) = ${ratio.toFixed(2)}, by CPU time ${cpuRatio.toFixed(2)} (linear: 10; target ≤ ${TARGET_RATIO})`);
  const slowest = Math.min(...results.map((r) => r.perSecond));
  console.log(`slowest rate ${slowest.toFixed(0)} paragraphs/s (target ≥ ${TARGET_RATE}); peak RSS at 100k ${byId[100_000].peakRssMb.toFixed(0)} MB (target < ${TARGET_RSS_MB})`);
}
