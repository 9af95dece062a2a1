// Every cue in data/lexicons tags the example sentences written beside it (and a cue counting against a
// tag keeps it off its examples): the lexicons stay honest as they grow.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TAGS } from '../../src/model.js';
import { tagSentence } from '../../src/tag/index.js';
import { LEXICON, loadLexicon } from '../../src/tag/lexicon.js';
import { tempDir } from '../helpers/temp-dir.js';

const root = tempDir('lexicon-');

/** A lexicon folder where every tag has one good cue, and `tag`'s file holds `cues` instead. */
function lexiconDir(tag: string, cues: unknown[]): URL {
  const dir = mkdtempSync(join(root, `${tag}-`));
  for (const name of TAGS) {
    const good = [{ cue: `word${name}`, weight: 0.5, examples: ['x'] }];
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ tag: name, cues: name === tag ? cues : good }));
  }
  return pathToFileURL(`${dir}/`);
}

describe('lexicons', () => {
  it('load all seven tags with many cues', () => {
    const tags = new Set(LEXICON.cues.map((cue) => cue.tag));
    expect(tags.size).toBe(7);
    expect(LEXICON.cues.length).toBeGreaterThan(250);
  });

  it('refuses a broken entry, saying which file and which cue', () => {
    expect(() => loadLexicon(lexiconDir('hedge', [{ cue: 'maybe', weight: 0.5, examples: ['Maybe.'] }, { pattern: '(', name: 'bad', weight: 0.5, examples: ['x'] }])))
      .toThrow(/hedge\.json cue 2: Invalid regular expression/);
    expect(() => loadLexicon(lexiconDir('claim', [{ cue: 'should', weight: 2, examples: ['x'] }]))).toThrow(/claim\.json cue 1: weight/);
    expect(() => loadLexicon(lexiconDir('evidence', [{ cue: 'study', weight: 0.5, examples: [] }]))).toThrow(/evidence\.json cue 1: needs at least one example/);
    expect(() => loadLexicon(lexiconDir('question', [{ cue: 'why', pattern: 'why', name: 'why', weight: 0.5, examples: ['x'] }]))).toThrow(/exactly one of/);
  });

  const cases = LEXICON.cues.flatMap((cue) => cue.examples.map((example) => ({ cue, example })));
  it.each(cases.map(({ cue, example }) => [cue.tag, cue.name, example, cue] as const))('%s cue "%s" tags "%s"', (tag, name, example, cue) => {
    const sentence = tagSentence(example);
    if (cue.weight > 0) {
      expect(sentence.tags).toContain(tag);
      expect(sentence.reasons).toContainEqual(expect.objectContaining({ tag, cue: name }));
    } else {
      expect(sentence.tags).not.toContain(tag);
    }
  });
});

describe('impersonal cues', () => {
  it('hedge encyclopedic prose, not a writer speaking as I or to you', async () => {
    const { tagsOf } = await import('../helpers/tags.js');
    expect(tagsOf('Some scholars believe the treaty was forged.')).toContain('hedge');
    expect(tagsOf('Many residents left.')).toContain('hedge');
    expect(tagsOf('I have some guesses about that.')).not.toContain('hedge');
    expect(tagsOf('Many of you asked about the release date.')).not.toContain('hedge');
  });
});
