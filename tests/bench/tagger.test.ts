// bench/tagger.mjs as run by hand (after a build): the synthetic figure, and beside it a saved thread's.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BENCH = new URL('../../bench/tagger.mjs', import.meta.url).pathname;
const REDDIT = new URL('../fixtures/sources/reddit/announcements_fo7p5b_reddit_polls.json', import.meta.url).pathname;

const bench = (args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8', timeout: 120_000 });
const RATE = /= [\d,]+ sentences\/s; CPU [\d.]+ s = [\d,]+ sentences\/CPU-s/;

describe('bench/tagger.mjs', () => {
  it('reports a saved thread tagged as the pipeline tags it, beside the synthetic figure', { timeout: 120_000 }, () => {
    const { status, stdout, stderr } = bench(['2000', '--thread', REDDIT]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [synthetic, thread] = stdout.trim().split('\n');
    expect(synthetic).toMatch(/^tagger, synthetic: 2000 sentences/);
    expect(synthetic).toMatch(RATE);
    // The Reddit thread of 483 comments: 487 posts after dedup, tagged whole until ~2,000 sentences are done.
    expect(thread).toMatch(/^tagger, .*announcements_fo7p5b_reddit_polls\.json \(487 posts, \d+ sentences, 2×\)/);
    expect(thread).toMatch(RATE);
  });
});
