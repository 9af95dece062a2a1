// Thread sentences written for these tests (not taken from any corpus), each with the tags a careful reader
// expects and the tags that would mislead. "Fully right": every expected tag shown, no misleading one.
// thread-sentences.jsonl grew alongside the lexicons; the blind batches were each written, by someone who
// had not seen the tagger, before it was changed for them. Scores when first run: 1-4: 85.8%, 78.3%,
// 78.0%, 80.0%; 5-62 (which also label claims): 59%, 60%, 64%, 66%, 76%, 83%, 86%, 71%, 81%, 85%, 76%,
// 87%, 79%, 84%, 73%, 85%, 83%, 85%, 62% (written to avoid stock phrases), 83%, 74%, 90%, 83%, 93%, 89%,
// 89%, 89%, 84%, 86%, 87%, 89%, 80%, 84%, 83%, 83%, 85%, 82%, 82%, 91%, 87%, 94%, 80%, 95%, 90%, 89%, 91%,
// 85%, 86%, 92%, 90%, 88%, 85%, 91%, 88%, 91%, 91%, 88%, 95% (see data/lexicons/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TagName } from '../../src/model.js';
import { tagSentence } from '../../src/tag/index.js';

interface Labelled { text: string; tags: TagName[]; not: TagName[] }

const FIXTURE_DIR = new URL('../fixtures/tag/', import.meta.url);
// Every labelled batch in the folder, so a new one is tested as soon as it is added.
const FIXTURES = readdirSync(FIXTURE_DIR).filter((file) => /^(?:blind-)?thread-sentences(?:-\d+)?\.jsonl$/.test(file))
  .map((file) => file.replace(/\.jsonl$/, '')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const read = (name: string): Labelled[] => readFileSync(new URL(`${name}.jsonl`, FIXTURE_DIR), 'utf8')
  .split('\n').filter(Boolean).map((line) => JSON.parse(line) as Labelled);

function mistakes(item: Labelled): string[] {
  const shown = tagSentence(item.text).tags;
  return [
    ...item.tags.filter((tag) => !shown.includes(tag)).map((tag) => `missing ${tag}`),
    ...item.not.filter((tag) => shown.includes(tag)).map((tag) => `wrongly ${tag}`),
  ];
}

describe('hand-labelled thread sentences', () => {
  it('cover every tag and plain narration', () => {
    const labelled = FIXTURES.flatMap(read);
    expect(labelled.length).toBeGreaterThanOrEqual(6000);
    for (const tag of ['claim', 'concession', 'disagreement', 'agreement', 'question', 'hedge', 'evidence'] as const) {
      expect(labelled.filter((item) => item.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(30);
    }
    expect(labelled.filter((item) => item.tags.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(FIXTURES)('tags at least 85%% of %s fully right', (name) => {
    const labelled = read(name);
    const wrong = labelled.map((item) => ({ text: item.text, problems: mistakes(item) })).filter((item) => item.problems.length > 0);
    const share = 1 - wrong.length / labelled.length;
    if (share < 0.85) console.log(wrong.map((item) => `${item.problems.join(', ')}: ${item.text}`).join('\n'));
    expect(share).toBeGreaterThanOrEqual(0.85);
  });
});
