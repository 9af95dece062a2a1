// The measuring scripts (scripts/real) as a person runs them: --help prints the usage from the script's opening
// comment, a mistyped option is one line on stderr and exit code 2, never a stack trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPTS = ['agreement', 'eval', 'eval-summary', 'merge-labels', 'sample', 'summary-packets'];
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [new URL(`../../scripts/real/${script}.mjs`, import.meta.url).pathname, ...args], { encoding: 'utf8', timeout: 60_000 });

describe.each(SCRIPTS)('scripts/real/%s.mjs', (script) => {
  it('prints its usage on --help and exits 0', { timeout: 60_000 }, () => {
    const { status, stdout, stderr } = run(script, ['--help']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`${script}.mjs`);
    expect(stdout).not.toMatch(/^\/\//m);
  });

  it('refuses an unknown option in one line with exit code 2', { timeout: 60_000 }, () => {
    const { status, stdout, stderr } = run(script, ['--no-such-option']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${script}: Unknown option '--no-such-option'.*--help prints the usage`))]);
  });
});
