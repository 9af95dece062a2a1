// The argument in AIF: each claim sentence, and each sentence in a clash, concession or support, is an
// I-node asserted (YA) by its post's L-node (the speaker or author); a clash is a CA node from the
// disagreeing sentence to the one it disputes, a support or concession an RA node to what it grants.
import type { ArgumentMap, MapDocument, Post, TargetRef } from '../model.js';
import { AifBuilder, aifTimestamp, type AifDocument } from './aif-builder.js';
import { authorLabel } from '../layout/card.js';

export function buildArgumentAif(doc: MapDocument, argument: ArgumentMap): AifDocument {
  const aif = new AifBuilder();
  const speakerOf = new Map((argument.speakers ?? []).flatMap((s) => s.postIds.map((id) => [id, s.label] as const)));
  const timeOf = (post: Post) => aifTimestamp(post.createdAt, doc.source.retrievedAt);
  const posts = new Map(doc.posts.map((post) => [post.id, post]));
  const wanted = new Map<string, Set<number | null>>();
  const want = (ref: TargetRef) => wanted.set(ref.postId, (wanted.get(ref.postId) ?? new Set()).add(ref.sentence));
  for (const post of doc.posts) post.sentences.forEach((s, i) => { if (s.tags.includes('claim') && !s.quoted) want({ postId: post.id, sentence: i, author: null }); });
  for (const link of [...argument.clashes, ...argument.concessions, ...argument.supports]) { want(link.from); want(link.to); }

  const iNode = new Map<string, string>();
  const lNode = new Map<string, string>();
  for (const post of doc.posts) {
    if (post.placeholder) continue;
    const time = timeOf(post);
    const l = aif.locution(post, time, post.author ?? speakerOf.get(post.id) ?? authorLabel(post));
    lNode.set(post.id, l);
    const parentL = post.parentId === null ? undefined : lNode.get(post.parentId);
    if (parentL !== undefined) aif.scheme('TA', parentL, l, time);
    for (const sentence of [...(wanted.get(post.id) ?? [])].sort((a, b) => (a ?? -1) - (b ?? -1))) {
      const i = aif.node('I', sentence === null ? post.text : post.sentences[sentence]!.text, time);
      const ya = aif.node('YA', 'Asserting', time);
      aif.edge(l, ya);
      aif.edge(ya, i);
      iNode.set(`${post.id}#${sentence}`, i);
    }
  }
  const relate = (type: 'RA' | 'CA', from: TargetRef, to: TargetRef) => {
    const fromI = iNode.get(`${from.postId}#${from.sentence}`);
    const toI = iNode.get(`${to.postId}#${to.sentence}`);
    const post = posts.get(from.postId);
    if (fromI && toI && post) aif.scheme(type, fromI, toI, timeOf(post));
  };
  for (const clash of argument.clashes) relate('CA', clash.from, clash.to);
  for (const grant of [...argument.concessions, ...argument.supports]) relate('RA', grant.from, grant.to);
  return aif.doc;
}
