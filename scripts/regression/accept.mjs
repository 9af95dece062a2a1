#!/usr/bin/env node
// `npm run tag:accept`: prints every labelled sentence whose tags changed (old → new) and writes the new
// outputs as the expectations. Read the list before committing: it is the whole effect of a tagger change.
// `--dry-run` prints the same list and writes nothing.
//   npm run tag:accept [-- --dry-run]      (node scripts/regression/accept.mjs after npm run build)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../dist/pipeline.js';
import { splitSentences, tagSentence } from '../../dist/tag/index.js';
import { readArgs } from '../real/args.mjs';
import { changes, EXPECTED_DIR, regressionOutputs } from './outputs.mjs';

const { values } = readArgs(import.meta.url, { 'dry-run': { type: 'boolean' } });

const corpora = await regressionOutputs({ analyze, splitSentences, tagSentence });
if (!values['dry-run']) mkdirSync(EXPECTED_DIR, { recursive: true });
let total = 0;
for (const corpus of corpora) {
  const changed = changes(corpus);
  total += changed.length;
  if (changed.length) console.log(`\n${corpus.name}: ${changed.length} changed`);
  for (const c of changed) console.log(`  ${c.key}  ${c.before || '(none)'} → ${c.after || '(none)'}  ${c.text ? c.text.slice(0, 140) : ''}`);
  if (!values['dry-run']) writeFileSync(join(EXPECTED_DIR, `${corpus.name}.jsonl`), corpus.rows.map(({ key, output }) => JSON.stringify({ key, output })).join('\n') + '\n');
}
console.log(`\n${total} outputs changed across ${corpora.length} corpora; ${values['dry-run'] ? 'nothing written (--dry-run)' : 'expectations rewritten'}.`);
