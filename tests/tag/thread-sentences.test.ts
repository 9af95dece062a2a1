// ~150 thread sentences written for this test (not taken from any corpus), each with the tags a careful
// reader expects and the tags that would mislead. "Fully right": every expected tag shown, no misleading one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TagName } from '../../src/model.js';
import { tagSentence } from '../../src/tag/index.js';

interface Labelled { text: string; tags: TagName[]; not: TagName[] }

const FIXTURE = new URL('../fixtures/tag/thread-sentences.jsonl', import.meta.url);
const labelled: Labelled[] = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Labelled);

function mistakes(item: Labelled): string[] {
  const shown = tagSentence(item.text).tags;
  return [
    ...item.tags.filter((tag) => !shown.includes(tag)).map((tag) => `missing ${tag}`),
    ...item.not.filter((tag) => shown.includes(tag)).map((tag) => `wrongly ${tag}`),
  ];
}

describe('hand-labelled thread sentences', () => {
  it('has about 150 sentences covering every tag', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    for (const tag of ['claim', 'concession', 'disagreement', 'agreement', 'question', 'hedge', 'evidence'] as const) {
      expect(labelled.filter((item) => item.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(10);
    }
  });

  it('tags at least 85% of them fully right', () => {
    const wrong = labelled.map((item) => ({ text: item.text, problems: mistakes(item) })).filter((item) => item.problems.length > 0);
    const share = 1 - wrong.length / labelled.length;
    if (share < 0.85) console.log(wrong.map((item) => `${item.problems.join(', ')}: ${item.text}`).join('\n'));
    expect(share).toBeGreaterThanOrEqual(0.85);
  });
});
