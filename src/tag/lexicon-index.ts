// Indexes over the compiled cues, so finding them costs one walk per word, not one test per cue:
// phrases in a word trie (`*` is any one word), pattern cues under the letters of their anchor word.
import { patternAnchors } from './anchors.js';
import type { Cue } from './lexicon.js';

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** The `*` branch: any one word. */
  any: TrieNode | null;
  cues: Cue[];
}

/** Pattern cues (by their place in `patterns`) under the letters their anchor word starts with, one character per level. */
export interface AnchorNode {
  next: Map<string, AnchorNode>;
  cues: number[];
}

export interface CueIndex {
  trie: TrieNode;
  patterns: readonly Cue[];
  /** Pattern cues that can only match where a word starts with one of their anchors. */
  anchors: AnchorNode;
  /** Indices (into `patterns`) of pattern cues without anchors: tried on every sentence. */
  unanchored: readonly number[];
}

export function indexCues(cues: readonly Cue[]): CueIndex {
  const trie = emptyNode();
  for (const cue of cues) if (cue.words) insert(trie, cue.words, cue);
  const patterns = cues.filter((cue) => cue.pattern !== null);
  const anchors: AnchorNode = { next: new Map(), cues: [] };
  const unanchored: number[] = [];
  patterns.forEach((cue, index) => {
    const prefixes = patternAnchors(cue.pattern!.source);
    if (prefixes === null) unanchored.push(index);
    else for (const prefix of prefixes) insertAnchor(anchors, prefix, index);
  });
  return { trie, patterns, anchors, unanchored };
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

function insertAnchor(root: AnchorNode, prefix: string, cue: number): void {
  let node = root;
  for (const char of prefix) {
    let child = node.next.get(char);
    if (!child) {
      child = { next: new Map(), cues: [] };
      node.next.set(char, child);
    }
    node = child;
  }
  node.cues.push(cue);
}
