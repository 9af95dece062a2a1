// threadmap/1 → threadmap/2 (model.ts): the same map without the copies that make a big map five times
// its input. A sentence's text is its place in the post's text; its tags and cues are read off its reasons;
// cues and reasons are numbers into lists of each once; quoted passages and the argument's and summary's sentences point into
// post texts; references drop the author the post already names; ledger and participants become rows.
// Every object keeps its keys in their order, so expanding gives back the threadmap/1 JSON byte for byte,
// and whatever cannot be rebuilt exactly (a sentence not found in its post, a field added later) is kept
// as it is.
import {
  SENTENCE_FLAGS, TAGS, type ArgumentMap, type CompactArgument, type CompactDocument, type CompactPost, type CompactReason, type CompactRef,
  type CompactSentence, type CompactSummary, type CompactText, type MapDocument, type Post, type Sentence,
  type SentenceRef, type Summary, type TagName, type TagReason, type TargetRef, type TextSlice,
} from '../model.js';
import { authorsOf, findJoined, toRows } from './shared.js';

const SENTENCE_KEYS = ['text', 'tags', 'confidence', 'cues', 'reasons'];
const QUOTED_SENTENCE_KEYS = [...SENTENCE_KEYS, 'quoted'];
const REASON_KEYS = ['tag', 'cue', 'confidence'];
const REF_KEYS = ['postId', 'sentence', 'author'];
const TAG_INDEX = new Map<TagName, number>(TAGS.map((tag, i) => [tag, i]));

// These run for every sentence and reason of a map (millions at 100k paragraphs): they allocate nothing.

/** Whether the object has exactly these keys, in this order (as the expander writes them). */
function hasKeys(object: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in object) if (keys[i++] !== key) return false;
  return i === keys.length;
}

/** Whether `expected` lists each of the items' values once, in the order first seen. */
function isFirstSeen<T, V>(expected: readonly V[], items: readonly T[], value: (item: T) => V): boolean {
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    const v = value(items[i]!);
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = value(items[j]!) === v;
    if (!seen && expected[n++] !== v) return false;
  }
  return n === expected.length;
}

function createPacker(doc: MapDocument) {
  const cues: string[] = [];
  const cueIndex = new Map<string, number>();
  const cueOf = (cue: string) => {
    let index = cueIndex.get(cue);
    if (index === undefined) cueIndex.set(cue, (index = cues.push(cue) - 1));
    return index;
  };
  const reasons: CompactReason[] = [];
  /** Per cue index, the indexes in `reasons` of the reasons with that cue (a few tags and confidences each). */
  const reasonsOfCue: number[][] = [];
  const reasonOf = (r: TagReason) => {
    const tag = TAG_INDEX.get(r.tag)!;
    const cue = cueOf(r.cue);
    const known = (reasonsOfCue[cue] ??= []);
    for (const index of known) {
      const [t, , confidence] = reasons[index]!;
      if (t === tag && confidence === r.confidence) return index;
    }
    known.push(reasons.length);
    return reasons.push([tag, cue, r.confidence]) - 1;
  };
  /** Where each sentence's text first stands in a post, for texts the argument and summary repeat. */
  const sentenceSlices = new Map<string, TextSlice>();
  const postIndex = new Map(doc.posts.map((post, i) => [post.id, i]));
  const authorOf = authorsOf(doc.posts, doc.argument?.speakers);

  /** Where the sentence stands in its post's text (from `from` on, as sentences come in order), and how to read it there. */
  function place(sentence: string, text: string, from: number): { start: number; end: number; joined: boolean } | undefined {
    const start = text.indexOf(sentence, from);
    if (start >= 0) return { start, end: start + sentence.length, joined: false };
    const found = findJoined(text, sentence);
    return found && { start: found[0], end: found[1], joined: true };
  }

  function sentence(s: Sentence, post: number, text: string, from: number): { packed: CompactSentence | Sentence; end: number } {
    const quoted = s.quoted === true && hasKeys(s, QUOTED_SENTENCE_KEYS);
    const rebuildable = (quoted || hasKeys(s, SENTENCE_KEYS))
      && s.reasons.every((r) => hasKeys(r, REASON_KEYS) && TAG_INDEX.has(r.tag))
      && isFirstSeen(s.tags, s.reasons, (r) => r.tag) && isFirstSeen(s.cues, s.reasons, (r) => r.cue);
    const at = rebuildable ? place(s.text, text, from) : undefined;
    if (!at) return { packed: s, end: from };
    if (!at.joined && !sentenceSlices.has(s.text)) sentenceSlices.set(s.text, [post, at.start, at.end]);
    const flags = (quoted ? SENTENCE_FLAGS.quoted : 0) | (at.joined ? SENTENCE_FLAGS.linesJoined : 0);
    const head = [at.start, at.end, s.confidence, s.reasons.map(reasonOf)] as const;
    return { packed: flags ? [...head, flags] : [...head], end: Math.max(from, at.end) };
  }

  function post(p: Post, index: number): CompactPost {
    let cursor = 0;
    const sentences = p.sentences.map((s) => {
      const { packed, end } = sentence(s, index, p.text, cursor);
      cursor = end;
      return packed;
    });
    const quotes = p.quotes.map((quote) => {
      const from = quote.postId === null ? undefined : postIndex.get(quote.postId);
      const at = from === undefined ? -1 : doc.posts[from]!.text.indexOf(quote.text);
      return { ...quote, text: at >= 0 ? [from!, at, at + quote.text.length] as TextSlice : text(quote.text) };
    });
    const stance = p.stance?.cues ? { ...p.stance, cues: p.stance.cues.map(cueOf) } : p.stance as CompactPost['stance'];
    return { ...p, quotes, stance, sentences };
  }

  const text = (value: string): CompactText => sentenceSlices.get(value) ?? value;
  function ref<R extends SentenceRef | TargetRef>(r: R): CompactRef | R {
    if (!hasKeys(r, REF_KEYS)) return r;
    return r.author === authorOf(r.postId) ? [r.postId, r.sentence] : [r.postId, r.sentence, r.author];
  }
  const link = <L extends { from: SentenceRef; to: TargetRef; cues: string[] }>(l: L) =>
    ({ ...l, from: ref(l.from), to: ref(l.to), cues: l.cues.map(cueOf) });

  const argument = (a: ArgumentMap): CompactArgument => ({
    ...a,
    clashes: a.clashes.map(link),
    claims: a.claims.map((claim) => ({ ...claim, text: text(claim.text), restatedBy: claim.restatedBy.map(ref) })),
    concessions: a.concessions.map((grant) => ({ ...link(grant), text: text(grant.text) })),
    supports: a.supports.map(link),
    ledger: toRows(a.ledger),
  });

  const summary = (s: Summary): CompactSummary => ({
    ...s,
    participants: toRows(s.participants),
    mainClaims: s.mainClaims.map((item) => ({ ...item, text: text(item.text) })),
    concessions: s.concessions.map((item) => ({ ...item, text: text(item.text) })),
    openDisagreements: s.openDisagreements.map((item) => ({ ...item, text: text(item.text) })),
  });

  return { cues, reasons, post, argument, summary };
}

/** The map document in its compact form; `expandDocument` gives back exactly `doc`. */
export function compactDocument(doc: MapDocument): CompactDocument {
  const packer = createPacker(doc);
  const posts = doc.posts.map(packer.post); // first: the sentences' places are what later texts point to
  const { schema: _schema, ...rest } = doc;
  // Spread first and then replaced, so every key keeps its place and fields added to threadmap/1 later ride along.
  const compact = { schema: 'threadmap/2', cues: packer.cues, reasons: packer.reasons, ...rest, posts, summary: packer.summary(doc.summary) } as CompactDocument;
  if (doc.argument) compact.argument = packer.argument(doc.argument);
  return compact;
}
