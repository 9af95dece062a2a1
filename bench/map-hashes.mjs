#!/usr/bin/env node
// Did a change keep every map byte for byte? Prints, per saved thread, the sha256 of its map's threadmap/1 JSON,
// its compact form and its page form (elapsedMs and retrievedAt blanked), then the same for synthetic pasted
// threads built on one core and on two. Run it on two builds and diff the outputs:
//   node bench/map-hashes.mjs [--root CHECKOUT] [DIR …]   (DIR default: tests/fixtures/sources)
// CHECKOUT is a built checkout (its dist/ is used), by default this one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArgs } from '../scripts/real/args.mjs';
import { syntheticThread } from './synthetic-thread.mjs';

const here = new URL('..', import.meta.url).pathname;
const { values, positionals } = readArgs(import.meta.url, { root: { type: 'string' } }, { positionals: true });
const dist = (path) => import(pathToFileURL(join(resolve(values.root ?? here), 'dist', path)).href);
const { readContent } = await dist('sources/dispatch.js');
const { toSourceContent } = await dist('sources/content.js');
const { readText } = await dist('sources/text.js');
const { buildMap, buildMapOnTwoCores } = await dist('pipeline.js');
const { compactDocument } = await dist('compact/pack.js');
const { pageForm } = await dist('server/page-form.js');

const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const steady = (doc) => ({ ...doc, source: { ...doc.source, retrievedAt: '' }, stats: { ...doc.stats, elapsedMs: 0 } });
const hashes = (doc) => [sha(JSON.stringify(doc)), sha(JSON.stringify(compactDocument(doc))), sha(pageForm(doc))].join(' ');

function filesUnder(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : name === 'SOURCES.md' ? [] : [path];
  });
}

for (const file of (positionals.length ? positionals : [join(here, 'tests/fixtures/sources')]).flatMap(filesUnder)) {
  let line;
  try { line = hashes(steady(buildMap(readContent(toSourceContent(readFileSync(file, 'utf8'), null))))); } catch (error) { line = `refused: ${error.message}`; }
  console.log(`${file.slice(here.length)} ${line}`);
}
// 12,000 paragraphs make 5,600 posts: over the two-core threshold, so the worker's path is hashed too.
for (const [paragraphs, seed] of [[300, 3], [3_000, 5], [12_000, 9]]) {
  console.log(`synthetic ${paragraphs} one core ${hashes(steady(buildMap(readText(syntheticThread(paragraphs, seed)))))}`);
  console.log(`synthetic ${paragraphs} two cores ${hashes(steady(await buildMapOnTwoCores(readText(syntheticThread(paragraphs, seed)))))}`);
}
