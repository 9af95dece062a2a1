import { describe, expect, it } from 'vitest';
import { postCardShapes } from '../../src/layout/card-shapes.js';
import { badgeRow, cardText, stanceText, tagBadges } from '../../src/layout/card.js';
import type { Post, TagName } from '../../src/model.js';
import { sampleDocument } from '../fixtures/web/documents.js';

const reply = sampleDocument().posts[3]!;
const withTags = (...tags: TagName[][]): Post => ({
  ...reply,
  sentences: tags.map((t, i) => ({ text: `s${i}`, tags: t, confidence: 0.8, cues: [], reasons: [] })),
});
const badgeTexts = (post: Post) => postCardShapes(post).filter((s) => s.attrs.class === 'badge-text').map((s) => s.text);

describe('card badges', () => {
  it('put disagreements and concessions first, claims last', () => {
    const post = withTags(['claim'], ['claim', 'hedge'], ['concession', 'disagreement'], ['claim', 'disagreement']);
    expect(tagBadges(post).map((b) => b.tag)).toEqual(['disagreement', 'concession', 'hedge', 'claim']);
  });

  it('shorten the words rather than drop a disagreement or concession for lack of room', () => {
    const post = withTags(['claim'], ['claim'], ['concession'], ['disagreement'], ['disagreement']);
    expect(badgeTexts(post)).toEqual(['2 disagree', '1 concede']);
    expect(badgeTexts(withTags(['claim'], ['hedge']))).toEqual(['1 hedge', '1 claim']);
    expect(badgeRow(tagBadges(post), 1000).map((b) => b.text)).toEqual(['2 disagreements', '1 concession', '2 claims']);
  });
});

describe('card words', () => {
  it('call a deleted post deleted, not an opening post', () => {
    const gone: Post = { ...reply, author: null, text: '', sentences: [], stance: null, placeholder: true };
    expect(stanceText(gone)).toBe('deleted');
    expect(cardText(gone)).toBe('(deleted)');
    expect(stanceText({ ...reply, parentId: null, stance: null })).toBe('opening post');
    expect(stanceText(reply)).toBe('mixed');
  });

  it('show a link post\'s title when it has no text', () => {
    const story: Post = { ...reply, parentId: null, stance: null, text: '', sentences: [], title: 'Y Combinator', link: 'http://ycombinator.com' };
    expect(cardText(story)).toBe('Y Combinator');
    expect(postCardShapes(story).find((s) => s.attrs.class === 'card-snippet')?.text).toBe('Y Combinator');
  });
});
