#!/usr/bin/env node
// `npm run eval:real`: the tagger on real forum text, against the blind labels in tests/fixtures/real/.
// For each labelled set: per-tag precision / recall / F1 (a tag labelled `unsure` is not scored), the share of
// sentences fully right (every `must` present, no `mustNot`), and reply stance (accuracy, macro-F1 over
// agree / neutral / disagree with mixed read as disagree, as ../shared/tools/eval-tagger.mjs does, and over all
// four), each with a 95% bootstrap interval. Sentences are read as the map reads them: inside their post, with
// the parent known.
// With several sets, a pooled line sums their counts (per-tag P/R/F1, fully right, stance macro-F1 over all pairs).
// Each set with pairs, and the pool, prints a stance confusion matrix (gold rows × read columns, four-way), to see
// which cells hold the errors.
// `--misses TAG` lists a tag's misses and false alarms; `--misses stance` lists the reply pairs read wrong (gold →
// read, the reply's opening, the parent's, the stance cues); `--parent` shows each missed sentence's parent post;
// `--examples N` caps each listing (15; `all` lists every one); `--gold L` / `--read L` list only stance pairs
// in that cell's row / column (agree, neutral, disagree, mixed).
// `--errors` groups the sentences not fully right by their error (tags missed, tags extra), biggest class first,
// with counts and a few sentences each (pooled over the sets asked for), so the largest classes show.
//   npm run eval:real [-- --set dev] [--misses TAG|stance] [--errors] [--parent] [--examples N|all] [--gold L] [--read L] [--file PART] [--json]
//   node scripts/real/eval.mjs --set dev,fresh1,fresh2 [options]   (--set takes a comma list, or repeats)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../dist/pipeline.js';
import { splitSentences } from '../../dist/tag/index.js';
import { readArgs } from './args.mjs';
import { printErrorClasses } from './error-classes.mjs';
import { confusion, printConfusion, STANCES } from './stance-confusion.mjs';
import { readThread, resolvePost, resolveSentence, seededRandom } from './threads.mjs';

const TAGS = ['claim', 'concession', 'disagreement', 'agreement', 'question', 'hedge', 'evidence'];
const DIR = new URL('../../tests/fixtures/real/', import.meta.url).pathname;
const OPTIONS = {
  set: { type: 'string', multiple: true }, misses: { type: 'string' }, json: { type: 'boolean', default: false },
  examples: { type: 'string', default: '15' }, parent: { type: 'boolean', default: false }, file: { type: 'string' },
  gold: { type: 'string' }, read: { type: 'string' }, errors: { type: 'boolean', default: false },
};
const { values: opt } = readArgs(import.meta.url, OPTIONS);
// --set a,b is --set a --set b.
opt.set = opt.set?.flatMap((names) => names.split(','));
const cap = opt.examples === 'all' ? Infinity : Number(opt.examples);
// --file PART scores only the labels of threads whose file name holds PART (e.g. the seed exchange: --file 001_).
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .filter((label) => !opt.file || !label.file || label.file.includes(opt.file));
const sets = opt.set ?? readdirSync(DIR).filter((n) => /-sentences\.jsonl$/.test(n)).map((n) => n.replace(/-sentences\.jsonl$/, ''));

const threads = new Map();
async function thread(file) {
  if (!threads.has(file)) threads.set(file, await readThread(file, { analyze, splitSentences }));
  return threads.get(file);
}

/** Statistic over items with a 95% bootstrap interval (1,000 resamples, seeded: the same run prints the same). */
function withInterval(items, statistic) {
  const random = seededRandom(7);
  const values = [];
  for (let b = 0; b < 1000; b++) {
    const sample = items.map(() => items[Math.floor(random() * items.length)]);
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  return { value: statistic(items), low: values[25], high: values[974] };
}
const f1 = (tp, fp, fn) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
function tagCounts(rows, tag) {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows) {
    if (row.unsure.includes(tag)) continue;
    const gold = row.must.includes(tag);
    const predicted = row.predicted.includes(tag);
    if (gold && predicted) tp++; else if (predicted) fp++; else if (gold) fn++;
  }
  return { tp, fp, fn };
}
const fullyRight = (row) => row.must.every((t) => row.predicted.includes(t))
  && row.predicted.every((t) => row.must.includes(t) || row.unsure.includes(t));
function macroF1(rows, labels, map = (x) => x) {
  const scores = labels.map((label) => {
    let tp = 0, fp = 0, fn = 0;
    for (const row of rows) {
      const gold = map(row.gold) === label;
      const predicted = map(row.predicted) === label;
      if (gold && predicted) tp++; else if (predicted) fp++; else if (gold) fn++;
    }
    return f1(tp, fp, fn);
  });
  return scores.reduce((s, v) => s + v, 0) / labels.length;
}
const threeWay = (label) => (label === 'mixed' ? 'disagree' : label);
const fmt = ({ value, low, high }) => `${value.toFixed(3)} [${low.toFixed(3)}–${high.toFixed(3)}]`;
const report = {};
const pooled = { rows: [], pairRows: [] };
const opening = (post) => (post?.text ?? '').replace(/\s+/g, ' ').slice(0, 150);
for (const set of sets) {
  const sentenceFile = join(DIR, `${set}-sentences.jsonl`);
  const rows = [];
  let missing = 0;
  for (const label of jsonl(sentenceFile)) {
    const found = resolveSentence(await thread(label.file), label);
    if (!found || !found.sentence.tagged) { missing++; continue; }
    rows.push({ ...label, text: found.sentence.text, predicted: found.sentence.tagged.tags, cues: found.sentence.tagged.cues, parentText: opening(found.parent) });
  }
  const perTag = Object.fromEntries(TAGS.map((tag) => {
    const { tp, fp, fn } = tagCounts(rows, tag);
    const f = withInterval(rows, (sample) => { const c = tagCounts(sample, tag); return f1(c.tp, c.fp, c.fn); });
    return [tag, { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, f1: f, support: tp + fn }];
  }));
  const full = withInterval(rows, (sample) => sample.filter(fullyRight).length / sample.length);
  const withoutClaim = rows.map((r) => ({ ...r, must: r.must.filter((t) => t !== 'claim'), unsure: [...r.unsure, 'claim'] }));
  const fullNoClaim = withoutClaim.filter(fullyRight).length / rows.length;

  const pairRows = [];
  let missingPairs = 0;
  const pairFile = join(DIR, `${set}-pairs.jsonl`);
  for (const label of existsSync(pairFile) ? jsonl(pairFile) : []) {
    const t = await thread(label.file);
    const reply = resolvePost(t, label.replyId, label.replyHash);
    if (!reply || !reply.stance) { missingPairs++; continue; }
    pairRows.push({ ...label, gold: label.stance, predicted: reply.stance.label, cues: reply.stance.cues ?? [], replyText: opening(reply), parentText: opening(t.byId.get(reply.parentId)) });
  }
  const stance = pairRows.length === 0 ? null : {
    pairs: pairRows.length,
    accuracy: withInterval(pairRows, (s) => s.filter((r) => r.gold === r.predicted).length / s.length),
    accuracyWithAlt: pairRows.filter((r) => r.gold === r.predicted || r.alt === r.predicted).length / pairRows.length,
    macroF1: withInterval(pairRows, (s) => macroF1(s, ['agree', 'neutral', 'disagree'], threeWay)),
    macroF1FourWay: macroF1(pairRows, STANCES),
    confusion: confusion(pairRows),
  };
  pooled.rows.push(...rows);
  pooled.pairRows.push(...pairRows);
  report[set] = { sentences: rows.length, missing, fullyRight: full, fullyRightWithoutClaim: fullNoClaim, perTag, stance, missingPairs };

  if (!opt.json) {
    console.log(`\n${set}: ${rows.length} sentences${missing ? ` (${missing} no longer found)` : ''}`);
    console.log(`  fully right ${fmt(full)}   without claim ${fullNoClaim.toFixed(3)}`);
    console.log('  tag            P      R      F1 [95%]               support');
    for (const tag of TAGS) {
      const t = perTag[tag];
      console.log(`  ${tag.padEnd(13)} ${t.precision.toFixed(2).padStart(5)}  ${t.recall.toFixed(2).padStart(5)}  ${fmt(t.f1)}  ${String(t.support).padStart(5)}`);
    }
    if (stance) {
      console.log(`  stance (${stance.pairs} pairs${missingPairs ? `, ${missingPairs} not found` : ''}): macro-F1 ${fmt(stance.macroF1)}, accuracy ${fmt(stance.accuracy)}`);
      console.log(`    four-way macro-F1 ${stance.macroF1FourWay.toFixed(3)}, accuracy counting alt ${stance.accuracyWithAlt.toFixed(3)}`);
      printConfusion(stance.confusion, '    ');
    }
  }
  if (opt.misses === 'stance') {
    const wrong = pairRows.filter((r) => threeWay(r.gold) !== threeWay(r.predicted)
      && (!opt.gold || r.gold === opt.gold) && (!opt.read || r.predicted === opt.read));
    console.log(`\n  stance read wrong (${wrong.length} of ${pairRows.length}):`);
    for (const r of wrong.slice(0, cap)) {
      console.log(`    ${r.gold}${r.alt ? `/${r.alt}` : ''} → ${r.predicted}: ${r.replyText}`);
      console.log(`        parent: ${r.parentText}\n        cues: ${r.cues.join(' | ').slice(0, 200)}`);
    }
  } else if (opt.misses) {
    const tag = opt.misses;
    const n = cap;
    const misses = rows.filter((r) => r.must.includes(tag) && !r.predicted.includes(tag));
    const alarms = rows.filter((r) => !r.must.includes(tag) && !r.unsure.includes(tag) && r.predicted.includes(tag));
    console.log(`\n  ${tag} misses (${misses.length}):`);
    for (const r of misses.slice(0, n)) {
      console.log(`    - ${r.text.slice(0, 160)}  [${r.predicted.join(',')}]`);
      if (opt.parent) console.log(`        parent: ${r.parentText}`);
    }
    console.log(`  ${tag} false alarms (${alarms.length}):`);
    for (const r of alarms.slice(0, n)) console.log(`    + ${r.text.slice(0, 160)}  [${r.cues.join(' | ').slice(0, 120)}]`);
  }
}
if (sets.length > 1) {
  const { rows, pairRows } = pooled;
  const tags = TAGS.map((tag) => {
    const { tp, fp, fn } = tagCounts(rows, tag);
    return { tag, precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, f1: f1(tp, fp, fn) };
  });
  const stance = macroF1(pairRows, ['agree', 'neutral', 'disagree'], threeWay);
  const stanceConfusion = confusion(pairRows);
  const accuracy = pairRows.filter((r) => r.gold === r.predicted).length / pairRows.length;
  report.pooled = { sentences: rows.length, pairs: pairRows.length, fullyRight: withInterval(rows, (sample) => sample.filter(fullyRight).length / sample.length), perTag: tags, stanceMacroF1: stance, stanceAccuracy: accuracy, stanceConfusion };
  if (!opt.json) {
    console.log(`\npooled (${sets.join(', ')}): ${rows.length} sentences, ${pairRows.length} pairs; fully right ${fmt(report.pooled.fullyRight)}, stance macro-F1 ${stance.toFixed(3)}, accuracy ${accuracy.toFixed(3)}`);
    for (const t of tags) console.log(`  ${t.tag.padEnd(13)} ${t.precision.toFixed(2).padStart(5)}  ${t.recall.toFixed(2).padStart(5)}  ${t.f1.toFixed(3)}`);
    printConfusion(stanceConfusion, '  ');
  }
}
if (opt.errors) printErrorClasses(pooled.rows, { cap, parent: opt.parent });
if (opt.json) console.log(JSON.stringify(report, null, 2));
