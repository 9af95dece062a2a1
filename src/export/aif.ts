// The thread in the Argument Interchange Format, as AIFdb's JSON has it (nodes, edges, locutions,
// participants). Each post is an I-node (what was said) with an L-node (who said it) anchored to it by a
// YA "Asserting" node. A reply is a TA transition from its parent's locution; when it agrees it supports
// the parent through an RA node, when it disagrees (or partly does: mixed) it attacks it through a CA node.
import type { MapDocument, Post } from '../model.js';
import { authorLabel } from './card.js';

export type AifNodeType = 'I' | 'L' | 'YA' | 'TA' | 'RA' | 'CA';

export interface AifNode { nodeID: string; text: string; type: AifNodeType; timestamp: string }
export interface AifEdge { edgeID: string; fromID: string; toID: string; formEdgeID: null }
export interface AifLocution { nodeID: string; personID: string; timestamp: string; start: null; end: null; source: string | null }
export interface AifParticipant { participantID: string; firstname: string; surname: string }
export interface AifDocument { nodes: AifNode[]; edges: AifEdge[]; locutions: AifLocution[]; participants: AifParticipant[] }

const SCHEME_TEXT = { RA: 'Default Inference', CA: 'Default Conflict', TA: 'Default Transition', YA: 'Asserting' } as const;

export function buildAif(doc: MapDocument): AifDocument {
  const out: AifDocument = { nodes: [], edges: [], locutions: [], participants: [] };
  const people = new Map<string, string>();
  const iNode = new Map<string, string>();
  const lNode = new Map<string, string>();
  const fallbackTime = doc.source.retrievedAt;
  const addNode = (type: AifNodeType, text: string, timestamp: string) => {
    const nodeID = String(out.nodes.length + 1);
    out.nodes.push({ nodeID, text, type, timestamp });
    return nodeID;
  };
  const addEdge = (fromID: string, toID: string) => {
    out.edges.push({ edgeID: String(out.edges.length + 1), fromID, toID, formEdgeID: null });
  };
  const personOf = (post: Post) => {
    const name = authorLabel(post);
    if (!people.has(name)) {
      people.set(name, String(people.size + 1));
      out.participants.push({ participantID: people.get(name)!, firstname: name, surname: '' });
    }
    return people.get(name)!;
  };

  for (const post of doc.posts) {
    const time = post.createdAt ?? fallbackTime;
    const i = addNode('I', post.text, time);
    const l = addNode('L', `${authorLabel(post)}: ${post.text}`, time);
    const ya = addNode('YA', SCHEME_TEXT.YA, time);
    addEdge(l, ya);
    addEdge(ya, i);
    out.locutions.push({ nodeID: l, personID: personOf(post), timestamp: time, start: null, end: null, source: post.url });
    iNode.set(post.id, i);
    lNode.set(post.id, l);
    const parentI = post.parentId === null ? undefined : iNode.get(post.parentId);
    if (parentI === undefined) continue;
    const ta = addNode('TA', SCHEME_TEXT.TA, time);
    addEdge(lNode.get(post.parentId!)!, ta);
    addEdge(ta, l);
    const relation = post.stance?.label === 'agree' ? 'RA' : post.stance?.label === 'disagree' || post.stance?.label === 'mixed' ? 'CA' : null;
    if (!relation) continue;
    const s = addNode(relation, SCHEME_TEXT[relation], time);
    addEdge(i, s);
    addEdge(s, parentI);
  }
  return out;
}

export function renderAif(doc: MapDocument): string {
  return `${JSON.stringify(buildAif(doc), null, 2)}\n`;
}
