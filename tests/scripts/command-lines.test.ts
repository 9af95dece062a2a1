// The measuring scripts (scripts/real, scripts/regression, bench) as a person runs them: --help prints the usage from the script's opening
// comment, a mistyped option is one line on stderr and exit code 2, never a stack trace; the summary merge keeps
// what a reader named.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPTS = [
  'scripts/real/agreement', 'scripts/real/eval', 'scripts/real/eval-summary', 'scripts/real/merge-labels', 'scripts/real/sample',
  'scripts/real/summary-packets', 'scripts/regression/accept',
  'bench/pipeline', 'bench/hostile', 'bench/voices', 'bench/tagger', 'bench/map-hashes',
];
const run = (path: string, args: string[]) =>
  spawnSync(process.execPath, [new URL(`../../${path}.mjs`, import.meta.url).pathname, ...args], { encoding: 'utf8', timeout: 60_000 });

describe.each(SCRIPTS)('%s.mjs', (path) => {
  const script = path.split('/').at(-1)!;
  it('prints its usage on --help and exits 0', { timeout: 60_000 }, () => {
    const { status, stdout, stderr } = run(path, ['--help']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`${script}.mjs`);
    expect(stdout).not.toMatch(/^\/\//m);
  });

  it('refuses an unknown option in one line with exit code 2', { timeout: 60_000 }, () => {
    const { status, stdout, stderr } = run(path, ['--no-such-option']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${script}: Unknown option '--no-such-option'.*--help prints the usage`))]);
  });
});

describe('scripts/real/eval-summary.mjs --merge', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const packet = (answer: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'tm-summary-'));
    made.push(dir);
    mkdirSync(join(dir, 'keys'));
    mkdirSync(join(dir, 'answers'));
    writeFileSync(join(dir, 'keys', 'thread.key.json'), JSON.stringify({ file: 'thread.html', key: { 'post-1#0': 'a1', 'post-2#0': 'b0', 'post-2#1': 'b1', 'post-29#0': 'c0' } }));
    writeFileSync(join(dir, 'answers', 'thread.json'), JSON.stringify(answer));
    return dir;
  };
  const merge = (dir: string) => run('scripts/real/eval-summary', ['--merge', join(dir, 'answers'), '--keys', join(dir, 'keys'), '--dir', join(dir, 'out')]);

  it('keeps a whole post a reader names ("post-29") as that post, not sentence 9 of post-2', { timeout: 60_000 }, () => {
    const dir = packet({ mainClaims: ['post-2#1'], clashes: [{ from: 'post-2#0', to: 'post-29' }], concessions: [] });
    expect(merge(dir).status).toBe(0);
    const merged = JSON.parse(readFileSync(join(dir, 'out', 'thread.json'), 'utf8'));
    expect(merged.mainClaims).toEqual([{ postId: 'post-2', hash: 'b1' }]);
    expect(merged.clashes).toEqual([{ from: { postId: 'post-2', hash: 'b0' }, to: { postId: 'post-29', hash: null }, resolved: false }]);
  });

  it('refuses a sentence the packet does not have', { timeout: 60_000 }, () => {
    const { status, stderr } = merge(packet({ mainClaims: ['post-2#7'], clashes: [], concessions: [] }));
    expect(status).not.toBe(0);
    expect(stderr).toContain('thread.json: no sentence post-2#7 in the packet');
  });
});
