#!/usr/bin/env node
// Joins a set's references (tests/fixtures/real/<set>-*.refs.jsonl) with the labels the labellers wrote for
// its packets (a folder of JSONL files keyed by id), into the committed labelled sets
// tests/fixtures/real/<set>-sentences.jsonl and <set>-pairs.jsonl. Refuses labels that break LABELLING.md's form.
//   node scripts/real/merge-labels.mjs --set dev --labels /work/labelling/labels
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from './args.mjs';

const TAGS = new Set(['claim', 'concession', 'disagreement', 'agreement', 'question', 'hedge', 'evidence']);
const STANCES = new Set(['agree', 'disagree', 'mixed', 'neutral']);
const { values: opt } = readArgs(import.meta.url, { set: { type: 'string', default: 'dev' }, labels: { type: 'string' } });
const DIR = new URL('../../tests/fixtures/real/', import.meta.url).pathname;
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

const labels = new Map();
for (const name of readdirSync(opt.labels).filter((n) => n.startsWith(`${opt.set}-`))) {
  for (const row of jsonl(join(opt.labels, name))) labels.set(row.id, row);
}
const problems = [];
function checkSentence(row) {
  const tags = [...(row.must ?? []), ...(row.unsure ?? [])];
  const bad = tags.filter((t) => !TAGS.has(t));
  if (bad.length) problems.push(`${row.id}: unknown tag ${bad.join(', ')}`);
  if (new Set(tags).size !== tags.length) problems.push(`${row.id}: a tag both must and unsure`);
}
function checkPair(row) {
  if (!STANCES.has(row.stance)) problems.push(`${row.id}: stance '${row.stance}'`);
  if (row.alt != null && !STANCES.has(row.alt)) problems.push(`${row.id}: alt '${row.alt}'`);
}

for (const [kind, check, keep] of [
  ['sentences', checkSentence, (l) => ({ must: [...l.must].sort(), unsure: [...(l.unsure ?? [])].sort() })],
  ['pairs', checkPair, (l) => ({ stance: l.stance, alt: l.alt ?? null })],
]) {
  const refsFile = join(DIR, `${opt.set}-${kind}.refs.jsonl`);
  if (!existsSync(refsFile)) continue;
  const refs = jsonl(refsFile);
  const merged = [];
  for (const ref of refs) {
    const label = labels.get(ref.id);
    if (!label) continue;
    check(label);
    merged.push({ ...ref, ...keep(label) });
  }
  const out = join(DIR, `${opt.set}-${kind}.jsonl`);
  writeFileSync(out, merged.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.error(`${opt.set} ${kind}: ${merged.length} of ${refs.length} labelled → ${out}`);
  if (merged.length === refs.length) rmSync(refsFile);
}
if (problems.length) {
  console.error(problems.slice(0, 20).join('\n'));
  process.exitCode = 1;
}
