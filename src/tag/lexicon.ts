// The cue lexicons (data/lexicons/<tag>.json), read once, checked, and compiled: phrases into normalised
// words (exactly like sentences, so "don't" in a lexicon matches "do not", "dont" and "don’t" in text),
// patterns into regular expressions over the normalised words. lexicon-index.ts makes them quick to find.
import { readFileSync } from 'node:fs';
import { TAGS, type TagName } from '../model.js';
import { indexCues, type CueIndex } from './lexicon-index.js';
import { tokenize } from './tokens.js';

/** Where a cue counts: anywhere, at the start of the sentence, or only as the whole utterance ("Right."). */
export type CuePosition = 'anywhere' | 'start' | 'alone';

/** One lexicon entry as written in data/lexicons/*.json. */
export interface CueEntry {
  /** Words to match; `*` stands for any one word. */
  cue?: string;
  /** A regular expression over the normalised words joined by single spaces, for what a phrase can't say. */
  pattern?: string;
  /** The cue as shown to a reader; defaults to the phrase. */
  name?: string;
  /** A stable name rules read the cue by (rules/source.ts), unique across the lexicons; the display name may change. */
  id?: string;
  /** What the cue adds to its tag's confidence (negative: evidence against the tag). */
  weight: number;
  position?: CuePosition;
  /** The tag the cue means when negated ("I don't agree" → disagreement); absent: negated, it says nothing. */
  negated?: TagName;
  /** The weight of the negated reading, when it differs ("not confident" is a stronger hedge than "confident" a claim). */
  negatedWeight?: number;
  /** Sentences the cue must tag: the lexicon test checks every one. */
  examples: string[];
  /** Why the cue is shaped as it is (the sense it keeps, the one it leaves out); for readers only. */
  about?: string;
  /**
   * "impersonal": the cue counts only in impersonal prose, not where the writer, in this sentence or anywhere
   * in the post, speaks as "I", "we" or to "you", nor in a reply (see register.ts). Vague quantifiers ("Some
   * scholars…", "Many residents left") hedge encyclopedic prose; in conversation they count things ("I have
   * some guesses"): on real forum threads 9 of 50 such hedges were right.
   */
  register?: 'impersonal';
}

export interface Cue {
  tag: TagName;
  name: string;
  id: string | undefined;
  weight: number;
  position: CuePosition;
  negated: TagName | null;
  negatedWeight: number;
  examples: readonly string[];
  words: readonly string[] | null;
  pattern: RegExp | null;
  impersonal: boolean;
}

export interface Lexicon extends CueIndex {
  cues: readonly Cue[];
}

export const LEXICON_DIR = new URL('../../data/lexicons/', import.meta.url);

export function loadLexicon(dir: URL = LEXICON_DIR): Lexicon {
  const cues = TAGS.flatMap((tag) => readLexiconFile(new URL(`${tag}.json`, dir), tag));
  const ids = cues.flatMap((cue) => (cue.id === undefined ? [] : [cue.id]));
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) throw new Error(`lexicon id "${repeated}" is used by more than one cue`);
  return { cues, ...indexCues(cues) };
}

function readLexiconFile(file: URL, tag: TagName): Cue[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { tag?: string; cues?: CueEntry[] };
  if (parsed.tag !== tag || !Array.isArray(parsed.cues)) {
    throw new Error(`lexicon ${file.pathname} must have "tag": "${tag}" and a "cues" list`);
  }
  return parsed.cues.map((entry, index) => compileCue(entry, tag, `${file.pathname} cue ${index + 1}`));
}

/** A shipped lexicon with a broken entry is a bug in the project, reported with where it is. */
function compileCue(entry: CueEntry, tag: TagName, where: string): Cue {
  const { cue, pattern } = entry;
  if ((cue === undefined) === (pattern === undefined)) throw new Error(`${where}: give exactly one of "cue" or "pattern"`);
  if (!(Math.abs(entry.weight) > 0 && Math.abs(entry.weight) <= 1)) throw new Error(`${where}: weight must be in [-1, 1] and not 0`);
  if (!Array.isArray(entry.examples) || entry.examples.length === 0) throw new Error(`${where}: needs at least one example`);
  if (entry.negated !== undefined && !TAGS.includes(entry.negated)) throw new Error(`${where}: unknown negated tag ${entry.negated}`);
  const name = entry.name ?? cue;
  if (name === undefined) throw new Error(`${where}: a pattern cue needs a "name"`);
  return {
    tag,
    name,
    id: entry.id,
    weight: entry.weight,
    position: entry.position ?? 'anywhere',
    negated: entry.negated ?? null,
    negatedWeight: entry.negatedWeight ?? Math.abs(entry.weight) * 0.9,
    examples: entry.examples,
    words: cue === undefined ? null : tokenize(cue).words,
    pattern: pattern === undefined ? null : compilePattern(pattern, where),
    impersonal: entry.register === 'impersonal',
  };
}

function compilePattern(pattern: string, where: string): RegExp {
  try {
    return new RegExp(pattern, 'g');
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The shipped lexicons, read once when the tagger is first imported. */
export const LEXICON: Lexicon = loadLexicon();
