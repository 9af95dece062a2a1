// The thread in the Argument Interchange Format, as AIFdb's JSON has it (nodes, edges, locutions,
// participants). With the argument (aif-argument.ts), I-nodes are sentences; maps stored before it get
// one I-node per post. Either way each post is an L-node (who said it) asserting (YA) its I-nodes, a reply
// is a TA transition from its parent's locution, support is an RA node and attack a CA node.
import type { MapDocument } from '../model.js';
import { buildArgumentAif } from './aif-argument.js';
import { AifBuilder, aifTimestamp, type AifDocument } from './aif-builder.js';

export type { AifDocument, AifEdge, AifLocution, AifNode, AifNodeType, AifParticipant } from './aif-builder.js';

/** Maps stored before the argument stage: each post one I-node, related to its parent's by its stance. */
function buildPostAif(doc: MapDocument): AifDocument {
  const aif = new AifBuilder();
  const iNode = new Map<string, string>();
  const lNode = new Map<string, string>();
  for (const post of doc.posts) {
    const time = aifTimestamp(post.createdAt, doc.source.retrievedAt);
    const i = aif.node('I', post.text, time);
    const l = aif.locution(post, time);
    const ya = aif.node('YA', 'Asserting', time);
    aif.edge(l, ya);
    aif.edge(ya, i);
    iNode.set(post.id, i);
    lNode.set(post.id, l);
    const parentI = post.parentId === null ? undefined : iNode.get(post.parentId);
    if (parentI === undefined) continue;
    aif.scheme('TA', lNode.get(post.parentId!)!, l, time);
    const relation = post.stance?.label === 'agree' ? 'RA' : post.stance?.label === 'disagree' || post.stance?.label === 'mixed' ? 'CA' : null;
    if (relation) aif.scheme(relation, i, parentI, time);
  }
  return aif.doc;
}

export function buildAif(doc: MapDocument): AifDocument {
  return doc.argument ? buildArgumentAif(doc, doc.argument) : buildPostAif(doc);
}

export function renderAif(doc: MapDocument): string {
  return `${JSON.stringify(buildAif(doc), null, 2)}\n`;
}
