#!/usr/bin/env node
// The README's tour commands (`    $ … npx threadmap …` lines), run as written with this checkout's bin, and
// their outputs with times masked. tests/docs/readme-examples.test.ts compares them with
// tests/docs/readme-examples.json; after changing the README's examples or the output, run
// `node scripts/readme-examples.mjs --update` (after `npm run build`) and update the README to match.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const EXPECTED_FILE = fileURLToPath(new URL('../tests/docs/readme-examples.json', import.meta.url));
const COMMAND_LINE = /^ {4}\$ (.*\bnpx threadmap .*)$/gm;

/** The example commands, in README order. */
export function readmeCommands(readme = readFileSync(`${ROOT}README.md`, 'utf8')) {
  return [...readme.matchAll(COMMAND_LINE)].map((match) => match[1]);
}

/** Timestamps and durations differ on every run; everything else must not. */
export function maskTimes(output) {
  return output
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
    .replace(/("elapsedMs":\s*)\d+/g, '$1<ms>');
}

/** Runs one command as a shell would, with `npx threadmap` meaning this checkout's bin/threadmap.js. */
export function runExample(command) {
  const local = command.replaceAll('npx threadmap', `"${process.execPath}" "${ROOT}bin/threadmap.js"`);
  return maskTimes(execFileSync('sh', ['-c', local], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 }));
}

if (process.argv[2] === '--update') {
  const examples = readmeCommands().map((command) => ({ command, output: runExample(command) }));
  writeFileSync(EXPECTED_FILE, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`wrote ${examples.length} examples to ${EXPECTED_FILE}`);
}
