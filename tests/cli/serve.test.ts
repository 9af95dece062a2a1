// `threadmap serve` as a user runs it (what `npm start` does): it prints where it listens, answers, and
// stops cleanly on Ctrl+C; a bad port is one clear line and exit status 2.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { parsePort } from '../../src/cli/serve.js';
import { temporaryDatabase } from '../fixtures/web/server.js';

const BIN = new URL('../../bin/threadmap.js', import.meta.url).pathname;

describe('threadmap serve', () => {
  it('reads a port number and refuses anything else', () => {
    expect(parsePort('3000', '--port')).toBe(3000);
    expect(parsePort('0', 'PORT')).toBe(0);
    expect(() => parsePort('http', '--port')).toThrow("--port must be a port number from 0 to 65535, not 'http'.");
    expect(() => parsePort('70000', 'PORT')).toThrow(/^PORT must be a port number/);
  });

  it('serves the home page until interrupted, then exits 0', async () => {
    const db = temporaryDatabase();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], { env: { ...process.env, THREADMAP_DB: db.dbPath } });
    try {
      let stderr = '';
      child.stderr.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: string) => {
          stderr += chunk;
          const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
          if (match) resolve(match[1]!);
        });
        child.once('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
      });
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Map an argument');
      child.kill('SIGINT');
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(0);
    } finally {
      child.kill();
      db.remove();
    }
  }, 20_000);

  it('says so in one line when the port is not a number', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', 'abc']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(2);
    expect(stderr).toBe("threadmap: --port must be a port number from 0 to 65535, not 'abc'.\n");
  });
});
