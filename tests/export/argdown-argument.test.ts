import { existsSync, readFileSync } from 'node:fs';
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
import { describe, expect, it } from 'vitest';
import { renderArgdown } from '../../src/export/argdown.js';
import { buildMap } from '../../src/pipeline.js';
import { readText } from '../../src/sources/text.js';
import { HOSTILE_TEXT } from '../fixtures/web/documents.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);

interface Parsed {
  lexerErrors?: unknown[];
  parserErrors?: unknown[];
  statements: Record<string, { members: { text: string; data?: { post: string; author: string } }[] }>;
  relations: { relationType: string; from: { title: string }; to: { title: string } }[];
}

/** Argdown's own parser and model builder, as the Argdown tools read a file. */
function parse(input: string): Parsed {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ process: ['parse-input', 'build-model'], input }) as unknown as Parsed;
}

describe.skipIf(!existsSync(SEED))('Argdown of the seed exchange’s argument', () => {
  const doc = buildMap(readText(readFileSync(SEED, 'utf8')));
  const parsed = parse(renderArgdown(doc));
  const title = (ref: { postId: string; sentence: number | null }) => `${ref.postId} s${ref.sentence}`;

  it('parses with @argdown/core with no errors', () => {
    expect(parsed.lexerErrors ?? []).toEqual([]);
    expect(parsed.parserErrors ?? []).toEqual([]);
  });

  it('holds each main claim as a statement whose data names its post and author', () => {
    for (const claim of doc.argument!.claims) {
      const statement = parsed.statements[title(claim)];
      expect(statement, title(claim)).toBeDefined();
      expect(statement!.members[0]!.data).toEqual({ post: claim.postId, author: claim.author });
    }
  });

  it('draws each clash as an attack and each concession as a support, sentence to sentence', () => {
    const relation = (from: string, to: string) => parsed.relations.find((r) => r.from.title === from && r.to.title === to)?.relationType;
    for (const clash of doc.argument!.clashes) expect(relation(title(clash.from), title(clash.to))).toBe('attack');
    // "You can't just walk up, but …" grants and disputes the same sentence: Argdown keeps one relation per pair.
    const clashPairs = new Set(doc.argument!.clashes.map((c) => `${title(c.from)}>${title(c.to)}`));
    const grants = doc.argument!.concessions.filter((g) => g.to.sentence !== null && !clashPairs.has(`${title(g.from)}>${title(g.to)}`));
    expect(grants.length).toBeGreaterThanOrEqual(3);
    for (const grant of grants) {
      expect(relation(title(grant.from), title(grant.to))).toBe('support');
    }
  });
});

describe('Argdown of a reply to a post missing from the thread', () => {
  it('draws the clash against the missing post and parses without errors', () => {
    const doc = buildMap(rawThread([rawPost('b1', 'gone', 'I disagree. Rent control does not reduce the supply of rental housing.', { author: 'bob' })]));
    expect(doc.argument!.clashes.map((c) => c.to)).toEqual([{ postId: 'gone', sentence: null, author: null }]);
    const parsed = parse(renderArgdown(doc));
    expect(parsed.lexerErrors ?? []).toEqual([]);
    expect(parsed.parserErrors ?? []).toEqual([]);
    expect(parsed.relations.filter((r) => r.relationType === 'attack')).toHaveLength(1);
  });
});

describe('Argdown of hostile text', () => {
  it('still parses without errors and keeps the words', () => {
    const doc = buildMap(rawThread([
      rawPost('a1', null, `Rent control reduces the supply of rental housing. ${HOSTILE_TEXT}`, { author: 'al[i]ce {x}' }),
      rawPost('b1', 'a1', 'That is not true, rent control does not reduce the supply of rental housing at all.', { author: 'bob #1' }),
    ]));
    const parsed = parse(renderArgdown(doc));
    expect(parsed.lexerErrors ?? []).toEqual([]);
    expect(parsed.parserErrors ?? []).toEqual([]);
    expect(parsed.relations.length).toBeGreaterThanOrEqual(1);
  });
});
