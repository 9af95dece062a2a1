#!/usr/bin/env node
// Tagger throughput on one core: sentences/s through tagText (split + tag, read against a parent) and stanceToward, on synthetic
// forum text built from a fixed mix of sentence shapes (agreement, objections, hedged claims, questions,
// evidence, narration). Run after a build: node bench/tagger.mjs [sentences]
import { readParent, stanceToward, tagText } from '../dist/tag/index.js';

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

const target = Number(process.argv[2] ?? 200_000);
const posts = [];
for (let i = 0; posts.length * 5 < target; i++) {
  posts.push(Array.from({ length: 5 }, (_, k) => SHAPES[(i * 7 + k * 3) % SHAPES.length].replace('report', `report #${i}`)).join(' '));
}
// Every post replies to one parent, read once, so the parent-aware rules run on every sentence.
const parent = readParent(SHAPES[6]);

for (const post of posts.slice(0, 200)) stanceToward(tagText(post, parent), parent); // warm-up
const started = performance.now();
let sentences = 0;
for (const post of posts) {
  const tagged = tagText(post, parent);
  stanceToward(tagged, parent);
  sentences += tagged.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(`tagger: ${sentences} sentences in ${seconds.toFixed(2)} s = ${Math.round(sentences / seconds).toLocaleString('en-US')} sentences/s (split + tag + stance, one core)`);
