#!/usr/bin/env node
// Reconstruction of a pasted exchange repeated with replies set inside it (syntheticRepeatedExchange):
// every repeated post splits into a new voice's post, and each new voice looks for the post it answers.
// Prints wall time per size and the ratio time(100k)/time(10k) (10 would be exactly linear).
//   node bench/voices.mjs [SIZES]   (comma-separated paragraph counts; default 10000,100000)
import { readArgs } from '../scripts/real/args.mjs';
import { syntheticRepeatedExchange } from './synthetic-thread.mjs';

const { positionals } = readArgs(import.meta.url, {}, { positionals: true });
const SIZES = (positionals[0] ?? '10000,100000').split(',').map(Number);
const { readText } = await import('../dist/sources/text.js');
const { rebuildPastedThread } = await import('../dist/dedup/pasted.js');
// Pasted text is read as paragraphs; dedup rebuilds the posts from them (src/dedup/pasted.ts), which is timed here.
const rebuilt = (text) => rebuildPastedThread(readText(text));
rebuilt(syntheticRepeatedExchange(1_000, 7));        // warm-up
const times = {};
console.log('paragraphs   wall ms   posts   new voices');
for (const size of SIZES) {
  const text = syntheticRepeatedExchange(size);
  const started = performance.now();
  const thread = rebuilt(text);
  times[size] = performance.now() - started;
  const voices = thread.posts.filter((post) => post.newVoice).length;
  console.log(`${String(size).padStart(10)} ${times[size].toFixed(0).padStart(9)} ${String(thread.posts.length).padStart(7)} ${String(voices).padStart(12)}`);
}
if (times[100_000] && times[10_000]) console.log(`time(100k)/time(10k) = ${(times[100_000] / times[10_000]).toFixed(2)} (linear: 10)`);
