// Bidi override and isolate controls never reach a shown title or author name.
import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from '../../src/clean/bidi.js';
import { analyze } from '../../src/pipeline.js';

const RLO = '\u202e';

describe('bidi controls in names and titles', () => {
  it('are removed, every one of U+202A–202E and U+2066–2069, and nothing else', () => {
    const controls = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(withoutBidiControls(`gpj.${controls}exe – café ‎שלום`)).toBe('gpj.exe – café ‎שלום');
    expect(withoutBidiControls(null)).toBeNull();
  });

  it('are gone from the map of a saved thread whose title and author hold them', async () => {
    const thread = {
      id: 1, story_id: 1, created_at_i: 1_700_000_000, title: `Invoice ${RLO}fdp.exe`, author: `mal${RLO}lory`, text: 'Is this safe?',
      children: [{ id: 2, created_at_i: 1_700_000_100, author: `\u2066eve\u2069`, text: 'No, it is not.', children: [] }],
    };
    const doc = await analyze({ text: JSON.stringify(thread) });
    expect(doc.source.title).toBe('Invoice fdp.exe');
    expect(doc.posts.map((post) => post.author)).toEqual(['mallory', 'eve']);
  });
});
