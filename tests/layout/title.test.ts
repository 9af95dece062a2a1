import { describe, expect, it } from 'vitest';
import { clipTitle, looksLikeRawSource, mapTitle } from '../../src/layout/title.js';
import { sampleDocument } from '../fixtures/web/documents.js';

describe('map title', () => {
  const doc = sampleDocument();
  const untitled = { ...doc, source: { ...doc.source, title: null } };

  it('is the thread title, else the first post\'s title, else its first sentence', () => {
    expect(mapTitle(doc)).toBe('Is remote work <b>productive</b>?');
    expect(mapTitle({ ...untitled, posts: [{ ...doc.posts[0]!, title: 'Ask: remote or office?' }] })).toBe('Ask: remote or office?');
    expect(mapTitle(untitled)).toBe('Remote work makes teams more productive.');
    expect(mapTitle({ ...untitled, posts: [] })).toBeNull();
  });

  it('skips a deleted opening post and never takes a pasted page or API response as the title', () => {
    const gone = { ...doc.posts[0]!, id: 'x', text: '', sentences: [], placeholder: true };
    expect(mapTitle({ ...untitled, posts: [gone, ...doc.posts.slice(1)] })).toBe('I agree, our team shipped faster.');
    expect(mapTitle({ ...doc, source: { ...doc.source, title: '[{"kind": "Listing", "data": {' } })).toBe('Remote work makes teams more productive.');
    expect(looksLikeRawSource('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(looksLikeRawSource('{"post": {"title": "x"}}')).toBe(true);
    expect(looksLikeRawSource('[Meta] Why was my question closed?')).toBe(false);
  });

  it('is one line, cut at a word with an ellipsis', () => {
    const long = `${'word '.repeat(40)}end`;
    const clipped = clipTitle(long, 30);
    expect(clipped).toBe('word word word word word word…');
    expect(clipTitle('  two\n lines ')).toBe('two lines');
  });
});
