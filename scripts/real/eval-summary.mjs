#!/usr/bin/env node
// The argument summary (main claims, clashes, concessions) against careful readers' lists of the same threads
// (issue 10's measure). Readers saw the thread only (scripts/real/summary-packets.mjs), never the map.
//   node scripts/real/eval-summary.mjs --merge ANSWERS_DIR --keys KEYS_DIR   (reader answers → references)
//   node scripts/real/eval-summary.mjs --merge DIR --keys KEYS --second        (a second reader's answers)
//   node scripts/real/eval-summary.mjs                                       (score every summaries/*.json)
//   node scripts/real/eval-summary.mjs --agreement                           (reader against second reader)
//   node scripts/real/eval-summary.mjs --dir tests/fixtures/real/summaries/fresh6   (another folder of references)
//   node scripts/real/eval-summary.mjs --misses [--only NAME]                (also list, per thread, what the reader
//                                                                             listed that we did not, and ours they did not)
// Sentences are matched by their hash, so a changed split or post id does not turn a hit into a miss.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../dist/pipeline.js';
import { splitSentences } from '../../dist/tag/index.js';
import { readArgs } from './args.mjs';
import { readThread } from './threads.mjs';

const { values: opt } = readArgs(import.meta.url, {
  merge: { type: 'string' }, keys: { type: 'string' }, top: { type: 'string', default: '8' },
  second: { type: 'boolean', default: false }, agreement: { type: 'boolean', default: false }, dir: { type: 'string' },
  misses: { type: 'boolean', default: false }, only: { type: 'string' },
});
// --dir names another folder of references, e.g. a held-out batch kept apart from the development six.
const DIR = opt.dir ? resolve(opt.dir) : new URL('../../tests/fixtures/real/summaries/', import.meta.url).pathname;
const SECOND = join(DIR, 'second');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A reader's answer (sentences named `<post>#<n>`) as references that outlive the packet's numbering. */
function referencesOf(answersDir, keysDir, name) {
  const { file, key } = readJson(join(keysDir, name.replace(/\.json$/, '.key.json')));
  const answer = readJson(join(answersDir, name));
  // A sentence is `<post>#<n>`; anything else names a whole post (placeholder ids may hold a '#' themselves).
  const postsWithSentences = new Set(Object.keys(key).map((id) => id.slice(0, id.lastIndexOf('#'))));
  const ref = (id) => {
    if (key[id]) return { postId: id.slice(0, id.lastIndexOf('#')), hash: key[id] };
    // "post-29" is a whole post; "post-2#9" with no such sentence is a mistake ("post-29" is not "post-2" + "9").
    const hash = id.lastIndexOf('#');
    if (!postsWithSentences.has(id) && hash > 0 && postsWithSentences.has(id.slice(0, hash))) throw new Error(`${name}: no sentence ${id} in the packet`);
    return { postId: id, hash: null };
  };
  return {
    file,
    mainClaims: (answer.mainClaims ?? []).map(ref),
    clashes: (answer.clashes ?? []).map((c) => ({ from: ref(c.from), to: ref(c.to), resolved: Boolean(c.resolved) })),
    concessions: (answer.concessions ?? []).map((c) => ({ ...ref(c.sentence), from: c.from ?? null, to: c.to ?? null })),
  };
}

function merge(answersDir, keysDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(answersDir).filter((n) => n.endsWith('.json'))) {
    const stem = name.replace(/\.json$/, '');
    const summary = referencesOf(answersDir, keysDir, name);
    writeFileSync(join(outDir, `${stem}.json`), `${JSON.stringify(summary, null, 1)}\n`);
    console.error(`${stem}: ${summary.mainClaims.length} main claims, ${summary.clashes.length} clashes, ${summary.concessions.length} concessions`);
  }
}

const ratio = (hits, total) => (total === 0 ? null : hits / total);
const show = (value, hits, total) => (value === null ? '   —   ' : `${value.toFixed(2)} (${hits}/${total})`);

async function score(summaryFile) {
  const summary = readJson(join(DIR, summaryFile));
  const thread = await readThread(summary.file, { analyze, splitSentences });
  const hashOf = (postId, sentence) => thread.byId.get(postId)?.sentences[sentence]?.hash ?? null;
  const postOfHash = new Map(thread.posts.flatMap((p) => p.sentences.map((s) => [s.hash, p])));
  const argument = thread.argument;
  const ours = {
    claims: argument.claims.slice(0, Number(opt.top)).map((c) => new Set([hashOf(c.postId, c.sentence), ...c.restatedBy.map((r) => hashOf(r.postId, r.sentence))])),
    clashes: argument.clashes.map((c) => ({ from: hashOf(c.from.postId, c.from.sentence), toPost: c.to.postId, to: c.to.sentence === null ? null : hashOf(c.to.postId, c.to.sentence), resolved: c.resolved })),
    concessions: argument.concessions.map((c) => ({ hash: hashOf(c.from.postId, c.from.sentence), to: c.to.author })),
  };
  const readerClashFrom = new Set(summary.clashes.map((c) => c.from.hash));
  const readerConcession = new Map(summary.concessions.map((c) => [c.hash, c]));

  const claimsFound = summary.mainClaims.filter((r) => ours.claims.some((set) => set.has(r.hash))).length;
  // A miss is either the wrong sentence of a post we list (which sentence is a post's thesis) or a post we do not list.
  const ourClaimPosts = new Set(argument.claims.slice(0, Number(opt.top)).map((c) => c.postId));
  const missedInOurPosts = summary.mainClaims.filter((r) => !ours.claims.some((set) => set.has(r.hash))
    && ourClaimPosts.has(postOfHash.get(r.hash)?.id ?? r.postId)).length;
  const clashFound = summary.clashes.filter((r) => ours.clashes.some((c) => c.from === r.from.hash));
  const targetRight = clashFound.filter((r) => ours.clashes.some((c) => c.from === r.from.hash
    && (postOfHash.get(r.to.hash)?.id ?? r.to.postId) === c.toPost && (r.to.hash === null || c.to === null || c.to === r.to.hash))).length;
  const open = ours.clashes.filter((c) => !c.resolved);
  const openRight = open.filter((c) => readerClashFrom.has(c.from)).length;
  const concessionsRight = ours.concessions.filter((c) => readerConcession.has(c.hash));
  // Pasted text has no names, so a reader writes "unknown" where we write "Speaker A": not comparable.
  const named = (c) => !['unknown', null].includes(readerConcession.get(c.hash).to);
  const concessionTargets = concessionsRight.filter(named).filter((c) => readerConcession.get(c.hash).to === c.to).length;
  const concessionsFound = summary.concessions.filter((r) => ours.concessions.some((c) => c.hash === r.hash)).length;
  // The issue's keyword baseline: every "but" sentence a concession, every reply's first sentence a clash,
  // the first sentences of the first posts the main claims.
  const replies = thread.posts.filter((p) => p.parentId && p.sentences.length);
  const baseline = {
    claims: new Set(thread.posts.filter((p) => p.sentences.length).slice(0, Number(opt.top)).map((p) => p.sentences[0].hash)),
    clashes: new Set(replies.map((p) => p.sentences[0].hash)),
    concessions: new Set(thread.posts.flatMap((p) => p.sentences.filter((x) => /\bbut\b/i.test(x.text)).map((x) => x.hash))),
  };
  const baselineRows = [
    summary.mainClaims.filter((r) => baseline.claims.has(r.hash)).length,
    null,
    summary.clashes.filter((r) => baseline.clashes.has(r.from.hash)).length,
    null,
    [...baseline.clashes].filter((h) => readerClashFrom.has(h)).length,
    [...baseline.concessions].filter((h) => readerConcession.has(h)).length,
    summary.concessions.filter((r) => baseline.concessions.has(r.hash)).length,
    null,
  ];
  if (opt.misses) printMisses(thread, summary, ours);
  const baselineTotals = [summary.mainClaims.length, null, summary.clashes.length, null, baseline.clashes.size, baseline.concessions.size, summary.concessions.length, null];
  return {
    name: summaryFile.replace(/\.json$/, ''),
    baseline: baselineRows.map((hits, i) => [hits, baselineTotals[i]]),
    rows: [
      ['main claims recall (reader\'s among our first ' + opt.top + ')', claimsFound, summary.mainClaims.length],
      ['  of those missed, in a post we list (another sentence chosen)', missedInOurPosts, summary.mainClaims.length - claimsFound],
      ['clashes recall (reader\'s disagreeing sentence among ours)', clashFound.length, summary.clashes.length],
      ['  of those, the same target', targetRight, clashFound.length],
      ['open disagreements precision (ours the reader lists as a clash)', openRight, open.length],
      ['concessions precision', concessionsRight.length, ours.concessions.length],
      ['concessions recall', concessionsFound, summary.concessions.length],
      ['  concession targets (who → whom) right, where the reader names them', concessionTargets, concessionsRight.filter(named).length],
    ],
  };
}

/**
 * What the reader listed that we did not, and what we listed that the reader did not, each sentence with its
 * post and tags: the errors to read before changing a rule. Clashes show the sentence disputed; ours, their cue.
 */
function printMisses(thread, summary, ours) {
  console.log(`${summaryFile(summary)}: the reader's lists against ours`);
  const sentenceOf = new Map(thread.posts.flatMap((p) => p.sentences.map((s) => [s.hash, { post: p, sentence: s }])));
  const line = (hash, postId) => {
    const found = sentenceOf.get(hash);
    if (!found) return `[${postId ?? '?'}] ${hash === null ? '(the whole post)' : '(a sentence no longer in the thread)'}`;
    const tags = found.sentence.tagged?.tags.join(',') ?? '';
    const text = found.sentence.text.replace(/\s+/g, ' ');
    return `[${found.post.id} ${found.post.author ?? ''} ${tags}] ${text.length > 150 ? `${text.slice(0, 149)}…` : text}`;
  };
  const section = (title, items) => {
    console.log(`  ${title}: ${items.length}`);
    for (const item of items) console.log(`    - ${item}`);
  };
  const ourClaims = new Set(ours.claims.flatMap((set) => [...set]));
  const readerClaims = new Set(summary.mainClaims.map((r) => r.hash));
  section('main claims the reader lists, not among our first ' + opt.top, summary.mainClaims.filter((r) => !ourClaims.has(r.hash)).map((r) => line(r.hash, r.postId)));
  section('our main claims the reader does not list', thread.argument.claims.slice(0, Number(opt.top))
    .filter((c) => !readerClaims.has(hashOfClaim(thread, c))).map((c) => `${line(hashOfClaim(thread, c), c.postId)} · score ${c.score}`));
  const ourFrom = new Set(ours.clashes.map((c) => c.from));
  const readerFrom = new Set(summary.clashes.map((c) => c.from.hash));
  section('clashes the reader lists that we miss', summary.clashes.filter((r) => !ourFrom.has(r.from.hash))
    .map((r) => `${line(r.from.hash, r.from.postId)}\n        ⟶ ${line(r.to.hash, r.to.postId)}`));
  const argumentClash = new Map(thread.argument.clashes.map((c) => [c.id, c]));
  section('our open clashes the reader does not list', thread.argument.clashes.filter((c) => !c.resolved)
    .filter((c) => !readerFrom.has(thread.byId.get(c.from.postId)?.sentences[c.from.sentence]?.hash))
    .map((c) => {
      const clash = argumentClash.get(c.id);
      const to = clash.to.sentence === null ? `[${clash.to.postId}] (the post)` : line(thread.byId.get(clash.to.postId)?.sentences[clash.to.sentence]?.hash, clash.to.postId);
      return `${line(thread.byId.get(c.from.postId)?.sentences[c.from.sentence]?.hash, c.from.postId)} {${clash.cues.join('; ')}}\n        ⟶ ${to}`;
    }));
  const ourGrant = new Set(ours.concessions.map((c) => c.hash));
  const readerGrant = new Set(summary.concessions.map((c) => c.hash));
  section('concessions the reader lists that we miss', summary.concessions.filter((r) => !ourGrant.has(r.hash)).map((r) => line(r.hash, r.postId)));
  section('our concessions the reader does not list', thread.argument.concessions
    .filter((c) => !readerGrant.has(thread.byId.get(c.from.postId)?.sentences[c.from.sentence]?.hash))
    .map((c) => `${line(thread.byId.get(c.from.postId)?.sentences[c.from.sentence]?.hash, c.from.postId)} {${c.cues[0]}}`));
}

const summaryFile = (summary) => summary.file.replace(/^.*\//, '');
const hashOfClaim = (thread, claim) => thread.byId.get(claim.postId)?.sentences[claim.sentence]?.hash ?? null;

/** How far two readers' lists of one thread overlap: the ceiling a summary can be scored against. */
function agreement() {
  const rows = [];
  const overlap = (label, a, b) => {
    const inB = new Set(b);
    const shared = new Set(a.filter((h) => inB.has(h))).size;
    rows.push([label, shared, new Set(a).size, new Set(b).size]);
  };
  for (const name of readdirSync(SECOND).filter((n) => n.endsWith('.json')).sort()) {
    const first = readJson(join(DIR, name));
    const second = readJson(join(SECOND, name));
    const stem = name.replace(/\.json$/, '');
    overlap(`${stem}: main claims`, first.mainClaims.map((r) => r.hash), second.mainClaims.map((r) => r.hash));
    overlap(`${stem}: disagreeing sentences`, first.clashes.map((c) => c.from.hash), second.clashes.map((c) => c.from.hash));
    overlap(`${stem}: concessions`, first.concessions.map((c) => c.hash), second.concessions.map((c) => c.hash));
  }
  console.log(`${'items both readers list'.padEnd(78)} shared / 1st / 2nd`);
  for (const [label, shared, a, b] of rows) console.log(`  ${label.padEnd(76)} ${shared} / ${a} / ${b}`);
  for (const kind of ['main claims', 'disagreeing sentences', 'concessions']) {
    const mine = rows.filter(([label]) => label.endsWith(kind));
    const [shared, a, b] = mine.reduce((t, r) => [t[0] + r[1], t[1] + r[2], t[2] + r[3]], [0, 0, 0]);
    console.log(`pooled ${kind}: the second reader finds ${show(ratio(shared, a), shared, a)} of the first's; the first finds ${show(ratio(shared, b), shared, b)} of the second's`);
  }
}

if (opt.merge) {
  merge(opt.merge, opt.keys ?? join(opt.merge, '../keys'), opt.second ? SECOND : DIR);
} else if (opt.agreement) {
  agreement();
} else {
  const totals = new Map();
  for (const file of readdirSync(DIR).filter((n) => n.endsWith('.json') && (!opt.only || n.startsWith(opt.only))).sort()) {
    const result = await score(file);
    console.log(`${result.name.padEnd(70)} Threadmap        keyword baseline`);
    result.rows.forEach(([label, hits, total], i) => {
      const [baseHits, baseTotal] = result.baseline[i];
      const base = baseHits === null ? '' : show(ratio(baseHits, baseTotal), baseHits, baseTotal);
      console.log(`  ${label.padEnd(68)} ${show(ratio(hits, total), hits, total).padEnd(16)} ${base}`);
      const sum = totals.get(label) ?? [0, 0, 0, 0];
      totals.set(label, [sum[0] + hits, sum[1] + total, sum[2] + (baseHits ?? 0), sum[3] + (baseTotal ?? 0)]);
    });
  }
  console.log(`${'all threads (pooled)'.padEnd(70)} Threadmap        keyword baseline`);
  for (const [label, [hits, total, baseHits, baseTotal]] of totals) {
    console.log(`  ${label.padEnd(68)} ${show(ratio(hits, total), hits, total).padEnd(16)} ${baseTotal ? show(ratio(baseHits, baseTotal), baseHits, baseTotal) : ''}`);
  }
}
