// The pieces of `natural` Threadmap uses, loaded by path: `import 'natural'` loads every module
// (700 ms) and prints dotenv banners on stdout, which would corrupt `threadmap tag`'s JSONL.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const stopwordList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;

/**
 * Porter stem of one lower-case word, memoised: natural's stemmer costs microseconds a word and a thread
 * repeats its words endlessly (Zipf), so a bounded memo makes stemming nearly free. The memo only ever
 * holds the stemmer's own answers, so it changes no result.
 */
export function porterStem(word: string): string {
  let stem = memo.get(word);
  if (stem === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    stem = porter.stem(word);
    memo.set(word, stem);
  }
  return stem;
}
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** natural's English stopword list. */
export const STOPWORDS: ReadonlySet<string> = new Set(stopwordList);
