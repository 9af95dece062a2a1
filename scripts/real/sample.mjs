#!/usr/bin/env node
// Draws the real labelled sets from ../shared with a fixed seed and writes (1) the references kept in the repo
// (tests/fixtures/real/<set>-sentences.refs.jsonl, <set>-pairs.refs.jsonl: file, post id, hash, no text) and
// (2) labelling packets OUTSIDE the repo (--packets DIR), which carry the text and its context for a labeller
// who never sees the tagger. Labels come back as JSONL keyed by the same ids; `merge-labels.mjs` joins them.
//   node scripts/real/sample.mjs --set dev --sentences 1600 --pairs 320 --packets /tmp/packets [--seed N]
//   node scripts/real/sample.mjs --set fresh1 --files a,b --sentences 400 --pairs 100 --packets …
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../dist/pipeline.js';
import { splitSentences } from '../../dist/tag/index.js';
import { readArgs } from './args.mjs';
import { readThread, realThreadFiles, seededRandom, shuffled } from './threads.mjs';

const { values: opt } = readArgs(import.meta.url, {
  set: { type: 'string', default: 'dev' }, sentences: { type: 'string', default: '1600' }, pairs: { type: 'string', default: '320' },
  packets: { type: 'string' }, seed: { type: 'string', default: '20261207' }, files: { type: 'string' }, exclude: { type: 'string' },
  all: { type: 'string', default: 'seeds/001_dc7b200be1058ffb.txt' }, chunk: { type: 'string', default: '100' },
});
const OUT = new URL('../../tests/fixtures/real/', import.meta.url).pathname;
const random = seededRandom(Number(opt.seed));
const excluded = new Set((opt.exclude ?? '').split(',').filter(Boolean));
const files = (opt.files ? opt.files.split(',') : realThreadFiles()).filter((f) => !excluded.has(f));
const takeAll = new Set(opt.all.split(',').filter(Boolean));

const threads = [];
for (const file of files) threads.push(await readThread(file, { analyze, splitSentences }));

/** Quotas grow with the square root of a thread's size, so one 500-post thread does not drown the rest. */
function quotas(counts, total) {
  const fixed = counts.reduce((s, c) => s + (c.all ? c.n : 0), 0);
  const weights = counts.map((c) => (c.all ? 0 : Math.sqrt(c.n)));
  const sum = weights.reduce((s, w) => s + w, 0);
  return counts.map((c, i) => (c.all ? c.n : Math.min(c.n, Math.round(((total - fixed) * weights[i]) / sum))));
}

// A sentence is drawn once even where two saved pages of one thread overlap.
const seen = new Set();
const firstSeen = (hash) => !seen.has(hash) && Boolean(seen.add(hash));
const usable = (s) => /\p{L}{2,}/u.test(s.text) && firstSeen(s.hash);
const sentenceRows = threads.map((t) => t.posts.filter((p) => !p.placeholder).flatMap((p) => p.sentences.filter(usable).map((s) => ({ t, p, s }))));
const sentenceQuota = quotas(threads.map((t, i) => ({ n: sentenceRows[i].length, all: takeAll.has(t.file) })), Number(opt.sentences));
const sentences = threads.flatMap((t, i) => shuffled(sentenceRows[i], random).slice(0, sentenceQuota[i]));

const pairRows = threads.map((t) => t.posts.filter((p) => p.parentId && !p.placeholder && p.sentences.length)
  .map((p) => ({ t, p, parent: t.byId.get(p.parentId) })).filter(({ p, parent }) => parent && !parent.placeholder && parent.sentences.length && firstSeen(`pair ${p.sentences[0].hash}`)));
const pairQuota = quotas(threads.map((t, i) => ({ n: pairRows[i].length, all: takeAll.has(t.file) })), Number(opt.pairs));
const pairs = threads.flatMap((t, i) => shuffled(pairRows[i], random).slice(0, pairQuota[i]));

const window = (text, at, size) => {
  if (text.length <= size * 2) return text;
  const start = Math.max(0, at - size);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + size)}${at + size < text.length ? '…' : ''}`;
};
const clip = (text, size) => (text.length <= size ? text : `${text.slice(0, size)}…`);
const pad = (n) => String(n).padStart(4, '0');

const sentenceItems = shuffled(sentences, random).map(({ t, p, s }, i) => ({
  ref: { id: `${opt.set}-s${pad(i + 1)}`, file: t.file, postId: p.id, hash: s.hash },
  packet: {
    id: `${opt.set}-s${pad(i + 1)}`, thread: t.title ?? '(no title in the saved page)', sentence: s.text,
    post: window(p.text, Math.max(0, p.text.indexOf(s.text)), 450),
    parent: p.parentId ? clip(t.byId.get(p.parentId)?.text ?? '', 600) || null : null,
  },
}));
const pairItems = shuffled(pairs, random).map(({ t, p, parent }, i) => ({
  ref: { id: `${opt.set}-r${pad(i + 1)}`, file: t.file, parentId: parent.id, replyId: p.id, parentHash: parent.sentences[0].hash, replyHash: p.sentences[0].hash },
  packet: { id: `${opt.set}-r${pad(i + 1)}`, thread: t.title ?? '(no title in the saved page)', parent: clip(parent.text, 1200), reply: clip(p.text, 1200) },
}));

mkdirSync(OUT, { recursive: true });
const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(OUT, `${opt.set}-sentences.refs.jsonl`), jsonl(sentenceItems.map((x) => x.ref)));
writeFileSync(join(OUT, `${opt.set}-pairs.refs.jsonl`), jsonl(pairItems.map((x) => x.ref)));
if (opt.packets) {
  mkdirSync(opt.packets, { recursive: true });
  const size = Number(opt.chunk);
  for (let i = 0; i < sentenceItems.length; i += size) {
    writeFileSync(join(opt.packets, `${opt.set}-sentences-${pad(i / size + 1)}.jsonl`), jsonl(sentenceItems.slice(i, i + size).map((x) => x.packet)));
  }
  for (let i = 0; i < pairItems.length; i += size) {
    writeFileSync(join(opt.packets, `${opt.set}-pairs-${pad(i / size + 1)}.jsonl`), jsonl(pairItems.slice(i, i + size).map((x) => x.packet)));
  }
}
const byFile = new Map();
for (const x of sentenceItems) byFile.set(x.ref.file, (byFile.get(x.ref.file) ?? 0) + 1);
console.error(`${opt.set}: ${sentenceItems.length} sentences from ${byFile.size} threads, ${pairItems.length} pairs`);
for (const [file, n] of byFile) console.error(`  ${n}\t${file}`);
