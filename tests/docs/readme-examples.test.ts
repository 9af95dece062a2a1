// The README's tour, run as written: its commands must be the ones recorded in readme-examples.json, and
// each must still print what is recorded there (times masked). When either changes on purpose, run
// `node scripts/readme-examples.mjs --update` and make the README's shown output agree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPECTED_FILE, readmeCommands, runExample } from '../../scripts/readme-examples.mjs';

const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as { command: string; output: string }[];

describe("the README's examples", () => {
  it('are the commands recorded in readme-examples.json', () => {
    expect(readmeCommands()).toEqual(expected.map((example) => example.command));
  });

  for (const { command, output } of expected) {
    it(`still print the recorded output: ${command.slice(0, 90)}`, () => {
      expect(runExample(command)).toBe(output);
    }, 120_000);
  }
});
