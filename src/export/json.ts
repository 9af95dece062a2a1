import type { MapDocument } from '../model.js';

/** The `threadmap/1` document as JSON (CONTRACT §3), pretty-printed for people who open the file. */
export function renderJson(doc: MapDocument): string {
  return [...jsonPieces(doc)].join('');
}

/** Posts are written this many at a time (one piece each batch): few writes, and no string the size of the map. */
const POSTS_A_PIECE = 200;

/**
 * renderJson's text in pieces, character for character `${JSON.stringify(doc, null, 2)}\n`: a 100k-paragraph
 * map's JSON is one ~400 MB string otherwise, twice the size of the document it comes from.
 * JSON.stringify writes each top-level field, and each batch of posts, at its depth: its lines are indented
 * to there (a string in JSON never holds a raw line break, so every line break is the layout's).
 */
export function* jsonPieces(doc: MapDocument): Generator<string> {
  const fields = Object.entries(doc).filter(([, value]) => written(value));
  if (fields.length === 0) { yield '{}\n'; return; }
  yield '{';
  for (const [index, [key, value]] of fields.entries()) {
    yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (key === 'posts' && Array.isArray(value) && value.length > 0) yield* arrayPieces(value);
    else yield indented(JSON.stringify(value, null, 2), '  ');
  }
  yield '\n}\n';
}

/** An array at depth 1, its items at depth 2 (JSON.stringify writes an item it cannot write, as undefined, as null). */
function* arrayPieces(items: readonly unknown[]): Generator<string> {
  yield '[';
  for (let from = 0; from < items.length; from += POSTS_A_PIECE) {
    const batch = items.slice(from, from + POSTS_A_PIECE).map((item, i) =>
      `${from + i === 0 ? '' : ','}\n    ${indented(JSON.stringify(item, null, 2) ?? 'null', '    ')}`);
    yield batch.join('');
  }
  yield '\n  ]';
}

/** Does JSON.stringify write this field (it leaves out undefined, functions and symbols)? */
const written = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

const indented = (json: string, by: string): string => json.replaceAll('\n', `\n${by}`);
