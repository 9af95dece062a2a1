import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/export/markdown.js';
import { LEDGER_ROWS } from '../../src/export/markdown-argument.js';
import { buildMap } from '../../src/pipeline.js';
import { readText } from '../../src/sources/text.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);
const headings = (md: string) => md.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));

describe.skipIf(!existsSync(SEED))('Markdown summary of the seed exchange', () => {
  const md = renderMarkdown(buildMap(readText(readFileSync(SEED, 'utf8'))));

  it('leads with main claims, open then resolved disagreements, concessions; the outline and participants come last', () => {
    expect(headings(md)).toEqual(['Main claims', 'Open disagreements', 'Resolved disagreements', 'Concessions', 'Thread', 'Participants', 'Notes']);
  });

  it('names speakers, never "anonymous", and says who granted whom what', () => {
    expect(md).not.toMatch(/anonymous/);
    expect(md).toMatch(/- \*\*Speaker B\*\* → \*\*Speaker A\*\* \(p\d+ → p\d+\): “That makes sense, though to be clear I was not trying to equate those two\.” · granting “An attacker being out of scope/);
    expect(md).toMatch(/\*\*Speaker B\*\* \(p\d+\) vs \*\*Speaker C\*\* \(p\d+\): “You can’t just walk up/);
    expect(md).toMatch(/This I think puts Anthropic in violation of its RSP/);
  });
});

describe('Markdown participants', () => {
  it('are capped, with a line saying how many more the JSON holds', () => {
    const posts = [rawPost('r', null, 'Cities should build more housing near transit stations.', { author: 'host' })];
    for (let i = 0; i < LEDGER_ROWS + 5; i++) posts.push(rawPost(`c${i}`, 'r', `I agree with point ${i} about housing near transit stations.`, { author: `user${i}` }));
    const md = renderMarkdown(buildMap(rawThread(posts)));
    const table = md.slice(md.indexOf('## Participants'));
    expect(table.split('\n').filter((line) => /^\| (host|user)/.test(line))).toHaveLength(LEDGER_ROWS);
    expect(table).toContain('…and 6 more participants (all in the JSON export).');
  });
});
