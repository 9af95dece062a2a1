// Pasted text has no post boundaries and no reply links; rebuild them from what the text shows.
//
// 1. Classify each paragraph in reading order against everything before it (ShingleIndex):
//    - new:     content not seen before;
//    - repeat:  ≥ 75% of its shingles seen before (an exact copy, a near copy, part of an earlier
//               paragraph, or two earlier paragraphs merged): kept once, listed under `duplicates`;
//    - quote:   written as "> …".
// 2. Group new paragraphs into posts. A new post starts where the text gives evidence of one:
//    - a quote stands before it: a repeat immediately followed by new text quotes the earlier post
//      (unless the repeat continues a run copying that post paragraph by paragraph: then it is a
//      duplicated post, and the new text after it replies to that post);
//    - text resumes after a run of repeats (a scrape repeating the exchange with a reply inserted);
//    - an author/date header or separator line;
//    - the paragraph opens like a reply ("Ok, cool.", "Sorry,", "You can't…", "your comment");
//    - a pasted feed moves to an unrelated post (see topic.ts): that post is a new root.
// 3. A later copy that sets another post between two paragraphs of one post splits it there: the rest is
//    a new voice's post (see voices.ts).
// 4. Parent: the quoted post; else the post whose repeat run it follows; else the previous post
//    (replies in a flat paste follow what they answer: chain in reading order); feed posts are roots.
//    Each is kept as the paragraph answered, so a split moves replies to the half they follow.
import { comparableWords } from '../clean/normalize.js';
import { counted, diagnostic } from '../diagnostics.js';
import type { Diagnostic, Quote, RawPost, TextParagraph } from '../model.js';
import { opensReply } from './reply-markers.js';
import { ShingleIndex } from './shingle-index.js';
import { splitInsertedVoices, type ParagraphKind, type VoiceDraft } from './voices.js';
import { shingles } from './shingles.js';
import { cohesion, contentStems, endsMidSentence, truncationIsSignal } from './topic.js';

/** Share of a paragraph's shingles seen before that makes it a repeat. */
export const REPEAT_RATIO = 0.75;
/** Below this cohesion (cosine of stemmed content words) with the post so far, a feed moves to a new post. */
export const FEED_COHESION = 0.05;
/** Cohesion is only trusted between windows of at least this many content words. */
const MIN_WINDOW_WORDS = 30;

type Kind = ParagraphKind;

/** Each paragraph's kind, read against the paragraphs before it. */
function classify(paragraphs: readonly TextParagraph[]): Kind[] {
  const index = new ShingleIndex();
  const kinds = paragraphs.map((paragraph, i): Kind => {
    const hashes = shingles(comparableWords(paragraph.text));
    const coverage = index.coverage(hashes);
    if (paragraph.quoted) return { kind: 'quote', source: coverage.ratio >= 0.5 ? coverage.best : null };
    if (coverage.best !== null && coverage.ratio >= (hashes.length > 1 ? REPEAT_RATIO : 1)) {
      return { kind: 'repeat', source: coverage.best };
    }
    index.add(i, hashes);
    return { kind: 'new' };
  });
  index.release();
  return kinds;
}

/** `anchor`: the paragraph this post answers (its post is the parent); `quoted`: each quote's paragraph. */
interface Draft extends VoiceDraft { quoted: Map<Quote, number> }

interface FeedSignals {
  cutOffMeansNewPost: boolean;
  stemsOf: (paragraph: number) => readonly string[];
}

/** Paragraphs' stems kept this far behind the latest asked for (which looks up to 50 ahead of the reading position). */
const STEMS_KEPT_BEHIND = 100;

/**
 * Stems of paragraphs near the reading position, worked out when feed cohesion first asks for them (most
 * paragraphs open a post on other evidence and are never asked) and let go once far behind: every new
 * paragraph's stems, made up front and kept through reconstruction, were ~40 MB at 100k pasted paragraphs.
 */
function stemCache(paragraphs: readonly TextParagraph[]): (paragraph: number) => readonly string[] {
  const stems: (readonly string[] | undefined)[] = [];
  let keptFrom = 0;
  return (i) => {
    for (; keptFrom < i - STEMS_KEPT_BEHIND; keptFrom++) stems[keptFrom] = undefined;
    if (i < keptFrom) return contentStems(paragraphs[i]!.text);
    return (stems[i] ??= contentStems(paragraphs[i]!.text));
  };
}

export interface ReconstructedThread { posts: RawPost[]; diagnostics: Diagnostic[] }

export function reconstructThread(paragraphs: readonly TextParagraph[]): ReconstructedThread {
  const kinds = classify(paragraphs);
  const newOrder = new Map<number, number>();           // paragraph index → rank among new paragraphs
  kinds.forEach((k, i) => { if (k.kind === 'new') newOrder.set(i, newOrder.size); });
  const drafts: Draft[] = [];
  const draftOf = new Map<number, Draft>();             // new paragraph index → its post
  let current: Draft | null = null;
  let pendingQuotes: Quote[] = [];
  const quoteSource = new Map<Quote, number>();
  let resumesAfter: number | null = null;
  let quotesLinked = 0;
  const feed: FeedSignals = { cutOffMeansNewPost: truncationIsSignal(paragraphs.map((p) => p.text)), stemsOf: stemCache(paragraphs) };

  const continuesRun = (i: number, source: number) => {
    const previous = kinds[i - 1];
    if (previous?.kind !== 'repeat') return false;
    const gap = (newOrder.get(source) ?? 0) - (newOrder.get(previous.source) ?? 0);
    return gap === 0 || gap === 1;
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const kind = kinds[i]!;
    if (kind.kind === 'quote') {
      const quoted = kind.source === null ? null : draftOf.get(kind.source)!;
      const quote = { text: paragraph.text, postId: quoted?.post.id ?? null, ...(paragraph.quotedAuthor ? { author: paragraph.quotedAuthor } : {}) };
      if (kind.source !== null) quoteSource.set(quote, kind.source);
      pendingQuotes.push(quote);
      continue;
    }
    if (kind.kind === 'repeat') {
      const owner = draftOf.get(kind.source)!;
      if (isTitleLike(paragraph.text)) { owner.post.duplicates!.push(`line:${paragraph.line}`); continue; }
      const quotesOwner = kinds[i + 1]?.kind === 'new' && !continuesRun(i, kind.source);
      if (quotesOwner) {
        const quote = { text: paragraph.text, postId: owner.post.id };
        quoteSource.set(quote, kind.source);
        pendingQuotes.push(quote);
      } else owner.post.duplicates!.push(`line:${paragraph.line}`);
      resumesAfter = kind.source;
      continue;
    }
    const repliesByOpening = opensReply(paragraph.text);
    const evidenced = pendingQuotes.length > 0 || resumesAfter !== null || paragraph.startsPost || repliesByOpening;
    const feedBreak = current !== null && !evidenced && startsUnrelatedPost(paragraphs, kinds, current, i, feed);
    if (current === null || evidenced || feedBreak) {
      const quoted = pendingQuotes.find((quote) => quoteSource.has(quote));
      const anchor = (quoted && quoteSource.get(quoted)) ?? resumesAfter ?? (feedBreak ? null : current?.parts.at(-1) ?? null);
      quotesLinked += pendingQuotes.filter((quote) => quote.postId !== null).length;
      current = newDraft(i, paragraph, anchor, pendingQuotes, quoteSource);
      drafts.push(current);
    } else {
      current.parts.push(i);
    }
    draftOf.set(i, current);
    pendingQuotes = [];
    resumesAfter = null;
  }
  if (pendingQuotes.length && current) current.post.quotes.push(...pendingQuotes);

  const all = splitInsertedVoices(drafts, kinds, draftOf, paragraphs, (first) => newDraft(first, paragraphs[first]!, null, [], new Map()));
  all.forEach((draft, n) => { draft.post.id = `p${n + 1}`; });
  const posts = all.map(({ post, parts, anchor, quoted }) => ({
    ...post,
    parentId: anchor === null ? null : draftOf.get(anchor)!.post.id,
    quotes: post.quotes.map((quote) => (quoted.has(quote) ? { ...quote, postId: draftOf.get(quoted.get(quote)!)!.post.id } : quote)),
    text: parts.map((j) => paragraphs[j]!.text).join('\n\n'),
  }));
  const repeats = kinds.filter((k) => k.kind === 'repeat').length;
  const message = `Rebuilt ${counted(posts.length, 'post')} from ${counted(paragraphs.length, 'paragraph')}: `
    + `${repeats} repeated, ${counted(quotesLinked, 'quote')} linked to the post ${quotesLinked === 1 ? 'it quotes' : 'they quote'}.`;
  return { posts, diagnostics: [diagnostic('dedup', 'info', message)] };
}

/** A page title repeated above its post says nothing about who replies to whom. */
function isTitleLike(text: string): boolean {
  return text.length <= 100 && !/[.!?:;,"')\]]$/.test(text.trim()) && text.split(/\s+/).length <= 12;
}

function newDraft(index: number, first: TextParagraph, anchor: number | null, quotes: Quote[], sources: ReadonlyMap<Quote, number>): Draft {
  return {
    parts: [index],
    anchor,
    quoted: new Map(quotes.filter((q) => sources.has(q)).map((q) => [q, sources.get(q)!])),
    post: { id: '', parentId: null, author: first.author, createdAt: first.createdAt, score: null, url: null, text: '', quotes, duplicates: [] },
  };
}

/** A feed boundary: the post so far ends cut off, or the next paragraphs share almost no words with it. */
function startsUnrelatedPost(
  paragraphs: readonly TextParagraph[], kinds: readonly Kind[], current: Draft, i: number, feed: FeedSignals,
): boolean {
  if (feed.cutOffMeansNewPost && endsMidSentence(paragraphs[current.parts.at(-1)!]!.text)) return true;
  const ahead: number[] = [];
  for (let j = i; j < paragraphs.length && ahead.length < 3 && j < i + 50; j++) if (kinds[j]!.kind === 'new') ahead.push(j);
  const { cosine, words } = cohesion(current.parts.slice(-3).map(feed.stemsOf), ahead.map(feed.stemsOf));
  return words >= MIN_WINDOW_WORDS && cosine < FEED_COHESION;
}
