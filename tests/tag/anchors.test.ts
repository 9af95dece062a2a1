import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patternAnchors } from '../../src/tag/anchors.js';
import { leadingStarts } from '../../src/tag/pattern-leads.js';
import { LEXICON } from '../../src/tag/lexicon.js';
import { findCues } from '../../src/tag/match.js';
import { splitSentences } from '../../src/tag/split.js';
import { tokenize } from '../../src/tag/tokens.js';

const SHARED = new URL('../../../shared/tagger/', import.meta.url);
/** The slow path: every pattern tried on every sentence, each scanning it from every position (no leads). */
const everyPattern = { ...LEXICON, unanchored: LEXICON.patterns.map((_, index) => index), leads: LEXICON.patterns.map(() => null) };
const cueNames = (sentence: string, lexicon: typeof LEXICON) =>
  findCues(tokenize(sentence), lexicon).map((match) => `${match.cue.name}@${match.start}`).sort();

describe('patternAnchors', () => {
  it('anchors on the most distinctive word every match must contain', () => {
    expect(patternAnchors('\\b(?:increase[sd]?|reduce[sd]?|leads? to)\\b')).toEqual(['increase', 'reduce', 'lead']);
    expect(patternAnchors('^(?:ye+s{2,}|ya+s{2,})\\b')).toEqual(['ye', 'ya']);
    expect(patternAnchors('\\bmisunderst(?:and|ood)\\b')).toEqual(['misunderst']);
    expect(patternAnchors('\\b(?:good|fair) catch\\b|\\bthanks for\\b')).toEqual(['catch', 'catch', 'thanks']);
    expect(patternAnchors('\\bi (?:will |must )?concede\\b')).toEqual(['concede']);
    expect(patternAnchors('\\bi (?:can |do )?(?:sympathi[sz]e|empathi[sz]e)\\b')).toEqual(['sympathi', 'empathi']);
    expect(patternAnchors('\\bnot how (?:\\w+ ){0,3}(?:works?|operates?)\\b')).toEqual(['work', 'operate']);
    expect(patternAnchors('\\bgood catch\\b|ni[a-z]+')).toBeNull();
  });

  it('distributes a group that opens a branch, so each branch is anchored on its own rarest word', () => {
    // As written, the only word every match holds would be one starting "i" or "came": nearly every sentence.
    expect(patternAnchors('\\b(?:i was going to say|came here to say)\\b')).toEqual(['going', 'came']);
    expect(patternAnchors('\\b(?:i was|came)\\s+here\\b')).toEqual(['was', 'came']);
    expect(patternAnchors('^(?:seconding|(?:i|we) cosign)')).toEqual(['seconding', 'cosign', 'cosign']);
    // An optional group is not distributed: the branch may match without it.
    expect(patternAnchors('\\b(?:very |really )?(?:good|fair) catch\\b')).toEqual(['catch']);
  });

  it('gives up (the pattern is always tried) when the start is optional, classed or unbounded', () => {
    expect(patternAnchors('\\b(?:a|the)?\\s*study')).toBeNull();
    expect(patternAnchors('\\b(?:\\d+|many)')).toBeNull();
    expect(patternAnchors('(?:i|we)[a-z]')).toBeNull();
  });

  it('never changes what matches: every lexicon example finds the same cues with and without anchors', () => {
    const sentences = LEXICON.cues.flatMap((cue) => cue.examples).concat(['The cost-effective fix had side-effects, it seems.']);
    for (const sentence of sentences) expect(cueNames(sentence, LEXICON), sentence).toEqual(cueNames(sentence, everyPattern));
  });
});

describe('leadingStarts', () => {
  it('reads the words a match begins with, past lookbehinds, after ^ or \\b', () => {
    expect(leadingStarts('(?<!\\bnot )\\b(?:said|says) that\\b')).toEqual([['said ', 'says ']]);
    expect(leadingStarts('^(?:wow|yes) ,? great\\b')).toEqual([['wow '], ['yes ']]);
    expect(leadingStarts('\\bi (?:take|retract)\\b|\\bcoin ?flip\\b')).toEqual([['i '], ['coin']]);
    // A digit, and an alternative past its own lookbehind.
    expect(leadingStarts('\\b\\d{1,2} ?\\/ ?\\d{1,2} odds\\b')).toEqual([['\\d']]);
    expect(leadingStarts('\\b(?:found|(?<!\\bi )find)s? that')).toEqual([['found'], ['find']]);
  });

  it('gives up when a branch may begin anywhere else: no ^ or \\b, an optional or classed start', () => {
    expect(leadingStarts('(?:^|[,;] )thinking\\b')).toBeNull();
    expect(leadingStarts('\\b(?:very )?good\\b')).toBeNull();
    expect(leadingStarts('\\b\\d? ?%')).toBeNull();
    expect(leadingStarts('\\bgood\\b|same here')).toBeNull();
  });

  it('finds what a scan finds where a match begins inside a word or repeats', () => {
    const sentences = ['The side-effects were, as he said, said twice.', 'I take that back; I take that back.', 'Naïve takes said nothing.', 'Call it 50/50, or x-70k odds.'];
    for (const sentence of sentences) expect(cueNames(sentence, LEXICON), sentence).toEqual(cueNames(sentence, everyPattern));
  });
});

describe.skipIf(!existsSync(SHARED))('anchors on real text', () => {
  // Trying every pattern is the slow path this test exists to compare against: 1,000 sentences a file keep it
  // near 5 s quiet and well inside its limit on a loaded machine (2,000 a file passed its 60 s limit at load 18).
  it('find the same cues as trying every pattern, on forum, essay, news and spoken sentences', { timeout: 120_000 }, () => {
    const files = ['agreement_subreddit/SubReddit-MaskMandate.csv', 'ukp_sentential/ukp_sentential_sample.tsv', 'dialog_acts_swda/swda_sample.jsonl'];
    const sentences = files.flatMap((file) => splitSentences(readFileSync(new URL(file, SHARED), 'utf8')).slice(0, 1000));
    expect(sentences.length).toBeGreaterThan(2500);
    for (const sentence of sentences) expect(cueNames(sentence, LEXICON), sentence).toEqual(cueNames(sentence, everyPattern));
  });
});
