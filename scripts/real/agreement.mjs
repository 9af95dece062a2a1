#!/usr/bin/env node
// How far two blind labellers agree on the same items: the ceiling any tagger can be measured against.
// Reads the committed labels of a set (tests/fixtures/real/<set>-sentences.jsonl, -pairs.jsonl) and a second
// labeller's labels of some of the same ids (tests/fixtures/real/agreement/*.jsonl), and prints, per tag,
// Cohen's kappa on "must" vs not, the share of items where one says must and the other neither must nor unsure
// (a hard conflict), and for stance: accuracy, accuracy counting either `alt`, and kappa.
//   node scripts/real/agreement.mjs [--set fresh7]   (--set: only the second labels of that set)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from './args.mjs';

const { values: opt } = readArgs(import.meta.url, { set: { type: 'string' } });

const TAGS = ['claim', 'concession', 'disagreement', 'agreement', 'question', 'hedge', 'evidence'];
const STANCES = ['agree', 'disagree', 'mixed', 'neutral'];
const DIR = new URL('../../tests/fixtures/real/', import.meta.url).pathname;
const SECOND = join(DIR, 'agreement');
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** Cohen's kappa of two equal-length label arrays. */
function kappa(a, b) {
  const n = a.length;
  if (n === 0) return NaN;
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const values = new Set([...a, ...b]);
  let expected = 0;
  for (const v of values) expected += (a.filter((x) => x === v).length / n) * (b.filter((x) => x === v).length / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

const firstById = new Map();
for (const name of readdirSync(DIR).filter((n) => /-(sentences|pairs)\.jsonl$/.test(n))) {
  for (const row of jsonl(join(DIR, name))) firstById.set(row.id, row);
}
const sentencePairs = [];
const stancePairs = [];
const secondFiles = readdirSync(SECOND).filter((n) => n.endsWith('.jsonl') && (!opt.set || n.startsWith(`second-${opt.set}-`)));
for (const name of secondFiles.sort()) {
  for (const second of jsonl(join(SECOND, name))) {
    const first = firstById.get(second.id);
    if (!first) throw new Error(`${name}: ${second.id} has no first label in tests/fixtures/real`);
    (second.stance ? stancePairs : sentencePairs).push([first, second]);
  }
}

const fmt = (x) => (Number.isNaN(x) ? '  —  ' : x.toFixed(3));
console.log(`${sentencePairs.length} sentences labelled twice`);
console.log('  tag            kappa(must)  must:must  hard conflicts  (must by 1st / 2nd)');
for (const tag of TAGS) {
  const must = (row) => (row.must ?? []).includes(tag);
  const seen = (row) => must(row) || (row.unsure ?? []).includes(tag);
  const a = sentencePairs.map(([x]) => must(x));
  const b = sentencePairs.map(([, y]) => must(y));
  const both = sentencePairs.filter(([x, y]) => must(x) && must(y)).length;
  const conflicts = sentencePairs.filter(([x, y]) => (must(x) && !seen(y)) || (must(y) && !seen(x))).length;
  console.log(`  ${tag.padEnd(13)}  ${fmt(kappa(a, b)).padStart(6)}       ${String(both).padStart(4)}      ${String(conflicts).padStart(4)} (${(conflicts / sentencePairs.length).toFixed(3)})    ${a.filter(Boolean).length} / ${b.filter(Boolean).length}`);
}
const sameVerdict = sentencePairs.filter(([x, y]) => TAGS.every((t) => (x.must ?? []).includes(t) === (y.must ?? []).includes(t))).length;
console.log(`  same "must" set on ${(sameVerdict / sentencePairs.length).toFixed(3)} of sentences`);

if (stancePairs.length) {
  const a = stancePairs.map(([x]) => x.stance);
  const b = stancePairs.map(([, y]) => y.stance);
  const exact = stancePairs.filter(([x, y]) => x.stance === y.stance).length / stancePairs.length;
  const withAlt = stancePairs.filter(([x, y]) => x.stance === y.stance || x.alt === y.stance || y.alt === x.stance).length / stancePairs.length;
  console.log(`${stancePairs.length} reply stances labelled twice: accuracy ${exact.toFixed(3)}, counting alt ${withAlt.toFixed(3)}, kappa ${fmt(kappa(a, b))}`);
  for (const s of STANCES) console.log(`  ${s.padEnd(9)} ${a.filter((x) => x === s).length} / ${b.filter((x) => x === s).length}`);
}
