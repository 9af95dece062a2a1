import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAif, type AifDocument } from '../../src/export/aif.js';
import { buildMap } from '../../src/pipeline.js';
import { readText } from '../../src/sources/text.js';
import { rawPost, rawThread } from '../helpers/posts.js';

const SEED = new URL('../../../shared/seeds/001_dc7b200be1058ffb.txt', import.meta.url);

describe.skipIf(!existsSync(SEED))('AIF of the seed exchange’s argument', () => {
  const doc = buildMap(readText(readFileSync(SEED, 'utf8')));
  const aif = JSON.parse(renderAif(doc)) as AifDocument;
  const nodes = new Map(aif.nodes.map((n) => [n.nodeID, n]));
  const out = (id: string) => aif.edges.filter((e) => e.fromID === id).map((e) => nodes.get(e.toID)!);

  it('has one L-node per post said by its speaker, and the three speakers as participants', () => {
    expect(aif.nodes.filter((n) => n.type === 'L')).toHaveLength(doc.posts.length);
    expect(aif.participants.map((p) => p.firstname).sort()).toEqual(['Speaker A', 'Speaker B', 'Speaker C']);
    expect(aif.nodes.find((n) => n.type === 'L' && n.text.startsWith('Speaker C: These systems are designed'))).toBeDefined();
  });

  it('makes sentences I-nodes and each clash a CA node from the disagreeing sentence to the disputed one', () => {
    const aws = aif.nodes.find((n) => n.type === 'I' && n.text.startsWith('These systems are designed to resist individual operators'))!;
    const conflict = out(aws.nodeID).find((n) => n.type === 'CA')!;
    // The AWS reply answers B's 'Ok, cool' post: its clash is against the RSP-violation claim there.
    expect(out(conflict.nodeID)[0]!.text).toMatch(/^This I think puts Anthropic in violation of its RSP/);
    expect(aif.nodes.filter((n) => n.type === 'CA')).toHaveLength(doc.argument!.clashes.length);
    expect(aif.nodes.filter((n) => n.type === 'RA').length).toBeGreaterThanOrEqual(doc.argument!.concessions.length);
  });

  it('writes AIFdb timestamps', () => {
    for (const node of aif.nodes) expect(node.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });
});

it('AIF timestamps come from the post’s date', () => {
  const doc = buildMap(rawThread([rawPost('a', null, 'Rent control reduces the supply of rental housing.', { author: 'alice', createdAt: '2024-03-05T07:08:09.000Z' })]));
  const aif = JSON.parse(renderAif(doc)) as AifDocument;
  expect(aif.nodes[0]!.timestamp).toBe('2024-03-05 07:08:09');
});
