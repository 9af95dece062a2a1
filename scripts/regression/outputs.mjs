// The exact regression corpus: what the tagger says today about every labelled sentence we have, written
// (tests/fixtures/tag/*.jsonl, tagged alone) and real (tests/fixtures/real/*.jsonl, tagged inside their
// thread), and every labelled reply's stance. Expected outputs are committed in tests/fixtures/regression/;
// any change fails tests/tag/regression.test.ts until `npm run tag:accept` prints it (old → new) and accepts it.
// The pipeline comes in as `{ analyze, splitSentences, tagSentence }`: the script passes dist/, the test src/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readThread, resolvePost, resolveSentence } from '../real/threads.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const EXPECTED_DIR = join(ROOT, 'tests/fixtures/regression');
const WRITTEN_DIR = join(ROOT, 'tests/fixtures/tag');
const REAL_DIR = join(ROOT, 'tests/fixtures/real');
const lines = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

/** Each corpus: its name and its rows, `{ key, text, output }`; `output` is what is compared exactly. */
export async function regressionOutputs(pipeline, { withShared = existsSync(join(ROOT, '../shared')) } = {}) {
  const corpora = [];
  const written = readdirSync(WRITTEN_DIR).filter((n) => n.endsWith('.jsonl')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  corpora.push({
    name: 'written',
    rows: written.flatMap((file) => lines(join(WRITTEN_DIR, file)).map((item, i) => ({
      key: `${file}:${i + 1}`, text: item.text, output: pipeline.tagSentence(item.text).tags.join(' '),
    }))),
  });
  if (!withShared || !existsSync(REAL_DIR)) return corpora;
  const threads = new Map();
  const thread = async (file) => {
    if (!threads.has(file)) threads.set(file, await readThread(file, pipeline));
    return threads.get(file);
  };
  for (const name of readdirSync(REAL_DIR).filter((n) => /-(sentences|pairs)\.jsonl$/.test(n)).sort()) {
    const rows = [];
    for (const label of lines(join(REAL_DIR, name))) {
      const t = await thread(label.file);
      if (label.hash) {
        const found = resolveSentence(t, label);
        rows.push({ key: label.id, text: found?.sentence.text ?? null, output: found?.sentence.tagged ? found.sentence.tagged.tags.join(' ') : 'not found' });
      } else {
        const reply = resolvePost(t, label.replyId, label.replyHash);
        rows.push({ key: label.id, text: reply ? reply.text.slice(0, 200) : null, output: reply?.stance ? `stance ${reply.stance.label}` : 'not found' });
      }
    }
    corpora.push({ name: name.replace(/\.jsonl$/, ''), rows });
  }
  return corpora;
}

/** The committed expectations of one corpus: key → output. */
export function expectedOutputs(name) {
  const file = join(EXPECTED_DIR, `${name}.jsonl`);
  return existsSync(file) ? new Map(lines(file).map((row) => [row.key, row.output])) : new Map();
}

/** What changed: rows whose output differs from the expectation, and expectations with no row any more. */
export function changes(corpus, expected = expectedOutputs(corpus.name)) {
  const changed = corpus.rows.filter((row) => expected.get(row.key) !== row.output)
    .map((row) => ({ key: row.key, text: row.text, before: expected.get(row.key) ?? '(new)', after: row.output }));
  const keys = new Set(corpus.rows.map((row) => row.key));
  const gone = [...expected.keys()].filter((key) => !keys.has(key)).map((key) => ({ key, text: null, before: expected.get(key), after: '(gone)' }));
  return [...changed, ...gone];
}
