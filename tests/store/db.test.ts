// Opening the store file: a damaged or emptied file is reported in one sentence, never replaced; several
// processes creating the same fresh file at once all succeed.
import { execFile } from 'node:child_process';
import { closeSync, openSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { tempDir } from '../helpers/temp-dir.js';

const DB_MODULE = new URL('../../dist/store/db.js', import.meta.url).href;

describe('opening the store', () => {
  const dir = tempDir('threadmap-db-');

  it('reports a file that is not a database, and leaves it as it was', () => {
    const file = join(dir, 'damaged.db');
    writeFileSync(file, 'this is not SQLite '.repeat(300));
    expect(() => openDatabase(file)).toThrow(new RegExp(`^the map store ${file} is damaged \\(file is not a database\\); move it aside \\(or set THREADMAP_DB to another file\\) and start again\\.$`));
  });

  it('reports a store emptied to 0 bytes instead of starting a fresh one', () => {
    const file = join(dir, 'emptied.db');
    closeSync(openSync(file, 'w'));
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    expect(() => openDatabase(file)).toThrow(/is empty \(0 bytes\), so its maps are gone; move it aside/);
  });

  it('lets 4 processes create the same fresh file at once, 3 times over', async () => {
    const run = promisify(execFile);
    const script = `const { openDatabase } = await import(${JSON.stringify(DB_MODULE)}); openDatabase(process.argv[1]).close();`;
    for (let round = 0; round < 3; round++) {
      const file = join(dir, `fresh-${round}.db`);
      const opened = await Promise.allSettled(Array.from({ length: 4 }, () => run(process.execPath, ['--input-type=module', '-e', script, file])));
      expect(opened.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
    }
  }, 120_000);
});
