// The compact document (threadmap/2) expands back to the threadmap/1 JSON it was packed from, byte for
// byte, on real threads of several sites, and is far smaller; what it cannot rebuild stays as it was.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandDocument, readMapDocument } from '../../src/compact/expand.js';
import { compactDocument } from '../../src/compact/pack.js';
import type { MapDocument } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { decodeInput } from '../../src/sources/input.js';

const SHARED = new URL('../../../shared/', import.meta.url);
const THREADS = [
  'seeds/001_dc7b200be1058ffb.txt',                        // pasted text: speakers, quotes, duplicates
  'fixtures/reddit/announcements_n49rw_were_back.json',    // 483 posts, placeholders, a title
  'fixtures/hackernews/hn_item_page_2015_whats_new_in_xcode7.html',
  'fixtures/discourse/criticalfallibilism_t2144_posts.json',
  'fixtures/stackexchange/so_32899_parameterized_unit_tests_python.html',
  'fixtures/forum-html/somethingawful_vb_coding_horrors.html',
].map((name) => new URL(name, SHARED).pathname);

/** The compact form as it travels: serialised and parsed again. */
const roundTrip = (doc: MapDocument) => expandDocument(JSON.parse(JSON.stringify(compactDocument(doc))));

describe.skipIf(!existsSync(THREADS[0]!))('the compact document on real threads', () => {
  it.each(THREADS)('%s expands to the identical threadmap/1 JSON, at most half its size', async (path) => {
    const doc = await analyze(decodeInput(readFileSync(path), path));
    const whole = JSON.stringify(doc);
    const compact = JSON.stringify(compactDocument(doc));
    expect(JSON.parse(compact).schema).toBe('threadmap/2');
    expect(JSON.stringify(roundTrip(doc))).toBe(whole);
    expect(JSON.stringify(readMapDocument(compact))).toBe(whole);
    expect(Buffer.byteLength(compact)).toBeLessThan(Buffer.byteLength(whole) * 0.5);
    expect(Buffer.byteLength(compact)).toBeLessThan(statSync(path).size * 2);
  }, 120_000);
});

describe('what the compact form keeps as it was', () => {
  const base = (): MapDocument => ({
    schema: 'threadmap/1',
    source: { kind: 'text', url: null, title: null, retrievedAt: '2026-01-01T00:00:00.000Z' },
    stats: { inputPosts: 2, posts: 2, duplicatesRemoved: 0, sentences: 2, tagCounts: { claim: 1, concession: 0, disagreement: 1, agreement: 0, question: 0, hedge: 0, evidence: 0 }, elapsedMs: 1 },
    posts: [
      { id: 'p1', parentId: null, author: 'ann', createdAt: null, score: null, url: null, text: 'Tea is better.', quotes: [], duplicates: [], stance: null,
        sentences: [{ text: 'Tea is better.', tags: ['claim'], confidence: 0.6, cues: ['a statement'], reasons: [{ tag: 'claim', cue: 'a statement', confidence: 0.6 }] }] },
      { id: 'p2', parentId: 'p1', author: 'bob', createdAt: null, score: 3, url: null, text: 'No,  it is not.', quotes: [{ text: 'Tea is better.', postId: 'p1' }], duplicates: ['line:3'],
        stance: { label: 'disagree', confidence: 0.8, cues: ['negation'] },
        // Written with one space where the post has two: not a slice of the post's text.
        sentences: [{ text: 'No, it is not.', tags: ['disagreement'], confidence: 0.7, cues: ['no,'], reasons: [{ tag: 'disagreement', cue: 'no,', confidence: 0.7 }], quoted: true }] },
    ],
    summary: { participants: [{ author: 'ann', posts: 1, concessions: 0, disagreements: 0 }, { author: 'bob', posts: 1, concessions: 0, disagreements: 1 }],
      mainClaims: [{ postId: 'p1', text: 'Tea is better.' }], concessions: [], openDisagreements: [] },
    argument: { clashes: [{ id: 'c1', from: { postId: 'p2', sentence: 0, author: 'someone else' }, to: { postId: 'p1', sentence: 0, author: 'ann' }, cues: ['negation'], resolved: false }],
      claims: [], concessions: [], supports: [], ledger: [] },
    diagnostics: [],
  });

  it('a sentence that is not a slice of its post, a reference naming another author, a field added later', () => {
    const doc = { ...base(), extra: { added: 'later' } } as MapDocument;
    doc.posts[0]!.sentences[0] = { ...doc.posts[0]!.sentences[0]!, why: 'added later' };
    const compact = compactDocument(doc);
    expect(compact.posts[1]!.sentences[0]).toEqual(doc.posts[1]!.sentences[0]);  // kept whole
    expect(compact.posts[0]!.sentences[0]).toEqual(doc.posts[0]!.sentences[0]);
    expect(compact.argument!.clashes[0]!.from).toEqual(['p2', 0, 'someone else']);
    expect(compact.argument!.clashes[0]!.to).toEqual(['p1', 0]);
    expect(compact.posts[1]!.quotes[0]!.text).toEqual([0, 0, 14]);
    expect(JSON.stringify(roundTrip(doc))).toBe(JSON.stringify(doc));
  });

  it('packs what it can rebuild: offsets, reasons once, rows', () => {
    const doc = base();
    doc.posts[1]!.text = 'No, it is not.';
    const compact = compactDocument(doc);
    expect(compact.posts[1]!.sentences[0]).toEqual([0, 14, 0.7, [1], 1]); // 1: quoted
    expect(compact.reasons).toEqual([[0, 0, 0.6], [2, 1, 0.7]]);
    expect(compact.cues).toEqual(['a statement', 'no,', 'negation']);
    expect(compact.summary.participants).toEqual({ keys: ['author', 'posts', 'concessions', 'disagreements'], rows: [['ann', 1, 0, 0], ['bob', 1, 0, 1]] });
    expect(compact.summary.mainClaims[0]!.text).toEqual([0, 0, 14]);
    expect(JSON.stringify(roundTrip(doc))).toBe(JSON.stringify(doc));
  });

  it('finds a sentence the splitter joined from wrapped lines', () => {
    const doc = base();
    doc.posts[0]!.text = 'Tea is\n  better.';
    const compact = compactDocument(doc);
    expect(compact.posts[0]!.sentences[0]).toEqual([0, 16, 0.6, [0], 2]); // 2: lines joined
    expect(JSON.stringify(roundTrip(doc))).toBe(JSON.stringify(doc));
  });

  it('reads a threadmap/1 document as it is', () => {
    const whole = JSON.stringify(base());
    expect(JSON.stringify(readMapDocument(whole))).toBe(whole);
  });
});
