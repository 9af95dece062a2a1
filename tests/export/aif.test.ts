import { describe, expect, it } from 'vitest';
import { buildAif, renderAif, type AifDocument } from '../../src/export/aif.js';
import { sampleDocument } from '../fixtures/web/documents.js';

function edgesInto(aif: AifDocument, id: string) { return aif.edges.filter((e) => e.toID === id); }
function edgesFrom(aif: AifDocument, id: string) { return aif.edges.filter((e) => e.fromID === id); }

describe('AIF export', () => {
  const doc = sampleDocument();
  const aif = JSON.parse(renderAif(doc)) as AifDocument;
  const nodes = new Map(aif.nodes.map((n) => [n.nodeID, n]));

  it('has unique node ids and edges that join existing nodes', () => {
    expect(nodes.size).toBe(aif.nodes.length);
    expect(new Set(aif.edges.map((e) => e.edgeID)).size).toBe(aif.edges.length);
    for (const edge of aif.edges) {
      expect(nodes.has(edge.fromID), `edge ${edge.edgeID} from`).toBe(true);
      expect(nodes.has(edge.toID), `edge ${edge.edgeID} to`).toBe(true);
    }
  });

  it('gives each post an I-node with its text and an L-node said by its author', () => {
    const iNodes = aif.nodes.filter((n) => n.type === 'I');
    expect(iNodes.map((n) => n.text)).toEqual(doc.posts.map((p) => p.text));
    const lNodes = aif.nodes.filter((n) => n.type === 'L');
    expect(lNodes).toHaveLength(doc.posts.length);
    expect(aif.locutions.map((l) => l.nodeID)).toEqual(lNodes.map((n) => n.nodeID));
    expect(aif.participants.map((p) => p.firstname)).toEqual(['alice', 'bob', 'carol', 'post 5']);
  });

  it('links agreement through RA nodes and disagreement (or mixed) through CA nodes, premise to conclusion', () => {
    const byType = (type: string) => aif.nodes.filter((n) => n.type === type);
    expect(byType('RA')).toHaveLength(2); // posts 2 and 6 agree
    expect(byType('CA')).toHaveLength(2); // post 3 disagrees, post 4 is mixed
    expect(byType('TA')).toHaveLength(5); // every reply is a transition
    for (const scheme of [...byType('RA'), ...byType('CA')]) {
      const [from] = edgesInto(aif, scheme.nodeID);
      const [to] = edgesFrom(aif, scheme.nodeID);
      expect(nodes.get(from!.fromID)!.type).toBe('I');
      expect(nodes.get(to!.toID)!.type).toBe('I');
    }
    const carol = aif.nodes.find((n) => n.type === 'I' && n.text.startsWith("That doesn't"))!;
    const attack = edgesFrom(aif, carol.nodeID).map((e) => nodes.get(e.toID)!).find((n) => n.type === 'CA')!;
    const target = nodes.get(edgesFrom(aif, attack.nodeID)[0]!.toID)!;
    expect(target.text).toBe(doc.posts[0]!.text);
  });

  it('keeps a thread with no replies to a bare set of I-, L- and YA-nodes', () => {
    const single = { ...doc, posts: [doc.posts[0]!] };
    expect(buildAif(single).nodes.map((n) => n.type)).toEqual(['I', 'L', 'YA']);
  });
});
