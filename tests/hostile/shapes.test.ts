// The hostile-input corpus: each shape that once made a stage quadratic, at half a megabyte, must give a
// map or a clear refusal within a linear budget. The budget is 5× the 2 s/MB target so a loaded machine
// passes; a quadratic shape at this size takes minutes, so it still fails. Exact timings: npm run bench:hostile.
import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES } from '../../bench/hostile-shapes.mjs';
import { ThreadmapError } from '../../src/errors.js';
import { analyze } from '../../src/pipeline.js';

const BYTES = 512 * 1024;
const BUDGET_MS_PER_MB = 5 * 2000;

describe('hostile input', () => {
  for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
    it(`${name}: a map or a clear refusal, in linear time`, async () => {
      const text = shape(BYTES);
      const started = performance.now();
      const outcome = await analyze({ text }).then(
        (doc) => `${doc.stats.posts} posts`,
        (error: unknown) => {
          expect(error).toBeInstanceOf(ThreadmapError);
          // One sentence saying what is wrong (no stack, no markup).
          expect((error as Error).message).toMatch(/^[^\n<]{10,300}[.)]$/);
          return 'refused';
        },
      );
      const elapsed = performance.now() - started;
      expect(outcome).toMatch(/^(\d+ posts|refused)$/);
      expect(elapsed).toBeLessThan((BUDGET_MS_PER_MB * text.length) / (1024 * 1024));
    }, 60_000);
  }

  it('refuses nested <div>s with the depth and the limit', async () => {
    await expect(analyze({ text: HOSTILE_SHAPES['nested <div>s']!(BYTES) })).rejects.toThrow(/^the text nests HTML elements \d+ deep; Threadmap reads pages nested at most 3000 deep\.$/);
  }, 60_000);
});
