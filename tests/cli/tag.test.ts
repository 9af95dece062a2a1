import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tagStream } from '../../src/cli/tag.js';

async function run(input: string, withStance = false): Promise<Record<string, unknown>[]> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  stdin.end(input);
  await tagStream(stdin, stdout, withStance);
  return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('threadmap tag (JSONL)', () => {
  it('answers each line in order with the same id, the union of tags and per-sentence cues', async () => {
    const out = await run([
      JSON.stringify({ id: 'x1', text: 'That makes sense, though I still think the cost is too high.' }),
      JSON.stringify({ id: 2, text: 'Does anyone have thoughts on this?' }),
    ].join('\n'));
    expect(out.map((line) => line.id)).toEqual(['x1', 2]);
    expect(out[0]!.tags).toEqual(expect.arrayContaining(['concession', 'disagreement']));
    expect(out[0]).not.toHaveProperty('stance');
    expect(out[1]!.sentences).toEqual([{ text: 'Does anyone have thoughts on this?', tags: ['question'], cues: expect.arrayContaining(['ends with ?']) }]);
  });

  it("tags a disagreeing reply's opening claim as its verdict, as the map does", async () => {
    const [reply] = await run(JSON.stringify({ id: 'v', text: 'Caching only helps when the lockfile stays the same. I disagree.', parent: 'The build cache makes every CI run faster.' }));
    expect(reply!.stance).toBe('disagree');
    const [verdict] = reply!.sentences as { tags: string[]; cues: string[] }[];
    expect(verdict!.tags).toEqual(['claim', 'disagreement']);
    expect(verdict!.cues).toContain('verdict of a disagreeing reply: its opening claim');
  });

  it('gives a stance when a parent is given or --stance is set', async () => {
    const [withParent] = await run(JSON.stringify({ id: 'p', text: "No, that's wrong.", parent: 'The earth is flat.' }));
    expect(withParent!.stance).toBe('disagree');
    const [flagged] = await run(JSON.stringify({ id: 'q', text: 'The shop opens at nine.' }), true);
    expect(flagged!.stance).toBe('neutral');
  });

  it('reports a bad line with its id and the reason, and goes on', async () => {
    const out = await run(['not json', '[1,2]', '{"id":"n","text":5}', '{"id":"m","text":"Fine.","parent":7}', '', '{"id":"ok","text":"I agree."}'].join('\n'));
    expect(out).toEqual([
      { id: null, error: 'line 1 is not valid JSON.' },
      { id: null, error: 'line 2 is not a JSON object.' },
      { id: 'n', error: 'line 3 has no "text" string.' },
      { id: 'm', error: 'line 4: "parent" must be a string.' },
      expect.objectContaining({ id: 'ok', tags: ['agreement'] }),
    ]);
  });

  it('streams 20,000 lines through without losing or reordering one', async () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => JSON.stringify({ id: index, text: `Point ${index} is fair enough.` }));
    const out = await run(lines.join('\n'));
    expect(out.length).toBe(20_000);
    expect(out.every((line, index) => line.id === index)).toBe(true);
  });
});
