#!/usr/bin/env node
// npm run bench:hostile: each hostile shape at 1 MB through the whole pipeline, timed (target ≤ 2 s per MB,
// or a clear refusal). Each shape runs in a fresh process so one slow shape cannot warm or slow another.
//   node bench/hostile.mjs [--one SHAPE]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readArgs } from '../scripts/real/args.mjs';
import { HOSTILE_SHAPES } from './hostile-shapes.mjs';

const BYTES = 1024 * 1024;

async function measure(name) {
  const { analyze } = await import('../dist/pipeline.js');
  const text = HOSTILE_SHAPES[name](BYTES);
  const started = performance.now();
  let outcome;
  try {
    const doc = await analyze({ text });
    outcome = `map of ${doc.stats.posts} posts, ${doc.stats.sentences} sentences`;
  } catch (error) {
    outcome = `refused: ${error.message}`;
  }
  return { name, mb: text.length / BYTES, ms: performance.now() - started, outcome };
}

const { values } = readArgs(import.meta.url, { one: { type: 'string' } });
if (values.one !== undefined) {
  process.stdout.write(JSON.stringify(await measure(values.one)));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('shape                        MB    wall ms   s/MB  outcome');
  for (const name of Object.keys(HOSTILE_SHAPES)) {
    const r = JSON.parse(execFileSync(process.execPath, [self, '--one', name], { encoding: 'utf8' }));
    const perMb = r.ms / 1000 / r.mb;
    console.log(`${name.padEnd(26)} ${r.mb.toFixed(2).padStart(5)} ${r.ms.toFixed(0).padStart(9)} ${perMb.toFixed(2).padStart(6)}  ${perMb <= 2 ? '' : 'SLOW '}${r.outcome.slice(0, 90)}`);
  }
}
