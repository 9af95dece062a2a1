import type { MapDocument } from '../model.js';

/** The `threadmap/1` document as JSON (CONTRACT §3), pretty-printed for people who open the file. */
export function renderJson(doc: MapDocument): string {
  return [...jsonPieces(doc)].join('');
}

/** Posts are written this many at a time (one piece each batch): few writes, and no string the size of the map. */
const POSTS_A_PIECE = 200;

/**
 * renderJson's text in pieces, character for character `${JSON.stringify(doc, null, 2)}\n`: a 100k-paragraph
 * map's JSON is one ~400 MB string otherwise, twice the size of the document it comes from. Each top-level
 * field, and each batch of posts, is written by JSON.stringify inside a wrapper that sets it at its depth,
 * then cut out of the wrapper, so every piece is laid out as in the whole.
 */
export function* jsonPieces(doc: MapDocument): Generator<string> {
  const fields = Object.entries(doc).filter(([, value]) => written(value));
  if (fields.length === 0) { yield '{}\n'; return; }
  yield '{';
  for (const [index, [key, value]] of fields.entries()) {
    yield index === 0 ? '\n' : ',\n';
    if (key === 'posts' && Array.isArray(value) && value.length > 0) yield* postPieces(value);
    else yield cut(JSON.stringify({ [key]: value }, null, 2), '{\n', '\n}');
  }
  yield '\n}\n';
}

/** `"posts": [` … `]` at depth 1, its items at depth 2, POSTS_A_PIECE at a time. */
function* postPieces(posts: readonly unknown[]): Generator<string> {
  yield '  "posts": [';
  for (let from = 0; from < posts.length; from += POSTS_A_PIECE) {
    yield (from === 0 ? '\n' : ',\n') + cut(JSON.stringify([posts.slice(from, from + POSTS_A_PIECE)], null, 2), '[\n  [\n', '\n  ]\n]');
  }
  yield '\n  ]';
}

/** Does JSON.stringify write this field (it leaves out undefined, functions and symbols)? */
const written = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

const cut = (json: string, before: string, after: string): string => json.slice(before.length, json.length - after.length);
