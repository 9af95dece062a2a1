import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeArgdownText, renderArgdown } from '../../src/export/argdown.js';
import { analyze } from '../../src/pipeline.js';
import { HOSTILE_TEXT, sampleDocument } from '../fixtures/web/documents.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);

interface Statement { title: string; depth: number; relation: '+' | '-' | null; text: string; parent: string | null }

/** Reads the Argdown we write back: statements, their nesting and relations, checking the syntax as it goes. */
function parseArgdown(source: string): Statement[] {
  const lines = source.split('\n');
  expect(lines[0]).toMatch(/^# \S/);
  const statements: Statement[] = [];
  const stack: Statement[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim() || line.startsWith('//')) continue;
    const match = /^((?: {2})*)(?:([+-]) )?\[([^\]]+)\]: (.+)$/.exec(line);
    expect(match, `not an Argdown statement or relation: ${line}`).not.toBeNull();
    const depth = match![1]!.length / 2;
    expect(depth > 0).toBe(match![2] !== undefined); // nested lines carry a relation, top-level ones do not
    expect(depth).toBeLessThanOrEqual(stack.length); // indentation grows one level at a time
    stack.length = depth;
    const statement: Statement = { title: match![3]!, depth, relation: (match![2] as '+' | '-') ?? null, text: match![4]!, parent: stack[depth - 1]?.title ?? null };
    stack.push(statement);
    statements.push(statement);
    // Every character with a meaning in Argdown text is escaped.
    expect(statement.text.replace(/\\./g, '')).not.toMatch(/[\\@#*_[\]<>/{}()]/);
  }
  return statements;
}

describe('Argdown export', () => {
  it('writes each post once as a statement, replies nested with + for agreement and - for disagreement', () => {
    const statements = parseArgdown(renderArgdown(sampleDocument()));
    expect(statements.map((s) => s.title)).toEqual(['1 alice', '2 bob', '3 carol', '4 alice', '5', '6 bob']);
    const byTitle = new Map(statements.map((s) => [s.title.split(' ')[0], s]));
    expect(byTitle.get('2')).toMatchObject({ relation: '+', parent: '1 alice', depth: 1 });
    expect(byTitle.get('3')).toMatchObject({ relation: '-', parent: '1 alice', depth: 1 });
    expect(byTitle.get('4')).toMatchObject({ relation: '-', parent: '3 carol', depth: 2 }); // mixed attacks
    expect(byTitle.get('6')).toMatchObject({ relation: '+', parent: '5', depth: 1 });
  });

  it('starts a neutral reply as its own statement with a comment naming the post it answers', () => {
    const text = renderArgdown(sampleDocument());
    expect(text).toContain('// reply to [3 carol] (neutral)\n[5]: What do you mean by productive?');
  });

  it('escapes hostile text so it stays plain text', () => {
    const escaped = escapeArgdownText(HOSTILE_TEXT);
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(HOSTILE_TEXT.replace(/\s+/g, ' '));
    expect(escaped).toContain('\\[not a title\\] \\#tag \\/\\/ not a comment');
  });
});

describe.skipIf(!existsSync(SEED))('Argdown export of the seed exchange', () => {
  it('is well-formed and holds every post for a map stored before the argument stage', async () => {
    const { argument: _argument, ...doc } = await analyze({ text: readFileSync(SEED, 'utf8') });
    const statements = parseArgdown(renderArgdown(doc));
    expect(statements).toHaveLength(doc.posts.length);
    expect(new Set(statements.map((s) => s.title.split(' ')[0])).size).toBe(doc.posts.length);
  });
});
