#!/usr/bin/env node
// A finer look than ../shared/tools/eval-tagger.mjs: for one task, the precision of every cue that fired
// (how often the tag it gave was right), and sample misses and false alarms. Reads the labelled corpora
// in ../shared/tagger by path, for measurement only. Run after a build:
//   node scripts/tagger-report.mjs <stance|concession|claim|evidence|hedge|dialog> [--examples N] [--cue NAME] [--curve]
// --curve prints the task's F1 at other display thresholds, to see whether a tag's threshold is well placed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scoreSentence, splitSentences, stanceToward, tagText } from '../dist/tag/index.js';

const ROOT = new URL('../../shared/tagger/', import.meta.url).pathname;
const [task = 'claim', ...rest] = process.argv.slice(2);
const option = (name, fallback) => { const at = rest.indexOf(`--${name}`); return at >= 0 ? rest[at + 1] : fallback; };
const showExamples = Number(option('examples', 8));
const onlyCue = option('cue', null);
const curve = rest.includes('--curve');

function csv(text, sep = ',') {
  const rows = []; let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) { if (c === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false; } else field += c; }
    else if (c === '"') quoted = true;
    else if (c === sep) { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const files = (dir, re) => readdirSync(join(ROOT, dir)).filter((f) => re.test(f)).map((f) => join(ROOT, dir, f));
const tsv = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const withHeader = (rows) => { const h = rows.shift(); return rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]]))); };

/** Each task: items {text, parent?, gold: boolean | label} and the tag it scores. */
const TASKS = {
  concession: () => files('concession_gum', /pdtb.*\.rels$/).flatMap((f) => withHeader(tsv(f)).map((r) => {
    const first = Number(r.unit1_toks.split('-')[0]) <= Number(r.unit2_toks.split('-')[0]);
    return { text: first ? `${r.u1_raw} ${r.u2_raw}` : `${r.u2_raw} ${r.u1_raw}`, gold: r.orig_label.startsWith('comparison.concession'), note: r.orig_label };
  })),
  claim: () => [
    ...files('ukp_sentential', /\.tsv$/).flatMap((f) => withHeader(tsv(f)).filter((r) => r.sentence).map((r) => ({ text: r.sentence, gold: r.annotation !== 'NoArgument', note: `ukp ${r.annotation}` }))),
    ...files('claims_aaec', /segments\.jsonl$/).flatMap((f) => jsonl(f).filter((s) => s.n_tokens >= 4).map((s) => ({ text: s.text, gold: s.label === 'Claim' || s.label === 'MajorClaim', note: `aaec ${s.label}` }))),
  ],
  evidence: () => files('evidence_ibm', /\.csv$/).flatMap((f) => withHeader(csv(readFileSync(f, 'utf8'))).filter((r) => r.candidate).map((r) => ({ text: r.candidate, gold: r.label === '1' }))),
  hedge: () => files('hedge_conll2010_wiki', /\.csv$/).flatMap((f) => csv(readFileSync(f, 'utf8')).filter((r) => r[1]).map((r) => ({ text: r[1].replace(/&quot;/g, '"'), gold: r[0] === '-1' }))),
  dialog: () => files('dialog_acts_swda', /\.jsonl$/).flatMap((f) => jsonl(f).map((u) => ({ text: u.text, gold: u.group, note: u.da_tag }))),
  stance: () => files('agreement_subreddit', /\.csv$/).flatMap((f) => withHeader(csv(readFileSync(f, 'utf8'))).filter((r) => r.response_text).map((r) => ({ text: r.response_text, parent: r.quote_text, gold: ['disagree', 'neutral', 'agree'][Number(r.relation)] }))),
};
const TAG = { concession: 'concession', claim: 'claim', evidence: 'evidence', hedge: 'hedge' };
const DIALOG = { agree: 'agreement', reject: 'disagreement', hedge: 'hedge', question: 'question' };

const items = TASKS[task]();
const started = performance.now();
const tagged = items.map((item) => {
  const sentences = tagText(item.text);
  const own = sentences.filter((s) => !s.quoted);
  return { item, sentences: own, tags: new Set(own.flatMap((s) => s.tags)), stance: item.parent !== undefined ? stanceToward(sentences, item.parent) : null };
});
console.log(`${task}: ${items.length} items in ${(performance.now() - started).toFixed(0)} ms`);

const f1 = (tp, fp, fn) => { const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1); return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }; };
const short = (text) => (text.length > 220 ? `${text.slice(0, 220)}…` : text);

function report(tag, isGold) {
  let tp = 0, fp = 0, fn = 0;
  const cues = new Map();
  const misses = [], alarms = [];
  for (const t of tagged) {
    const gold = isGold(t.item), said = t.tags.has(tag);
    if (gold && said) tp++; else if (!gold && said) fp++; else if (gold) fn++;
    for (const s of t.sentences) for (const r of s.reasons) if (r.tag === tag) {
      const c = cues.get(r.cue) ?? { right: 0, wrong: 0 }; if (gold) c.right++; else c.wrong++; cues.set(r.cue, c);
    }
    if (onlyCue && !t.sentences.some((s) => s.cues.includes(onlyCue))) continue;
    if (gold && !said) misses.push(t); else if (!gold && said) alarms.push(t);
  }
  const { p, r, f1: f } = f1(tp, fp, fn);
  console.log(`\n== ${tag}: F1 ${f.toFixed(3)} P ${p.toFixed(2)} R ${r.toFixed(2)} (tp ${tp} fp ${fp} fn ${fn})`);
  if (curve) printCurve(tag, isGold);
  for (const [cue, c] of [...cues].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong).slice(0, 40)) {
    console.log(`  ${(c.right / (c.right + c.wrong)).toFixed(2)}  ${String(c.right + c.wrong).padStart(4)}  ${cue}`);
  }
  const sample = (list) => list.slice(0, showExamples).map((t) => `   - ${short(t.item.text)}${t.item.note ? `  [${t.item.note}]` : ''}  {${t.sentences.flatMap((s) => s.cues).join(' | ')}}`).join('\n');
  console.log(`  misses:\n${sample(misses)}\n  false alarms:\n${sample(alarms)}`);
}

/** F1 had the tag been shown from each threshold up: the strongest own sentence's confidence decides. */
function printCurve(tag, isGold) {
  const scored = tagged.map((t) => ({
    gold: isGold(t.item),
    confidence: Math.max(0, ...splitSentences(t.item.text).map((text) => scoreSentence(text).find((score) => score.tag === tag && score.reasons.length > 0)?.confidence ?? 0)),
  }));
  for (let threshold = 0.3; threshold < 0.91; threshold += 0.05) {
    let tp = 0, fp = 0, fn = 0;
    for (const { gold, confidence } of scored) { const said = confidence >= threshold - 1e-9; if (gold && said) tp++; else if (said) fp++; else if (gold) fn++; }
    const { p, r, f1: f } = f1(tp, fp, fn);
    console.log(`  threshold ${threshold.toFixed(2)}: F1 ${f.toFixed(3)} P ${p.toFixed(2)} R ${r.toFixed(2)}`);
  }
}

if (task === 'stance') {
  const labels = ['agree', 'neutral', 'disagree'];
  const matrix = Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))]));
  for (const t of tagged) matrix[t.item.gold][t.stance.label === 'mixed' ? 'disagree' : t.stance.label]++;
  console.log('gold \\ predicted', labels.join(' '));
  for (const g of labels) console.log(g.padEnd(9), labels.map((p) => String(matrix[g][p]).padStart(6)).join(' '));
  const per = labels.map((c) => { let tp = 0, fp = 0, fn = 0; for (const g of labels) for (const p of labels) { const n = matrix[g][p]; if (g === c && p === c) tp += n; else if (p === c) fp += n; else if (g === c) fn += n; } return f1(tp, fp, fn).f1; });
  console.log(`macro-F1 ${(per.reduce((a, b) => a + b) / 3).toFixed(3)}  ${labels.map((l, i) => `${l} ${per[i].toFixed(2)}`).join(' ')}`);
  const cueStats = new Map();
  for (const t of tagged) for (const cue of t.stance.cues ?? []) { const c = cueStats.get(cue) ?? { agree: 0, neutral: 0, disagree: 0 }; c[t.item.gold]++; cueStats.set(cue, c); }
  for (const [cue, c] of [...cueStats].sort((a, b) => (b[1].agree + b[1].neutral + b[1].disagree) - (a[1].agree + a[1].neutral + a[1].disagree)).slice(0, 40)) console.log(`  a${c.agree} n${c.neutral} d${c.disagree}  ${cue}`);
} else if (task === 'dialog') {
  for (const [group, tag] of Object.entries(DIALOG)) report(tag, (item) => item.gold === group);
} else {
  report(TAG[task], (item) => item.gold);
}
