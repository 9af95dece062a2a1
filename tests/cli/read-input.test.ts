import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticThread } from '../../bench/synthetic-thread.mjs';
import { DEFAULT_MAX_INPUT_MB, readPath } from '../../src/cli/read-input.js';

const MIB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'threadmap-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the default input cap', { timeout: 60_000 }, () => {
  it("reads the bench's own 100,000-paragraph paste (npm run bench), which is over 32 MB", async () => {
    const text = syntheticThread(100_000);
    const path = join(dir, 'bench-100k.txt');
    writeFileSync(path, text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(32 * MIB);
    expect((await readPath(path, DEFAULT_MAX_INPUT_MB * MIB)).length).toBe(Buffer.byteLength(text));
  });
});
