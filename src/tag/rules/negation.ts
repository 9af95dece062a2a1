// Negation scope: a negator up to three words before a cue, within its clause, turns the cue into what
// its lexicon entry says it means negated ("I don't agree" → disagreement, "not confident" → hedge) or
// silences it. "not only" is not a negation, nor the "not" of a negative question ("Doesn't that contradict
// X?"); a clause edge (",", "but", …) or a closed quotation ends the scope.
import { firstContentWord, type CueMatch } from '../match.js';
import { speaksPersonally } from '../register.js';
import type { Signal } from '../signal.js';
import { AUXILIARIES } from './question.js';

const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'hardly', 'barely', 'scarcely', 'without']);
// "I have no idea whether that is true": a subordinator opens a new clause, out of the negator's reach.
const CLAUSE_EDGES = new Set([',', ';', ':', '.', '!', '?', '(', ')', '-', '—', '–', 'but', 'and', 'or', 'because', 'although', 'though', 'however', 'while', 'whether', 'if']);
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely']);
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’']);
export const NEGATION_SCOPE = 3;

/**
 * Index of the negator whose scope covers word `start`, or -1. A closed quotation is its own clause:
 * in "Saying it 'wasn't tested' ignores the trials" the quoted "not" does not reach "ignores" (an even
 * number of quote marks before the cue means the cue stands outside them), while "not 'safe'" negates.
 */
export function negatorBefore(words: readonly string[], start: number): number {
  for (let index = start - 1; index >= 0 && start - index <= NEGATION_SCOPE; index--) {
    const word = words[index]!;
    if (CLAUSE_EDGES.has(word) || (QUOTE_MARKS.has(word) && outsideQuotes(words, start))) return -1;
    if (NEGATORS.has(word) && !NOT_NEGATING_AFTER.has(words[index + 1] ?? '') && !asksNegatively(words, index)) return index;
  }
  return -1;
}

/** "Doesn't that contradict the guide?": the "not" of a negative question expects a yes; it negates nothing. */
const asksNegatively = (words: readonly string[], index: number): boolean =>
  words[index] === 'not' && index - 1 === firstContentWord(words) && AUXILIARIES.has(words[index - 1]!) && words.includes('?');

function outsideQuotes(words: readonly string[], start: number): boolean {
  let marks = 0;
  for (let index = 0; index < start; index++) if (QUOTE_MARKS.has(words[index]!)) marks++;
  return marks % 2 === 0;
}

/**
 * Lexicon matches → signals, with negation applied. Impersonal cues do not count in conversation: when
 * `conversation` (the text around the sentence is, see register.ts) or the sentence itself speaks as I or to you.
 */
export function readCues(words: readonly string[], matches: readonly CueMatch[], conversation = false): Signal[] {
  const signals: Signal[] = [];
  let personal: boolean | undefined;
  for (const { cue, start } of matches) {
    if (cue.impersonal && (personal ??= conversation || speaksPersonally(words))) continue;
    if (negatorBefore(words, start) < 0) {
      signals.push({ tag: cue.tag, cue: cue.name, weight: cue.weight, at: start, id: cue.id });
    } else if (cue.negated) {
      signals.push({ tag: cue.negated, cue: `not … ${cue.name}`, weight: cue.negatedWeight, at: start });
    }
  }
  return signals;
}
