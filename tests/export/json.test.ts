// The JSON export written in pieces (the CLI streams them) is, character for character, JSON.stringify's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonPieces, renderJson } from '../../src/export/json.js';
import type { MapDocument } from '../../src/model.js';
import { buildMap } from '../../src/pipeline.js';
import { readContent } from '../../src/sources/dispatch.js';
import { toSourceContent } from '../../src/sources/content.js';
import { readText } from '../../src/sources/text.js';

const saved = (path: string): MapDocument =>
  buildMap(readContent(toSourceContent(readFileSync(new URL(`../fixtures/sources/${path}`, import.meta.url), 'utf8'), null)));

const stringified = (doc: MapDocument) => `${JSON.stringify(doc, null, 2)}\n`;

describe('renderJson and jsonPieces', () => {
  it('write a saved thread exactly as JSON.stringify does, in pieces of many posts', () => {
    const doc = saved('hackernews/hnpwa_item_26312516_speed_is_the_killer_feature.json');
    const pieces = [...jsonPieces(doc)];
    expect(doc.posts.length).toBeGreaterThan(200);
    expect(pieces.length).toBeLessThan(doc.posts.length);
    expect(pieces.join('')).toBe(stringified(doc));
    expect(renderJson(doc)).toBe(stringified(doc));
  }, 60_000);

  it('write pasted text with speakers, a thread of one post, and fields left out as JSON.stringify does', () => {
    const pasted = buildMap(readText('Alice wrote: I think so.\n\nBob: No, that is wrong, see the 2019 study.\n\nI agree with Bob.'));
    expect(renderJson(pasted)).toBe(stringified(pasted));
    const withoutArgument = { ...pasted, argument: undefined, posts: pasted.posts.slice(0, 1) };
    expect(renderJson(withoutArgument)).toBe(stringified(withoutArgument));
    expect(renderJson({ ...pasted, posts: [] })).toBe(stringified({ ...pasted, posts: [] }));
  });
});
