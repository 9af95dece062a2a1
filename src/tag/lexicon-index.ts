// Indexes over the compiled cues, so finding them costs one walk per word, not one test per cue:
// phrases in a word trie (`*` is any one word), pattern cues by the words every match must contain.
import { patternRequirements } from './anchors.js';
import type { Cue } from './lexicon.js';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** The `*` branch: any one word. */
  any: TrieNode | null;
  cues: Cue[];
}

/** Requirements (by number) under the letters of the word starts they list, one character per level. */
export interface AnchorNode {
  next: Map<string, AnchorNode>;
  requirements: number[];
}

export interface CueIndex {
  trie: TrieNode;
  patterns: readonly Cue[];
  /**
   * A requirement is a group of word starts ("sympathi", "empathi") one of which every match of a pattern's
   * branch contains (see anchors.ts); equal groups share a number. Here: under the letters of each start.
   */
  anchors: AnchorNode;
  /** Per pattern cue (by its place in `patterns`): its branches, each the requirements a match of it meets; empty when unanchored. */
  branches: readonly (readonly (readonly number[])[])[];
  /** Per requirement: the pattern cues that have it as a branch's first (most distinctive) requirement. */
  triggers: readonly (readonly number[])[];
  /** Indices (into `patterns`) of pattern cues without anchors: tried on every sentence. */
  unanchored: readonly number[];
}

export function indexCues(cues: readonly Cue[]): CueIndex {
  const trie = emptyNode();
  for (const cue of cues) if (cue.words) insert(trie, cue.words, cue);
  const patterns = cues.filter((cue) => cue.pattern !== null);
  const anchors: AnchorNode = { next: new Map(), requirements: [] };
  const numbers = new Map<string, number>();
  const triggers: number[][] = [];
  const requirementOf = (starts: readonly string[]): number => {
    const key = [...starts].sort().join('|');
    let number = numbers.get(key);
    if (number === undefined) {
      numbers.set(key, (number = triggers.length));
      triggers.push([]);
      for (const start of new Set(starts)) insertAnchor(anchors, start, number);
    }
    return number;
  };
  const unanchored: number[] = [];
  const branches = patterns.map((cue, index) => {
    const requirements = patternRequirements(cue.pattern!.source);
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
  return { trie, patterns, anchors, branches, triggers, unanchored };
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

function insertAnchor(root: AnchorNode, prefix: string, requirement: number): void {
  let node = root;
  for (const char of prefix) {
    let child = node.next.get(char);
    if (!child) {
      child = { next: new Map(), requirements: [] };
      node.next.set(char, child);
    }
    node = child;
  }
  node.requirements.push(requirement);
}
