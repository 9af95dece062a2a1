// The post a reply answers, read once for all its replies: its statements (sentences that are not
// questions), each with its content-word stems and whether it is negated, so a reply sentence can be
// checked against what the parent asserted ("Tariffs are a tax on foreigners" / "Tariffs aren't a tax on
// foreigners") without re-reading the parent per reply or per sentence.
import { negatorBefore } from './rules/negation.js';
import { splitSentences } from './split.js';
import { tokenize, type Tokens } from './tokens.js';
import { keyStemsOf } from './word-facts.js';

/** A parent this long is read up to here: a reply answers what is near, and a 2 MB parent must stay cheap. */
const MAX_PARENT_SENTENCES = 200;

export interface Statement {
  text: string;
  words: readonly string[];
  /** Stem → index of the first word with that stem, for content words outside quotation marks. */
  stems: ReadonlyMap<string, number>;
  negated: boolean;
  /** A statement of a post the reply answers besides its parent, named for cues ("answers post 5 (quotes it)"). */
  from?: string;
}

export interface ParentView {
  statements: readonly Statement[];
  /** Every content-word stem of the parent. */
  stems: ReadonlySet<string>;
  /** The parent's own text ends with a question: a reply to it is first of all an answer. */
  asks: boolean;
}

/**
 * The parent of a reply whose parent we cannot read (a placeholder for a comment deleted or on another page):
 * the reply still answers someone, so the rules about answering ("That's not…", "So who…?", "I don't follow
 * your…") apply; the ones that compare words with the parent's find none.
 */
export const UNREAD_PARENT: ParentView = { statements: [], stems: new Set(), asks: false };

/**
 * Content-word stems of a sentence, each with the index of its first word (quoted words are someone else's).
 * Worked out once per sentence: a reply's rules read them, and when the reply has replies of its own its
 * parent view reads them again (stemming is a map lookup per word, a good share of tagging).
 */
export function keyStemPositions(tokens: Tokens): ReadonlyMap<string, number> {
  const known = stemsOfTokens.get(tokens);
  if (known !== undefined) return known;
  const stems = new Map<string, number>();
  const keys = keyStemsOf(tokens);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (key === '' || tokens.quoted[index]) continue;
    if (!stems.has(key)) stems.set(key, index);
  }
  stemsOfTokens.set(tokens, stems);
  return stems;
}
const stemsOfTokens = new WeakMap<Tokens, ReadonlyMap<string, number>>();

/** Does a negator govern the sentence's own assertion ("X is not Y", "nobody pays X"), outside quotes? */
export function isNegated(tokens: Tokens): boolean {
  const keys = keyStemsOf(tokens);
  return tokens.words.some((_, index) => !tokens.quoted[index] && keys[index] !== '' && negatorBefore(tokens.words, index) >= 0);
}

const isQuestion = (tokens: Tokens) => tokens.words.includes('?');

/** One split sentence of the parent as the tagger read it: its raw text ("> " kept) and its body's tokens. */
export interface ReadSentence { raw: string; tokens: Tokens }

/** The parent from sentences already split and tokenised (tagging the parent did both: see tagTextRead). */
export function parentView(sentences: readonly ReadSentence[]): ParentView {
  const statements: Statement[] = [];
  const stems = new Set<string>();
  let asks = false;
  for (const { raw, tokens } of sentences.slice(0, MAX_PARENT_SENTENCES)) {
    const own = keyStemPositions(tokens);
    for (const key of own.keys()) stems.add(key);
    if (raw.startsWith('> ')) continue;
    asks = isQuestion(tokens);
    if (asks) continue;
    statements.push({ text: raw, words: tokens.words, stems: own, negated: isNegated(tokens) });
  }
  return { statements, stems, asks };
}

export function readParent(text: string): ParentView {
  return parentView(splitSentences(text).slice(0, MAX_PARENT_SENTENCES).map((raw) => ({ raw, tokens: tokenize(raw.startsWith('> ') ? raw.slice(2) : raw) })));
}

/** A post a reply answers besides its parent (answers.ts), read like a parent, with what to call it in cues. */
export interface AnsweredView { view: ParentView; from: string }

/**
 * What a reply's parent-aware checks read: the parent's statements, then those of the posts it quotes, mentions or
 * names, each named for its cues. Whether the parent asked stays the parent's: the stance is toward the parent.
 */
export function withAnswered(parent: ParentView, answered: readonly AnsweredView[]): ParentView {
  if (answered.length === 0) return parent;
  const statements = [...parent.statements];
  const stems = new Set(parent.stems);
  for (const { view, from } of answered) {
    for (const statement of view.statements) statements.push({ ...statement, from });
    for (const key of view.stems) stems.add(key);
  }
  return { statements, stems, asks: parent.asks };
}
