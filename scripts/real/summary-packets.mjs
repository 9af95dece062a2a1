#!/usr/bin/env node
// Packets for careful readers who write down what a thread argues (issue 10's measure): the thread as the map
// reads it, every sentence numbered `<post>#<n>`, and nothing of Threadmap's own tags or summary. A reader's
// answer names sentences by those numbers; `eval-summary.mjs --merge` turns them into (post id, sentence hash)
// references, kept in tests/fixtures/real/summaries/, so they survive later changes to the pipeline.
//   node scripts/real/summary-packets.mjs --out DIR file [file …]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../dist/pipeline.js';
import { splitSentences } from '../../dist/tag/index.js';
import { readArgs } from './args.mjs';
import { readThread, threadName } from './threads.mjs';

const { values: opt, positionals: files } = readArgs(import.meta.url, { out: { type: 'string' } }, { positionals: true });
if (!opt.out || files.length === 0) throw new Error('usage: summary-packets.mjs --out DIR file [file …]');
mkdirSync(opt.out, { recursive: true });

for (const file of files) {
  const thread = await readThread(file, { analyze, splitSentences });
  const lines = [`THREAD: ${thread.title ?? '(untitled)'}`, ''];
  const key = {};
  for (const post of thread.posts) {
    const parent = post.parentId ? thread.byId.get(post.parentId) : null;
    const replying = parent ? `, replying to post ${parent.id} (${parent.author ?? 'unknown'})` : '';
    lines.push(`=== POST ${post.id} by ${post.author ?? 'unknown'}${replying}${post.placeholder ? ' [missing from the saved page]' : ''}`);
    for (const quote of post.quotes) lines.push(`  (quoting: "${quote.replace(/\s+/g, ' ')}")`);
    post.sentences.forEach((sentence, i) => {
      lines.push(`  ${post.id}#${i}  ${sentence.text.replace(/\s+/g, ' ')}`);
      key[`${post.id}#${i}`] = sentence.hash;
    });
    lines.push('');
  }
  const name = threadName(file);
  writeFileSync(join(opt.out, `${name}.txt`), lines.join('\n'));
  writeFileSync(join(opt.out, `${name}.key.json`), JSON.stringify({ file, key }));
  console.error(`${name}: ${thread.posts.length} posts, ${Object.keys(key).length} sentences`);
}
