// `threadmap analyze` as a user runs it: the real bin, built dist/, real files (npm test builds first).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandDocument } from '../../src/compact/expand.js';
import type { CompactDocument, MapDocument } from '../../src/model.js';
import { expectForest, maxDepth } from '../helpers/invariants.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = new URL('../../bin/threadmap.js', import.meta.url).pathname;
const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url).pathname;
const dir = tempDir('threadmap-cli-');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectFailure(result: ReturnType<typeof run>, code: number, message: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

// Each test spawns the CLI (node loads the whole pipeline): on a loaded machine that takes seconds.
describe.skipIf(!existsSync(SEED))('analyze the seed exchange', { timeout: 60_000 }, () => {
  it('prints a threadmap/1 document with the dedup figures the issue asks for', () => {
    const { code, stdout } = run(['analyze', SEED, '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as MapDocument;
    expect(doc.schema).toBe('threadmap/1');
    expect(doc.source.kind).toBe('text');
    expect(doc.stats.inputPosts).toBe(60);
    expect(doc.stats.duplicatesRemoved).toBeGreaterThanOrEqual(25);
    expect(doc.posts.filter((p) => p.parentId !== null).length).toBeGreaterThanOrEqual(3);
    expect(doc.posts.flatMap((p) => p.quotes).filter((q) => q.postId).length).toBeGreaterThanOrEqual(2);
    expect(doc.stats.sentences).toBe(doc.posts.reduce((n, p) => n + p.sentences.length, 0));
    expectForest(doc.posts);
    for (const post of doc.posts) {
      for (const sentence of post.sentences) expect(sentence.tags.length === 0 || sentence.cues.length > 0).toBe(true);
    }
  });

  it('prints the compact threadmap/2 document on --compact, a third the size, that expands to the same map', () => {
    const whole = run(['analyze', SEED, '--format', 'json']);
    const compact = run(['analyze', SEED, '--compact']);
    expect(compact.code).toBe(0);
    const packed = JSON.parse(compact.stdout) as CompactDocument;
    expect(packed.schema).toBe('threadmap/2');
    expect(compact.stdout.length).toBeLessThan(whole.stdout.length / 3);
    const expanded = expandDocument(packed);
    const doc = JSON.parse(whole.stdout) as MapDocument;
    expect({ ...expanded, stats: { ...expanded.stats, elapsedMs: 0 }, source: { ...expanded.source, retrievedAt: '' } })
      .toEqual({ ...doc, stats: { ...doc.stats, elapsedMs: 0 }, source: { ...doc.source, retrievedAt: '' } });
    expectFailure(run(['analyze', SEED, '--compact', '-f', 'md']), 2, /--compact is a form of the JSON document; use it with --format json, not md\.$/m);
  });

  it('reads the same thread from standard input', () => {
    const { code, stdout } = run(['analyze', '-', '--format', 'json'], readFileSync(SEED));
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as MapDocument).stats.inputPosts).toBe(60);
  });

  it('writes a Markdown summary with the sections a reader needs', () => {
    const out = join(dir, 'seed.md');
    const result = run(['analyze', SEED, '--format', 'md', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    for (const heading of ['## Participants', '## Main claims', '## Concessions', '## Open disagreements', '## Thread']) expect(md).toContain(heading);
    expect(md).toMatch(/60 paragraphs read \(\d+ duplicates removed\)/);
  });
});

describe('bad input gets one clear line, exit 2, nothing on stdout', { timeout: 120_000 }, () => {
  it('a missing file', () => expectFailure(run(['analyze', join(dir, 'nope.txt')]), 2, /cannot read .*nope\.txt: no such file\./));
  it('an empty file', () => expectFailure(run(['analyze', file('empty.txt', '  \n\n')]), 2, /is empty: there is no thread to read/));
  it('binary bytes', () => expectFailure(run(['analyze', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))]), 2, /looks like a binary file \(a NUL byte at offset 4\)/));
  it('a 70 MB paste', () => expectFailure(run(['analyze', file('big.txt', 'word '.repeat(14_000_000))]), 2, /is 66\.8 MB; the most Threadmap reads is 64 MB/));
  it('an unknown format', () => expectFailure(run(['analyze', SEED, '--format', 'pdf']), 2, /unknown --format 'pdf'/));
  it('no source', () => expectFailure(run(['analyze']), 2, /analyze needs a <source>/));
  it('an unknown command', () => expect(run(['frobnicate']).code).toBe(2));
  it('a full device', () => expectFailure(run(['analyze', SEED, '-f', 'json', '-o', '/dev/full']), 2, /cannot write \/dev\/full: ENOSPC\./));
  it('a write that fails half way leaves the old file whole and no partial file beside it', () => {
    const out = file('kept.json', 'the old map\n');
    // An 8 KB file-size limit (ulimit -f) fails the write of the seed's ~70 KB map part way through.
    const result = spawnSync('bash', ['-c', 'ulimit -f 8; exec "$0" "$@"', process.execPath, BIN, 'analyze', SEED, '-f', 'json', '-o', out], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*kept\.json: EFBIG\./);
    expect(readFileSync(out, 'utf8')).toBe('the old map\n');
    expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
  });
});

describe('hard input still gives a correct map', { timeout: 120_000 }, () => {
  it('invalid UTF-8 is read as windows-1252', () => {
    const { code, stdout } = run(['analyze', file('latin.txt', Buffer.from('Caf\xe9 owners say \x93rents\x94 doubled since 2019, which I doubt.', 'latin1')), '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as MapDocument;
    expect(doc.posts[0]!.text).toBe('Café owners say “rents” doubled since 2019, which I doubt.');
    expect(doc.diagnostics[0]!.message).toMatch(/latin\.txt is not UTF-8; it was read as windows-1252\./);
  });

  it('a single 2 MB line', () => {
    const line = 'The committee says the budget will rise, though I doubt it. '.repeat(35_000);
    const { code, stdout } = run(['analyze', file('line.txt', line), '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as MapDocument;
    expect(doc.posts).toHaveLength(1);
    expect(doc.stats.sentences).toBeGreaterThan(1000);
  });

  it('unbalanced quotes and brackets', () => {
    const { code, stdout } = run(['analyze', file('quotes.txt', 'He said “this never ends (and [it {does not.\n> "half a quote\nYou\'re wrong: it "ends.'), '--format', 'json']);
    expect(code).toBe(0);
    expectForest((JSON.parse(stdout) as MapDocument).posts);
  });

  it('a 10,000-deep quote chain', () => {
    // Words made from the point's number, so no two points share a shingle.
    const point = (i: number) => `Point ${i}: ${Array.from({ length: 9 }, (_, k) => ((i * 2654435761 + k * 40503) >>> 0).toString(36)).join(' ')}.`;
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i > 0) lines.push(`> ${point(i - 1)}`);
      lines.push(point(i));
    }
    const { code, stdout, stderr } = run(['analyze', file('chain.txt', lines.join('\n')), '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as MapDocument;
    expectForest(doc.posts);
    expect(maxDepth(doc.posts)).toBe(9_999);
  });
});

describe('URLs the fetcher must refuse exit 3 with one line', { timeout: 120_000 }, () => {
  it('loopback', () => expectFailure(run(['analyze', 'http://127.0.0.1/thread']), 3, /127\.0\.0\.1/));
  it('cloud metadata', () => expectFailure(run(['analyze', 'http://169.254.169.254/']), 3, /169\.254\.169\.254/));
  it('a scheme that is not http', () => expectFailure(run(['analyze', 'file:///etc/passwd']), 2, /Only http and https addresses can be read, not file:/));
});

describe('a reader that stops early', { timeout: 120_000 }, () => {
  it('ends quietly when the pipe closes (`| head`)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" analyze "${SEED}" --format md | head -1`], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stdout).toMatch(/^# /);
    expect(result.stderr).toBe('');
  });

  it('exits 0 with nothing on stderr when its reader closes the pipe mid-output', async () => {
    const child = spawn(process.execPath, [BIN, 'analyze', SEED, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
