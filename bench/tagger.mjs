#!/usr/bin/env node
// Tagger throughput on one core, in sentences/s. Run after a build:
//   node bench/tagger.mjs [sentences] [--thread FILE]
// - synthetic: tagText (split + tag, read against a parent) and stanceToward on forum text built from a fixed
//   mix of sentence shapes (agreement, objections, hedged claims, questions, evidence, narration);
// - `--thread FILE` (any file `threadmap analyze` reads), beside it: the thread is read and deduplicated as
//   `analyze` does (not timed), then tagged as the pipeline tags it (tagPosts: every post against its parent,
//   each parent read once, stance toward it), whole thread again and again until about as many sentences as
//   the synthetic run have been tagged.
import { readFileSync } from 'node:fs';
import { readArgs } from '../scripts/real/args.mjs';
import { readParent, stanceToward, tagText } from '../dist/tag/index.js';
import { tagPosts } from '../dist/tag/posts.js';
import { decodeInput } from '../dist/sources/input.js';
import { toSourceContent } from '../dist/sources/content.js';
import { readContent } from '../dist/sources/dispatch.js';
import { shownNames } from '../dist/clean/names.js';
import { dedupThread } from '../dist/dedup/thread.js';

const SHAPES = [
  'I agree with most of this, though I think the second point is overstated.',
  "That's not true, the 2019 study of 4,000 patients found the opposite (Smith et al., 2020).",
  'My guess is that roughly 70% of the cost comes from staffing, but I could be wrong.',
  'Does anyone have thoughts on how to engage with them?',
  'We recently published our report on the new policy.',
  'Fair point, but the sample size was tiny and the effect disappeared after adjustment.',
  'In my view the rule is harmful and should be repealed before it does more damage.',
  'According to the census, the town lost 12% of its population between 2010 and 2020.',
  "It's not that I don't sympathise, I just don't see how that follows.",
  'Some historians argue that the treaty was forged, e.g. Dr. Jones in the U.S. edition.',
];

const { values, positionals } = readArgs(import.meta.url, { thread: { type: 'string' } }, { positionals: true });
const target = Number(positionals[0] ?? 200_000);

const rate = (sentences, ms) => Math.round(sentences / (ms / 1000)).toLocaleString('en-US');
/** Wall time and this process's CPU time since `started` (on a shared machine the CPU figure is the steadier one). */
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
function report(label, sentences, started, how) {
  const ms = performance.now() - started.wall;
  const { user, system } = process.cpuUsage(started.cpu);
  const cpuMs = (user + system) / 1000;
  console.log(`${label}: ${sentences} sentences in ${(ms / 1000).toFixed(2)} s = ${rate(sentences, ms)} sentences/s; CPU ${(cpuMs / 1000).toFixed(2)} s = ${rate(sentences, cpuMs)} sentences/CPU-s (${how})`);
}

function synthetic() {
  const posts = [];
  for (let i = 0; posts.length * 5 < target; i++) {
    posts.push(Array.from({ length: 5 }, (_, k) => SHAPES[(i * 7 + k * 3) % SHAPES.length].replace('report', `report #${i}`)).join(' '));
  }
  // Every post replies to one parent, read once, so the parent-aware rules run on every sentence.
  const parent = readParent(SHAPES[6]);
  for (const post of posts.slice(0, 200)) stanceToward(tagText(post, parent), parent); // warm-up
  const started = clock();
  let sentences = 0;
  for (const post of posts) {
    const tagged = tagText(post, parent);
    stanceToward(tagged, parent);
    sentences += tagged.length;
  }
  report('tagger, synthetic', sentences, started, 'split + tag + stance, one core');
}

function thread(file) {
  const text = decodeInput(readFileSync(file), file, Infinity).text;
  const { posts } = dedupThread(shownNames(readContent(toSourceContent(text, null))));
  const sentencesOnce = tagPosts(posts).reduce((sum, post) => sum + post.sentences.length, 0); // also the warm-up
  if (sentencesOnce === 0) throw new Error(`${file}: no sentences to tag`);
  const rounds = Math.max(1, Math.ceil(target / sentencesOnce));
  const started = clock();
  for (let round = 0; round < rounds; round++) tagPosts(posts);
  report(`tagger, ${file} (${posts.length} posts, ${sentencesOnce} sentences, ${rounds}×)`, rounds * sentencesOnce, started, 'tagPosts: split + tag against the parent + stance, one core');
}

synthetic();
if (values.thread) thread(values.thread);
