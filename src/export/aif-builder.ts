// Building an AIFdb JSON document node by node: numbered ids, edges, locutions and one participant per
// author. Timestamps are written as AIFdb writes them: "YYYY-MM-DD HH:MM:SS" (UTC).
import type { Post } from '../model.js';
import { authorLabel } from '../layout/card.js';

export type AifNodeType = 'I' | 'L' | 'YA' | 'TA' | 'RA' | 'CA';

export interface AifNode { nodeID: string; text: string; type: AifNodeType; timestamp: string }
export interface AifEdge { edgeID: string; fromID: string; toID: string; formEdgeID: null }
export interface AifLocution { nodeID: string; personID: string; timestamp: string; start: null; end: null; source: string | null }
export interface AifParticipant { participantID: string; firstname: string; surname: string }
export interface AifDocument { nodes: AifNode[]; edges: AifEdge[]; locutions: AifLocution[]; participants: AifParticipant[] }

export const SCHEME_TEXT = { RA: 'Default Inference', CA: 'Default Conflict', TA: 'Default Transition', YA: 'Asserting' } as const;

/** An ISO date as AIFdb stores it; `fallback` (also ISO) when the date is missing or unreadable. */
export function aifTimestamp(iso: string | null, fallback: string): string {
  const date = new Date(iso ?? fallback);
  const valid = Number.isNaN(date.getTime()) ? new Date(fallback) : date;
  return valid.toISOString().slice(0, 19).replace('T', ' ');
}

export class AifBuilder {
  readonly doc: AifDocument = { nodes: [], edges: [], locutions: [], participants: [] };
  private readonly people = new Map<string, string>();

  node(type: AifNodeType, text: string, timestamp: string): string {
    const nodeID = String(this.doc.nodes.length + 1);
    this.doc.nodes.push({ nodeID, text, type, timestamp });
    return nodeID;
  }

  edge(fromID: string, toID: string): void {
    this.doc.edges.push({ edgeID: String(this.doc.edges.length + 1), fromID, toID, formEdgeID: null });
  }

  /** A scheme node between two nodes: from → scheme → to. */
  scheme(type: 'RA' | 'CA' | 'TA', fromID: string, toID: string, timestamp: string): string {
    const id = this.node(type, SCHEME_TEXT[type], timestamp);
    this.edge(fromID, id);
    this.edge(id, toID);
    return id;
  }

  /** The post's L-node (who said it), with its locution; `name` overrides the post's author label. */
  locution(post: Post, timestamp: string, name = authorLabel(post)): string {
    if (!this.people.has(name)) {
      this.people.set(name, String(this.people.size + 1));
      this.doc.participants.push({ participantID: this.people.get(name)!, firstname: name, surname: '' });
    }
    const id = this.node('L', `${name}: ${post.text}`, timestamp);
    this.doc.locutions.push({ nodeID: id, personID: this.people.get(name)!, timestamp, start: null, end: null, source: post.url });
    return id;
  }
}
