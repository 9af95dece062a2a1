import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reconstructThread } from '../../src/dedup/reconstruct.js';
import { parseText, readText } from '../../src/sources/text.js';
import { expectForest, expectNothingLost } from '../helpers/invariants.js';
import { rebuildPastedThread } from '../../src/dedup/pasted.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');

const rebuild = (text: string) => reconstructThread(parseText(text).paragraphs).posts;
const para = (words: string) => `${words} and this sentence carries enough words to be compared fairly.`;

/** Word 4-grams of a passage, for an independent check of "text present in two posts". */
function grams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(' ')));
}

describe.skipIf(!existsSync(SEEDS))('the canonical messy exchange (seed 001)', () => {
  const text = seed('001_dc7b200be1058ffb.txt');
  const { paragraphs } = parseText(text);
  const thread = rebuildPastedThread(readText(text));
  const posts = thread.posts;
  const keptParagraphs = posts.flatMap((post) => post.text.split('\n\n'));

  it('reads 60 non-empty lines, 32 distinct', () => {
    expect(paragraphs).toHaveLength(60);
    expect(new Set(paragraphs.map((p) => p.text)).size).toBe(32);
    expect(thread.inputCount).toBe(60);
  });

  it('keeps 29–32 paragraphs of content once and loses no input line', () => {
    expect(keptParagraphs.length).toBeGreaterThanOrEqual(29);
    expect(keptParagraphs.length).toBeLessThanOrEqual(32);
    expectNothingLost(paragraphs, posts);
  });

  it('removes at least 25 duplicates', () => {
    const removed = posts.reduce((n, post) => n + post.duplicates!.length, 0);
    expect(removed).toBeGreaterThanOrEqual(25);
    expect(removed + keptParagraphs.length + posts.reduce((n, p) => n + p.quotes.length, 0)).toBe(60);
  });

  it('keeps at most 5% of the kept text in two posts', () => {
    const postGrams = posts.map((post) => grams(post.text));
    let shared = 0;
    let total = 0;
    postGrams.forEach((mine, i) => {
      for (const gram of mine) {
        total++;
        if (postGrams.some((other, j) => j !== i && other.has(gram))) shared++;
      }
    });
    expect(shared / total).toBeLessThanOrEqual(0.05);
  });

  it('links at least 2 quotes to the post they quote, and makes the quoter its reply', () => {
    const linked = posts.flatMap((post) => post.quotes.filter((q) => q.postId !== null).map((q) => ({ post, q })));
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const { post, q } of linked) {
      expect(post.parentId).toBe(q.postId);
      const quoted = posts.find((p) => p.id === q.postId)!;
      expect(grams(quoted.text).size).toBeGreaterThan(0);
      const quotedGrams = grams(quoted.text);
      const overlap = [...grams(q.text)].filter((g) => quotedGrams.has(g)).length;
      expect(overlap / grams(q.text).size).toBeGreaterThan(0.8);
    }
    const ok = posts.find((p) => p.text.startsWith('Ok, cool.'))!;
    expect(ok.quotes[0]!.text).toMatch(/^I was in fact associating/);
  });

  it('builds a valid forest with at least 3 replies, one root', () => {
    expectForest(posts);
    expect(posts.filter((p) => p.parentId !== null).length).toBeGreaterThanOrEqual(3);
    expect(posts.filter((p) => p.parentId === null)).toHaveLength(1);
  });

  it('places the replies only the second copy has under the post they follow', () => {
    const thanks = posts.find((p) => p.text === 'Thank you for the clarification!')!;
    const parent = posts.find((p) => p.id === thanks.parentId)!;
    expect(parent.text).toMatch(/There are a number of things you say here/);
  });
});

describe('dedup rules on small pastes', () => {
  it('merges an exact repeat and a near repeat (one word changed)', () => {
    const a = para('Alpha beta gamma delta epsilon zeta');
    const posts = rebuild([a, para('Something new here about eta theta'), a, a.replace('gamma', 'gama')].join('\n'));
    const all = posts.flatMap((p) => p.text.split('\n\n'));
    expect(all.filter((t) => t.startsWith('Alpha'))).toHaveLength(1);
    expect(posts.flatMap((p) => p.duplicates)).toEqual(['line:3', 'line:4']);
  });

  it('keeps one copy of a paragraph split in two and of two paragraphs merged', () => {
    const one = para('First half of a long paragraph about kestrels');
    const two = para('Second half continues about falcons and hawks');
    const split = rebuild([`${one} ${two}`, para('Unrelated middle text about owls'), one, two].join('\n'));
    expect(split.flatMap((p) => p.text.split('\n\n'))).toHaveLength(2);
    const merged = rebuild([one, two, para('Unrelated middle text about owls'), `${one} ${two}`].join('\n'));
    expect(merged.flatMap((p) => p.duplicates)).toEqual(['line:4']);
  });

  it('reads a repeated passage before new text as a quote, and the quoter as a reply', () => {
    const claim = para('Cats are better pets than dogs because');
    const posts = rebuild([claim, claim, 'Sorry, but I think dogs are far more loyal than cats in every way that matters.'].join('\n'));
    expect(posts).toHaveLength(2);
    expect(posts[1]!.quotes).toEqual([{ text: claim, postId: posts[0]!.id }]);
    expect(posts[1]!.parentId).toBe(posts[0]!.id);
  });

  it('links "> " quotes to the post that has the quoted words', () => {
    const claim = para('The bridge was finished in 1932 according to');
    const posts = rebuild([claim, `> ${claim}`, 'Actually it opened in 1933, the records are clear on that point.'].join('\n'));
    expect(posts[1]!.quotes[0]!.postId).toBe('p1');
    expect(posts[1]!.parentId).toBe('p1');
  });

  it('starts a reply at an acknowledgement and chains replies in reading order', () => {
    const posts = rebuild([para('Remote work raises productivity for most teams'), 'Ok, fair. I still think meetings suffer without an office though.', 'You say meetings suffer, but our data shows they got shorter.'].join('\n'));
    expect(posts.map((p) => p.parentId)).toEqual([null, 'p1', 'p2']);
  });

  it('ends a post where a later copy sets another post inside it: the rest is a new voice', () => {
    // The exchange pasted twice; the second copy has a short reply the first lacks, set right where the
    // first copy ran one post's text into the next one's.
    const mine = [para('Solar panels pay for themselves within eight years in sunny places'), para('Rooftop installs cost less per watt every single year now')];
    const theirs = para('Grid operators cannot absorb midday solar peaks without storage batteries');
    const inserted = 'Thanks for the numbers, that is helpful.';
    const posts = rebuild([...mine, theirs, ...mine, inserted, theirs].join('\n'));
    expect(posts.map((p) => p.text)).toEqual([mine.join('\n\n'), theirs, inserted]); // reading order of the first copy
    const voice = posts.find((p) => p.text === theirs)!;
    expect(voice.newVoice).toBe(true);
    expect(voice.duplicates).toEqual(['line:7']);
    expect(posts.find((p) => p.text === inserted)!.parentId).toBe('p1');
  });

  it('splits a feed of unrelated posts into roots when an excerpt is cut off', () => {
    const posts = rebuild([
      'Interest rates rose again this quarter, and mortgage costs followed them up.',
      'Central banks argue the rises are needed to bring inflation down to the target of',
      'My sourdough starter finally doubled overnight after I switched to rye flour.',
    ].join('\n'));
    expect(posts.map((p) => p.parentId)).toEqual([null, null]);
  });
});

describe.skipIf(!existsSync(SEEDS))('other seeds', () => {
  it('splits the pasted feed (seed 004) into several roots', () => {
    const posts = rebuildPastedThread(readText(seed('004_75579187bcdd6b7a.txt'))).posts;
    expect(posts.filter((p) => p.parentId === null).length).toBeGreaterThanOrEqual(4);
    expect(posts.find((p) => p.text.startsWith('Pet peeve'))!.parentId).toBeNull();
  });

  it('keeps a transcript (seed 003) as one thread, not a feed', () => {
    const posts = rebuildPastedThread(readText(seed('003_42e631ae9fb798c2.txt'))).posts;
    expect(posts.filter((p) => p.parentId === null)).toHaveLength(1);
  });

  it('reads the essay page (seed 002) as one post without its chrome', () => {
    const thread = rebuildPastedThread(readText(seed('002_eac7d85e4ff43f6a.txt')));
    expect(thread.posts).toHaveLength(1);
    expect(thread.posts[0]!.text).not.toMatch(/No comments yet|^Comments$|Listen to this post/m);
    expect(thread.posts[0]!.text).toMatch(/^Anthropic's Safety Superpower\n\nI’m sympathetic/);
  });
});
