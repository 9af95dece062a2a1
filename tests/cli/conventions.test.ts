// The command line by convention: --help on every command (exit 0), --version, `--`, short flags, and
// every usage mistake one line on stderr with exit 2; reads from devices and FIFOs stay bounded.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPath } from '../../src/cli/read-input.js';
import type { MapDocument } from '../../src/model.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = new URL('../../bin/threadmap.js', import.meta.url).pathname;
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const THREAD = 'Alice: Tea is better than coffee.\n\nBob: No, coffee wins; the studies say so.\n';
const dir = tempDir('threadmap-cli-conventions-');

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { ...options, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('threadmap command line', () => {
  it.each([['analyze'], ['tag'], ['serve']])('%s --help and -h print its usage and exit 0', (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = run([command, flag]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(new RegExp(`^Usage: threadmap ${command}`));
    }
  });

  it('documents every export format, svg included, and --max-mb', () => {
    const { stdout } = run(['help', 'analyze']);
    expect(stdout).toContain('md|json|argdown|aif|html|svg');
    expect(stdout).toContain('--max-mb N');
  });

  it('prints its version', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `threadmap ${PACKAGE.version}\n`, stderr: '' });
  });

  it('takes -f and -o, and a file named like an option after --', () => {
    writeFileSync(join(dir, '-thread.txt'), THREAD);
    const { code, stdout, stderr } = run(['analyze', '-f', 'json', '-o', 'map.json', '--', '-thread.txt'], { cwd: dir });
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((JSON.parse(readFileSync(join(dir, 'map.json'), 'utf8')) as MapDocument).stats.inputPosts).toBe(2);
  }, 60_000);

  it.each([
    [['analyze', 'x.txt', '--bogus'], "threadmap: unknown option --bogus for analyze; see 'threadmap analyze --help'.\n"],
    [['analyze', 'x.txt', '-f'], "threadmap: --format needs a value; see 'threadmap analyze --help'.\n"],
    [['tag', '--stance=yes'], "threadmap: --stance takes no value; see 'threadmap tag --help'.\n"],
    [['analyze', 'x.txt', '--max-mb', 'lots'], "threadmap: --max-mb must be a positive number of megabytes, not 'lots'.\n"],
    [['frobnicate'], "threadmap: unknown command 'frobnicate'; see 'threadmap --help'.\n"],
  ])('%j is one line on stderr and exit 2', (args, message) => {
    expect(run(args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('will not serve a damaged store: one line, exit 2, the file left as it was', () => {
    const store = join(dir, 'damaged.db');
    writeFileSync(store, 'not a database '.repeat(400));
    const result = spawnSync(process.execPath, [BIN, 'serve', '--port', '0'], { env: { ...process.env, THREADMAP_DB: store }, encoding: 'utf8', timeout: 60_000 });
    expect({ code: result.status, stdout: result.stdout }).toEqual({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`threadmap: the map store ${store} is damaged (file is not a database); move it aside (or set THREADMAP_DB to another file) and start again.\n`);
    expect(readFileSync(store, 'utf8')).toBe('not a database '.repeat(400));
  }, 60_000);

  it('refuses /dev/zero at the cap instead of reading it all', () => {
    const { code, stdout, stderr } = run(['analyze', '/dev/zero', '--max-mb', '2']);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'threadmap: /dev/zero goes on past 2 MB; the most Threadmap reads is 2 MB (raise it with --max-mb N).\n' });
  }, 60_000);

  it('reads a FIFO a writer fills, and gives up on one nobody writes to', async () => {
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `sleep 0.2; printf 'hello' > '${fifo}'`]);
    expect((await readPath(fifo, 1024)).toString()).toBe('hello');
    await new Promise((resolve) => writer.once('exit', resolve));
    await expect(readPath(fifo, 1024, 300)).rejects.toThrow(`nothing was written to ${fifo} for 0 s; is anything writing to that pipe?`);
  }, 60_000);
});
