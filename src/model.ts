// The one place where Threadmap's data types live. Every stage of the pipeline
// (source → clean/dedup → tag → map → render/export) reads and writes these.

export const TAGS = ['claim', 'concession', 'disagreement', 'agreement', 'question', 'hedge', 'evidence'] as const;
export type TagName = (typeof TAGS)[number];

export const STANCES = ['agree', 'disagree', 'mixed', 'neutral'] as const;
export type StanceLabel = (typeof STANCES)[number];

export type SourceKind =
  | 'lesswrong' | 'eaforum' | 'alignmentforum' | 'hackernews' | 'reddit'
  | 'discourse' | 'stackexchange' | 'github' | 'lemmy' | 'lobsters' | 'mastodon' | 'disqus' | 'html' | 'text';

/** A problem found on the way, travelling with the document (unified/vfile style). */
export interface Diagnostic {
  level: 'info' | 'warning';
  /** One sentence a user can act on: what happened and where. */
  message: string;
  /** Which stage noticed it: 'source', 'clean', 'dedup', 'map', … */
  stage: string;
  /** A post id, a line number, a URL: where it happened, when known. */
  where?: string;
}

export interface SourceInfo {
  kind: SourceKind;
  url: string | null;
  title: string | null;
  retrievedAt: string;
}

/** A passage a post quotes, and (when we could tell) the post it came from. */
export interface Quote {
  text: string;
  postId: string | null;
  /** Who was quoted, when the markup says so but the post is not in the thread. */
  author?: string | null;
}

/** What a post is, as the site shows it: the fields a read post and a mapped post share. */
export interface PostFields {
  id: string;
  parentId: string | null;
  author: string | null;
  createdAt: string | null;
  score: number | null;
  url: string | null;
  /** The thread's title, on the opening post of sites that have one. */
  title?: string | null;
  /** The address a link post points to (a Hacker News story's URL); such a post often has no text. */
  link?: string | null;
  /** Plain text, paragraphs separated by a blank line, quoted passages removed. */
  text: string;
  quotes: Quote[];
  /** Deleted or removed on the site, kept because others reply to it (or inserted for a missing parent). */
  placeholder?: boolean;
  /** The answer the asker accepted (Stack Exchange). */
  accepted?: boolean;
}

/** A post as a source adapter reads it, before dedup and tagging. */
export interface RawPost extends PostFields {
  /** Ids or positions of input items already merged into this one (text reconstruction fills it). */
  duplicates?: string[];
  /** Pasted text: reconstruction saw someone new start here (a post set inside another's repeated run). */
  newVoice?: boolean;
  /**
   * This post's ancestors as the site states them, parent first (a Lemmy comment's path, a comment's answer
   * and question): where a placeholder for a missing parent belongs. Read by src/dedup/repair.ts, not kept.
   */
  above?: string[];
}

/** A line or block of pasted text, with what the text itself says about it (src/sources/text.ts reads them). */
export interface TextParagraph {
  /** 1-based line where the paragraph starts: its id in `duplicates`. */
  line: number;
  text: string;
  /** Written as a `> ` quote. */
  quoted: boolean;
  /** Who a `> ` quote quotes, from a preceding "Alice wrote:". */
  quotedAuthor: string | null;
  /** From an author/date header line just before. */
  author: string | null;
  createdAt: string | null;
  /** A header or separator stood before it: the text itself says a new post begins. */
  startsPost: boolean;
}

/**
 * What every source produces: the thread as read (posts as the site gave them, repeated ids, missing
 * parents and all), plus what went wrong reading it. src/dedup makes it whole.
 */
export interface RawThread {
  source: SourceInfo;
  posts: RawPost[];
  diagnostics: Diagnostic[];
  /** Posts (or paragraphs, for text) as scraped, before dedup. Defaults to posts.length. */
  inputCount?: number;
  /** Where a placeholder belongs when a post's `above` does not say (the post a Lemmy thread is on). */
  rootId?: string | null;
  /**
   * Posts in page order with no reply links (flat forums, GitHub issues): src/dedup links each to the post it
   * quotes, else to the opening post. `startsThread`: the first post is the thread's opening post;
   * `quotesByWords`: a quote names no post, the post that wrote its words is looked for.
   */
  flat?: { startsThread: boolean; quotesByWords?: boolean };
  /** Pasted text as read: its paragraphs, from which src/dedup/pasted.ts rebuilds the posts (`posts` is empty). */
  paragraphs?: TextParagraph[];
}

/** Why a sentence carries a tag: the cue (words or rule) and how sure that cue makes us. */
export interface TagReason {
  tag: TagName;
  cue: string;
  confidence: number;
}

export interface Sentence {
  text: string;
  tags: TagName[];
  /** The highest confidence among the shown tags (0 when none). */
  confidence: number;
  /** The words or rules that made each shown tag, for a reader to check. */
  cues: string[];
  /** Each shown tag with its cue and confidence, one entry per (tag, cue). */
  reasons: TagReason[];
  /** Quoted from someone else ("> " line): tagged as that author's words, left out of this post's stance. */
  quoted?: boolean;
  /**
   * Only in the page's lean form (`GET /api/maps/ID?form=page`), which leaves `cues` and `reasons` out:
   * the tags and their cues in words, as the post panel shows them on hover.
   */
  why?: string;
}

/**
 * Where a reply sits in the exchange, from the thread's shape alone (who wrote what above and below it):
 * src/tag/reply-place.ts reads it, the stance weighs it. A post or writer we cannot tell counts as no.
 */
export interface ReplyPlace {
  /** The reply's writer wrote the post its parent answered: A, then B answering A, then A answering back. */
  answersBack: boolean;
  /** The parent's writer answers this reply in turn. */
  answeredBack: boolean;
  /** The reply answers the writer's own post (a follow-up, an edit, a correction of themselves). */
  ownPost: boolean;
  /**
   * Under the opening post, the reply answers another post instead (quotes it, @mentions or names its writer):
   * what it answers and why (src/tag/answers.ts), e.g. "post 5 (quotes it)".
   */
  answersInstead?: string;
  /** The reply answers the thread's opening post (its parent is the root), not a reply in an exchange. */
  underOpening?: boolean;
}

export interface Stance {
  label: StanceLabel;
  confidence: number;
  /** The cues the stance was read from. */
  cues?: string[];
}

/** A post in the map document (`threadmap/1`). */
export interface Post extends PostFields {
  /** Ids or positions of input items merged into this one. */
  duplicates: string[];
  /** Toward `parentId`; null for roots. */
  stance: Stance | null;
  sentences: Sentence[];
}

export type TagCounts = Record<TagName, number>;

export interface Participant {
  author: string | null;
  posts: number;
  concessions: number;
  disagreements: number;
}

export interface Summary {
  participants: Participant[];
  mainClaims: { postId: string; text: string }[];
  /** `from` conceded to `to` (authors); `toPostId` is the post conceded to. */
  concessions: { postId: string; text: string; to: string | null; from: string | null; toPostId: string | null }[];
  /** Disagreements no reply settled with a concession or agreement; `withPostId` is the post disputed. */
  openDisagreements: { postId: string; text: string; with: string | null; from: string | null; withPostId: string | null }[];
}

export interface MapStats {
  inputPosts: number;
  posts: number;
  duplicatesRemoved: number;
  sentences: number;
  tagCounts: TagCounts;
  elapsedMs: number;
}

// ---- The argument: who answers which sentence, what was granted, what the thread argues about ----

/** One sentence of one post (`sentence` indexes the post's `sentences`), and who wrote it. */
export interface SentenceRef { postId: string; sentence: number; author: string | null }
/** What a reply answers: a sentence of the post, or the whole post (`sentence` null) when none stands out. */
export interface TargetRef { postId: string; sentence: number | null; author: string | null }

/** A disagreeing sentence linked to the sentence it disputes. `cues` say how the link was found. */
export interface Clash {
  id: string;
  from: SentenceRef;
  to: TargetRef;
  cues: string[];
  /** The target's author (or the disagreeing author) later granted this point in the sub-thread. */
  resolved: boolean;
  resolvedBy?: { postId: string; sentence: number };
}

/** A grant to the other side or an owned mistake: `from` grants `to` (what was granted, when found). */
export interface Concession { id: string; from: SentenceRef; to: TargetRef; text: string; cues: string[] }

/** An agreeing sentence linked to the sentence it endorses. */
export interface Support { id: string; from: SentenceRef; to: TargetRef; cues: string[] }

/** A claim the thread argues about, with what it drew. */
export interface MainClaim {
  postId: string;
  sentence: number;
  author: string | null;
  text: string;
  /** Rank weight: replies, quotes, clashes and concessions drawn (more for distinct people), thesis. */
  score: number;
  clashes: string[];
  supports: string[];
  concessions: string[];
  /** The same claim said again elsewhere (clustered into this one). */
  restatedBy: SentenceRef[];
}

/** A participant of pasted text, inferred from the reply structure. */
export interface Speaker { label: string; postIds: string[]; evidence: string[] }

/** What one participant did in the argument. */
export interface LedgerEntry {
  author: string | null;
  posts: number;
  claims: number;
  clashesStarted: number;
  clashesReceived: number;
  concessionsMade: number;
  concessionsReceived: number;
}

export interface ArgumentMap {
  clashes: Clash[];
  claims: MainClaim[];
  concessions: Concession[];
  supports: Support[];
  /** Pasted text only: the speakers read from the reply structure (post authors elsewhere). */
  speakers?: Speaker[];
  ledger: LedgerEntry[];
}

/** The map document: the JSON schema `threadmap/1` of CONTRACT.md §3. */
export interface MapDocument {
  schema: 'threadmap/1';
  source: SourceInfo;
  stats: MapStats;
  posts: Post[];
  summary: Summary;
  /** The argument behind the summary (additive to threadmap/1). */
  argument?: ArgumentMap;
  diagnostics: Diagnostic[];
}

// ---- The compact document, `threadmap/2`: the same map as threadmap/1 without its copies ----------
// src/compact packs and expands it; expanding gives back the threadmap/1 JSON byte for byte. Anything the
// packer cannot rebuild exactly (a sentence that is not a slice of its post, an unknown field) stays in
// its threadmap/1 form, so a reader tells the forms apart by shape: an array is packed, an object is as is.

/** A slice of a post's text: `[index in posts, start, end]` (UTF-16 offsets, as String.slice). */
export type TextSlice = [post: number, start: number, end: number];
/** A string as is, or where it already stands in a post's text. */
export type CompactText = string | TextSlice;
/**
 * A sentence: its offsets in the post's text, its confidence, its reasons as indexes into the document's
 * `reasons`, and flags when any apply (SENTENCE_FLAGS). Its `tags` are the reasons' tags and its `cues`
 * the reasons' cues, each in first-seen order.
 */
export type CompactSentence =
  | [start: number, end: number, confidence: number, reasons: number[]]
  | [start: number, end: number, confidence: number, reasons: number[], flags: number];
export const SENTENCE_FLAGS = {
  /** `quoted: true`. */
  quoted: 1,
  /** The text is the slice with each line break, and the spaces around it, read as one space (wrapped lines joined). */
  linesJoined: 2,
} as const;
export type CompactReason = [tag: number, cue: number, confidence: number];
/** A SentenceRef or TargetRef: `[postId, sentence]` when its author is the post's (author or speaker), else with it. */
export type CompactRef = [postId: string, sentence: number | null] | [postId: string, sentence: number | null, author: string | null];
/** A list of like objects as one key list and a row of values per object. */
export interface CompactRows { keys: string[]; rows: unknown[][] }

export type CompactPost = Omit<Post, 'quotes' | 'stance' | 'sentences'> & {
  quotes: (Omit<Quote, 'text'> & { text: CompactText })[];
  stance: (Omit<Stance, 'cues'> & { cues?: number[] }) | null;
  sentences: (CompactSentence | Sentence)[];
};

type CompactLink<T extends { from: SentenceRef; to: TargetRef; cues: string[] }> =
  Omit<T, 'from' | 'to' | 'cues'> & { from: CompactRef | SentenceRef; to: CompactRef | TargetRef; cues: number[] };

export interface CompactArgument extends Omit<ArgumentMap, 'clashes' | 'claims' | 'concessions' | 'supports' | 'ledger'> {
  clashes: CompactLink<Clash>[];
  claims: (Omit<MainClaim, 'text' | 'restatedBy'> & { text: CompactText; restatedBy: (CompactRef | SentenceRef)[] })[];
  concessions: (Omit<CompactLink<Concession>, 'text'> & { text: CompactText })[];
  supports: CompactLink<Support>[];
  ledger: CompactRows | LedgerEntry[];
}

type WithCompactText<T extends { text: string }> = Omit<T, 'text'> & { text: CompactText };
export interface CompactSummary {
  participants: CompactRows | Participant[];
  mainClaims: WithCompactText<Summary['mainClaims'][number]>[];
  concessions: WithCompactText<Summary['concessions'][number]>[];
  openDisagreements: WithCompactText<Summary['openDisagreements'][number]>[];
}

/** The map document in its compact form (`--compact`, `?form=compact`, and how the store keeps it). */
export interface CompactDocument extends Omit<MapDocument, 'schema' | 'posts' | 'summary' | 'argument'> {
  schema: 'threadmap/2';
  /** Every cue of sentences, stances and argument links once; elsewhere a cue is its index here. */
  cues: string[];
  /** Every distinct TagReason once, as `[tag index in TAGS, cue index in cues, confidence]`. */
  reasons: CompactReason[];
  posts: CompactPost[];
  summary: CompactSummary;
  argument?: CompactArgument;
}

/** Progress of a long analysis, for the CLI's stderr and the web app's progress bar. */
export interface Progress {
  stage: 'fetch' | 'parse' | 'dedup' | 'tag' | 'map' | 'done';
  done: number;
  total: number;
  message?: string;
}
export type ProgressListener = (progress: Progress) => void;

export function emptyTagCounts(): TagCounts {
  return { claim: 0, concession: 0, disagreement: 0, agreement: 0, question: 0, hedge: 0, evidence: 0 };
}

// ---- The source stage's interfaces: fetching and site adapters --------------------------------

export interface HttpRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** A fetched response, body decoded to text (charset from header, <meta>, or sniffing). */
export interface HttpResponse {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  body: string;
}

/** How adapters reach the network. The real one is SSRF-safe and polite (src/fetch); tests pass fakes. */
export interface HttpClient {
  request(url: string, init?: HttpRequest): Promise<HttpResponse>;
}

/** A saved response or a fetched page, as an adapter sees it. */
export interface SourceContent {
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
  url: string | null;
  contentType: string | null;
}

export interface ReadContext {
  http: HttpClient;
  onProgress?: ProgressListener;
  /** Upper bound on follow-up requests (pages, `more` stubs, comment batches). */
  maxRequests: number;
}

/** One site or engine: src/sources/<site>.ts. The dispatcher (src/sources/dispatch.ts) chooses; src/dedup makes what it reads whole. */
export interface SourceAdapter {
  name: string;
  /** Exact host or base domain of the site, if it has fixed ones. */
  matchesUrl(url: URL): boolean;
  /** Does this saved response or page come from this site or engine (content fingerprint)? */
  detect(content: SourceContent): boolean;
  /** Read a saved response or page, posts as read. Throws ThreadmapError('not-a-thread') when there is none. */
  parse(content: SourceContent): RawThread;
  /** Fetch the thread at `url` (API calls, pagination) and read it. `page` is the page already fetched, if any. */
  fetchThread(url: URL, ctx: ReadContext, page?: SourceContent): Promise<RawThread>;
}
