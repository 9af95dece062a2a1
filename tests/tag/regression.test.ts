// The exact regression corpus (scripts/regression/outputs.mjs): every labelled sentence's tags and every
// labelled reply's stance must equal the committed expectation. A tagger change that helps one case and
// breaks ten shows here; `npm run tag:accept` prints the changes (old → new) and accepts them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { splitSentences, tagSentence } from '../../src/tag/index.js';
// @ts-expect-error plain ES module shared with the accept script
import { changes, regressionOutputs } from '../../scripts/regression/outputs.mjs';

interface Change { key: string; text: string | null; before: string; after: string }
interface Corpus { name: string; rows: { key: string }[] }

const corpora: Corpus[] = await regressionOutputs({ analyze, splitSentences, tagSentence });

describe('regression corpus', () => {
  it.each(corpora.map((c) => [c.name, c] as const))('%s: every output as committed', (_name, corpus) => {
    const changed: Change[] = changes(corpus);
    const shown = changed.slice(0, 25).map((c) => `${c.key}: ${c.before} → ${c.after}  ${c.text?.slice(0, 100) ?? ''}`);
    expect(shown, `${changed.length} changed; run npm run tag:accept to review and accept`).toEqual([]);
  }, 120_000);
});
