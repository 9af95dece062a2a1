import { describe, expect, it } from 'vitest';
import { patternAnchors } from '../../src/tag/anchors.js';
import { LEXICON } from '../../src/tag/lexicon.js';
import { findCues } from '../../src/tag/match.js';
import { tokenize } from '../../src/tag/tokens.js';

describe('patternAnchors', () => {
  it('anchors on the most distinctive word every match must contain', () => {
    expect(patternAnchors('\\b(?:increase[sd]?|reduce[sd]?|leads? to)\\b')).toEqual(['increase', 'reduce', 'lead']);
    expect(patternAnchors('^(?:ye+s{2,}|ya+s{2,})\\b')).toEqual(['ye', 'ya']);
    expect(patternAnchors('\\bmisunderst(?:and|ood)\\b')).toEqual(['misunderst']);
    expect(patternAnchors('\\b(?:good|fair) catch\\b|\\bthanks for\\b')).toEqual(['catch', 'thanks']);
    expect(patternAnchors('\\bi (?:will |must )?concede\\b')).toEqual(['concede']);
    expect(patternAnchors('\\bi (?:can |do )?(?:sympathi[sz]e|empathi[sz]e)\\b')).toEqual(['sympathi', 'empathi']);
    expect(patternAnchors('\\bnot how (?:\\w+ ){0,3}(?:works?|operates?)\\b')).toEqual(['work', 'operate']);
    expect(patternAnchors('\\bgood catch\\b|ni[a-z]+')).toBeNull();
  });

  it('gives up (the pattern is always tried) when the start is optional, classed or unbounded', () => {
    expect(patternAnchors('\\b(?:a|the)?\\s*study')).toBeNull();
    expect(patternAnchors('\\b(?:\\d+|many)')).toBeNull();
    expect(patternAnchors('(?:i|we) do not')).toBeNull();
  });

  it('never changes what matches: every lexicon example finds the same cues with and without anchors', () => {
    const everyPattern = { ...LEXICON, unanchored: new Set(LEXICON.patterns) };
    const sentences = LEXICON.cues.flatMap((cue) => cue.examples).concat(['The cost-effective fix had side-effects, it seems.']);
    for (const sentence of sentences) {
      const tokens = tokenize(sentence);
      const names = (lexicon: typeof LEXICON) => findCues(tokens, lexicon).map((match) => `${match.cue.name}@${match.start}`).sort();
      expect(names(LEXICON), sentence).toEqual(names(everyPattern));
    }
  });
});
