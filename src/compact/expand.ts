// threadmap/2 → threadmap/1: the reader of pack.ts's compact form. Packed parts are arrays (sentences,
// references, text slices) or rows; anything else was kept as it was and is read as it is. Keys come back
// in the order they were packed in, so JSON.stringify of the result is the threadmap/1 JSON it was made from.
import {
  SENTENCE_FLAGS, TAGS, type ArgumentMap, type CompactArgument, type CompactDocument, type CompactPost, type CompactRef,
  type CompactSentence, type CompactSummary, type CompactText, type MapDocument, type Post, type Sentence,
  type SentenceRef, type Summary, type TagReason, type TargetRef,
} from '../model.js';
import { authorsOf, fromRows, joinLines } from './shared.js';

const firstSeen = <T>(items: readonly T[]) => [...new Set(items)];

function createExpander(compact: CompactDocument) {
  const { cues } = compact;
  const reasonAt = compact.reasons.map(([tag, cue, confidence]): TagReason => ({ tag: TAGS[tag]!, cue: cues[cue]!, confidence }));
  const authorOf = authorsOf(compact.posts, compact.argument?.speakers);
  const text = (value: CompactText): string =>
    typeof value === 'string' ? value : compact.posts[value[0]]!.text.slice(value[1], value[2]);

  function sentence(s: CompactSentence | Sentence, postText: string): Sentence {
    if (!Array.isArray(s)) return s;
    const [start, end, confidence, indexes, flags = 0] = s;
    const slice = postText.slice(start, end);
    const reasons = indexes.map((i) => ({ ...reasonAt[i]! })); // copies: a reader may change one sentence's reasons
    const expanded: Sentence = {
      text: flags & SENTENCE_FLAGS.linesJoined ? joinLines(slice) : slice,
      tags: firstSeen(reasons.map((r) => r.tag)),
      confidence,
      cues: firstSeen(reasons.map((r) => r.cue)),
      reasons,
    };
    if (flags & SENTENCE_FLAGS.quoted) expanded.quoted = true;
    return expanded;
  }

  const post = (p: CompactPost): Post => ({
    ...p,
    quotes: p.quotes.map((quote) => ({ ...quote, text: text(quote.text) })),
    stance: p.stance?.cues ? { ...p.stance, cues: p.stance.cues.map((i) => cues[i]!) } : p.stance as Post['stance'],
    sentences: p.sentences.map((s) => sentence(s, p.text)),
  });

  function ref<R extends SentenceRef | TargetRef>(r: CompactRef | R): R {
    if (!Array.isArray(r)) return r;
    return { postId: r[0], sentence: r[1], author: r.length > 2 ? r[2]! : authorOf(r[0]) } as R;
  }
  const link = <L extends { from: CompactRef | SentenceRef; to: CompactRef | TargetRef; cues: number[] }>(l: L) =>
    ({ ...l, from: ref<SentenceRef>(l.from), to: ref<TargetRef>(l.to), cues: l.cues.map((i) => cues[i]!) });

  const argument = (a: CompactArgument): ArgumentMap => ({
    ...a,
    clashes: a.clashes.map(link),
    claims: a.claims.map((claim) => ({ ...claim, text: text(claim.text), restatedBy: claim.restatedBy.map((r) => ref<SentenceRef>(r)) })),
    concessions: a.concessions.map((grant) => ({ ...link(grant), text: text(grant.text) })),
    supports: a.supports.map(link),
    ledger: fromRows(a.ledger),
  });

  const summary = (s: CompactSummary): Summary => ({
    ...s,
    participants: fromRows(s.participants),
    mainClaims: s.mainClaims.map((item) => ({ ...item, text: text(item.text) })),
    concessions: s.concessions.map((item) => ({ ...item, text: text(item.text) })),
    openDisagreements: s.openDisagreements.map((item) => ({ ...item, text: text(item.text) })),
  });

  return { post, argument, summary };
}

/** The compact document back in its threadmap/1 form, exactly as it was before `compactDocument`. */
export function expandDocument(compact: CompactDocument): MapDocument {
  const expander = createExpander(compact);
  const { schema: _schema, cues: _cues, reasons: _reasons, ...rest } = compact;
  const doc = { schema: 'threadmap/1', ...rest, posts: compact.posts.map(expander.post), summary: expander.summary(compact.summary) } as MapDocument;
  if (compact.argument) doc.argument = expander.argument(compact.argument);
  return doc;
}

/** A stored or sent document in either form, as threadmap/1. */
export function readMapDocument(json: string): MapDocument {
  const parsed = JSON.parse(json) as MapDocument | CompactDocument;
  return parsed.schema === 'threadmap/2' ? expandDocument(parsed) : parsed;
}
