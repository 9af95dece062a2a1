#!/usr/bin/env node
// npm run bench: pasted threads of 1k, 10k and 100k paragraphs (30% repeats, 20% quoting replies)
// through the whole pipeline after reading (dedup + reconstruction + tagging + map + summary).
// Each size runs in its own process so its peak RSS is its own. Prints wall time, paragraphs/s,
// peak RSS, and the ratio time(100k)/time(10k) (10 would be exactly linear).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SIZES = [1_000, 10_000, 100_000];
const TARGET_RATE = 20_000;

/** Deterministic PRNG (mulberry32): the same thread every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = ['I think', 'It seems likely that', 'My guess is that', 'The data shows that', 'I disagree:', 'That makes sense, though',
  'According to the 2019 study,', 'Does anyone know whether', 'Honestly,', 'To be fair,', 'In my experience', 'I agree that'];
const NOUNS = ['the policy', 'remote work', 'the new model', 'housing supply', 'the survey', 'rent control', 'the benchmark',
  'open source', 'the committee', 'nuclear power', 'the experiment', 'public transit', 'the compiler', 'this forum'];
const VERBS = ['raises', 'lowers', 'depends on', 'undermines', 'explains', 'predicts', 'ignores', 'requires', 'improves', 'complicates'];

function sentence(rand, n) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  return `${pick(OPENERS)} ${pick(NOUNS)} ${pick(VERBS)} ${pick(NOUNS)} in case ${n} by about ${Math.floor(rand() * 90) + 5}%.`;
}

export function syntheticThread(paragraphs, seed = 42) {
  const rand = random(seed);
  const fresh = [];
  const lines = [];
  let n = 0;
  const newParagraph = () => {
    const text = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand, n++)).join(' ');
    fresh.push(text);
    return text;
  };
  while (lines.length < paragraphs) {
    const r = rand();
    const earlier = fresh.length ? fresh[Math.floor(rand() * fresh.length)] : null;
    if (earlier && r < 0.2) lines.push(earlier, `Ok, but ${newParagraph()}`);        // a quoting reply
    else if (earlier && r < 0.3) lines.push(earlier);                                 // a repeat
    else lines.push(newParagraph());
  }
  return lines.slice(0, paragraphs).join('\n');
}

async function measure(size) {
  const { readText } = await import('../dist/sources/text.js');
  const { buildMap } = await import('../dist/pipeline.js');
  const text = syntheticThread(size);
  globalThis.gc?.();
  const started = performance.now();
  const doc = buildMap(readText(text));
  const ms = performance.now() - started;
  return { size, ms, perSecond: size / (ms / 1000), peakRssMb: process.resourceUsage().maxRSS / 1024, posts: doc.stats.posts, duplicates: doc.stats.duplicatesRemoved, sentences: doc.stats.sentences };
}

if (process.argv[2] === '--one') {
  process.stdout.write(JSON.stringify(await measure(Number(process.argv[3]))));
} else {
  const self = fileURLToPath(import.meta.url);
  const results = SIZES.map((size) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', self, '--one', String(size)], { encoding: 'utf8' })));
  console.log('paragraphs   wall ms   paragraphs/s   peak RSS MB   posts   duplicates   sentences');
  for (const r of results) {
    console.log(`${String(r.size).padStart(10)} ${r.ms.toFixed(0).padStart(9)} ${r.perSecond.toFixed(0).padStart(14)} ${r.peakRssMb.toFixed(0).padStart(13)} ${String(r.posts).padStart(7)} ${String(r.duplicates).padStart(12)} ${String(r.sentences).padStart(11)}`);
  }
  const byId = Object.fromEntries(results.map((r) => [r.size, r]));
  const ratio = byId[100_000].ms / byId[10_000].ms;
  console.log(`time(100k)/time(10k) = ${ratio.toFixed(2)} (linear: 10; target ≤ 11)`);
  const slowest = Math.min(...results.map((r) => r.perSecond));
  console.log(`slowest rate ${slowest.toFixed(0)} paragraphs/s (target ≥ ${TARGET_RATE}); peak RSS at 100k ${byId[100_000].peakRssMb.toFixed(0)} MB (target < 1024)`);
}
