// Indexes over the compiled cues, so finding them costs one walk per word, not one test per cue:
// phrases in a word trie (`*` is any one word), pattern cues by the words every match must contain.
import { indexedRequirements } from './anchors.js';
import { leadingStarts, openingRequirements } from './pattern-leads.js';
import type { Cue } from './lexicon.js';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** The `*` branch: any one word. */
  any: TrieNode | null;
  cues: Cue[];
}

export interface CueIndex {
  trie: TrieNode;
  patterns: readonly Cue[];
  /**
   * A requirement is a group of word starts ("sympathi", "empathi") one of which every match of a pattern's
   * branch contains (see anchors.ts); equal groups share a number. Here: each start → the requirements it meets
   * (a start ending in WORD_END meets them only where a word or a part of one ends after it).
   */
  anchors: ReadonlyMap<string, readonly number[]>;
  /** The longest start in `anchors`: no longer piece of a word need be looked up. */
  longestAnchor: number;
  /** Per pattern cue (by its place in `patterns`): its branches, each the requirements a match of it meets; empty when unanchored. */
  branches: readonly (readonly (readonly number[])[])[];
  /** Per pattern cue, per branch: the requirement the sentence's first word must meet (a branch opening with "^"), or -1. */
  openings: readonly (readonly number[])[];
  /** Per requirement: the pattern cues that have it as a branch's first (most distinctive) requirement. */
  triggers: readonly (readonly number[])[];
  /** Indices (into `patterns`) of pattern cues without anchors: tried on every sentence. */
  unanchored: readonly number[];
  /**
   * Per pattern cue: per branch, the requirement its match begins with (pattern-leads.ts leadingStarts), so the
   * cue is tried only where a word meeting one begins (pattern-starts.ts); null when some branch has none.
   */
  leads: readonly (readonly number[] | null)[];
  /** Per pattern cue: the same expression, sticky, for trying it at one place. */
  sticky: readonly RegExp[];
}

export function indexCues(cues: readonly Cue[]): CueIndex {
  const trie = emptyNode();
  for (const cue of cues) if (cue.words) insert(trie, cue.words, cue);
  const patterns = cues.filter((cue) => cue.pattern !== null);
  const anchors = new Map<string, number[]>();
  const numbers = new Map<string, number>();
  const triggers: number[][] = [];
  const requirementOf = (starts: readonly string[]): number => {
    const key = starts.join('|');
    let number = numbers.get(key);
    if (number === undefined) {
      numbers.set(key, (number = triggers.length));
      triggers.push([]);
      for (const start of new Set(starts)) {
        const requirements = anchors.get(start);
        if (requirements) requirements.push(number);
        else anchors.set(start, [number]);
      }
    }
    return number;
  };
  const unanchored: number[] = [];
  const branches = patterns.map((cue, index) => {
    const requirements = indexedRequirements(cue.pattern!.source);
    if (requirements === null) {
      unanchored.push(index);
      return [];
    }
    return requirements.map((groups) => {
      const numbered = groups.map(requirementOf);
      if (!triggers[numbered[0]!]!.includes(index)) triggers[numbered[0]!]!.push(index);
      return numbered;
    });
  });
  const openings = patterns.map((cue, index) => branches[index]!.length === 0 ? [] : openingRequirements(cue.pattern!.source)!.map((starts) => (starts === null ? -1 : requirementOf(starts))));
  const leads = patterns.map((cue) => leadingStarts(cue.pattern!.source)?.map(requirementOf) ?? null);
  const sticky = patterns.map((cue) => new RegExp(cue.pattern!.source, 'y'));
  const longestAnchor = Math.max(0, ...[...anchors.keys()].map((start) => start.length));
  return { trie, patterns, anchors, longestAnchor, branches, openings, triggers, unanchored, leads, sticky };
}

function emptyNode(): TrieNode {
  return { next: new Map(), any: null, cues: [] };
}

function insert(root: TrieNode, words: readonly string[], cue: Cue): void {
  let node = root;
  for (const word of words) {
    if (word === '*') {
      node.any ??= emptyNode();
      node = node.any;
      continue;
    }
    let child = node.next.get(word);
    if (!child) {
      child = emptyNode();
      node.next.set(word, child);
    }
    node = child;
  }
  node.cues.push(cue);
}
