// Where a candidate pattern cue can match in a sentence. Most patterns begin, past their lookbehinds, at a
// word's start with one of a few literal words (pattern-leads.ts leadingStarts); such a pattern is tried, sticky,
// only at the words meeting that requirement, instead of scanning the whole sentence from every position
// (a scan with a lookbehind tries it at each one). Only on ASCII text: there "\b" before a letter or digit
// falls only where a word or a part of one begins; "naïve" has a "\b" inside a part.
import type { WordEntry } from './candidates.js';
import type { Lexicon } from './lexicon.js';
import type { Tokens } from './tokens.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Per lexicon: for one sentence, each wanted requirement's slot in the list of words meeting it (-1: not wanted). */
const slotsOf = new WeakMap<Lexicon, Int32Array>();

function slotsFor(lexicon: Lexicon): Int32Array {
  let slots = slotsOf.get(lexicon);
  if (!slots) slotsOf.set(lexicon, (slots = new Int32Array(lexicon.triggers.length).fill(-1)));
  return slots;
}

/**
 * Per candidate (in the order given): the indices of the words a match may begin in, in order, or null when
 * the candidate must scan the whole sentence.
 */
export function startWords(tokens: Tokens, lexicon: Lexicon, entries: readonly WordEntry[], candidates: readonly number[]): (number[] | null)[] {
  if (NON_ASCII.test(tokens.joined)) return candidates.map(() => null);
  const slots = slotsFor(lexicon);
  const meeting: number[][] = [];
  const wanted: number[] = [];
  for (const index of candidates) {
    for (const requirement of lexicon.leads[index] ?? []) {
      if (slots[requirement] !== -1) continue;
      slots[requirement] = meeting.length;
      meeting.push([]);
      wanted.push(requirement);
    }
  }
  for (let word = 0; word < entries.length; word++) {
    for (const requirement of entries[word]!.requirements) {
      const slot = slots[requirement]!;
      if (slot !== -1) meeting[slot]!.push(word);
    }
  }
  const starts = candidates.map((index) => {
    const leads = lexicon.leads[index];
    if (!leads) return null;
    if (leads.length === 1) return meeting[slots[leads[0]!]!]!;
    const words = new Set<number>();
    for (const requirement of leads) for (const word of meeting[slots[requirement]!]!) words.add(word);
    return [...words].sort((a, b) => a - b);
  });
  for (const requirement of wanted) slots[requirement] = -1;
  return starts;
}
