// The pieces of `natural` Threadmap uses, loaded by path: `import 'natural'` loads every module
// (700 ms) and prints dotenv banners on stdout, which would corrupt `threadmap tag`'s JSONL.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const stopwordList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;

/** Porter stem of one lower-case word. */
export const porterStem = (word: string): string => porter.stem(word);

/** natural's English stopword list. */
export const STOPWORDS: ReadonlySet<string> = new Set(stopwordList);
