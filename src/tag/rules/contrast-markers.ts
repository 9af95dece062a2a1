// Where a contrast is in a sentence: the markers ("but", "though", "that said", "the problem is", …) and the
// uses of "but" that oppose nothing ("not only … but also", "nothing but", "X but not Y"). Read by contrast.ts.
import { firstContentWord } from '../match.js';

/**
 * Clause openers that object only after a concession: "You're right that X; the problem is Y", "Granted,
 * X; it still Y". After mere agreement they elaborate ("Exactly; the issue is X").
 */
export const NAMED_OBJECTIONS = ['the trouble is', 'the problem is', 'the issue is', 'my issue is', 'my problem is', 'my concern is', 'my objection is',
  'where i part ways', 'it still'];
// "I still think" after a grant turns to the writer's own view: "Fair point; I still think X".
const CONTRAST_PHRASES = ['but', 'though', 'although', 'however', 'yet', 'that said', 'having said that', 'even so', 'on the other hand', 'then again', 'still ,',
  'i still think', 'i just think', 'i still believe', 'i just do not', 'i still do not', 'it is that', ...NAMED_OBJECTIONS]
  .map((marker) => ({ marker, parts: marker.split(' ') }));
/** The words a contrast marker opens with: any other word is passed over without trying every marker. */
const MARKER_OPENERS: ReadonlySet<string> = new Set(CONTRAST_PHRASES.map(({ parts }) => parts[0]!));

/** "but" that does not oppose two clauses: "not only … but also", "nothing but", "all but", "but for". */
function isAdditiveBut(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  const previous = words[at - 1] ?? '';
  // "but for the delay" is "except for"; ", but for beginners it's worse" sets another case (see contrast.ts addsOrSetsScenario).
  if (next === 'also' || (next === 'for' && previous !== ',')) return true;
  // "nothing but", "all but" mean "only" and "almost"; not when a clause follows ("can't catch everything but removing it is worse").
  if (['nothing', 'anything', 'all', 'none', 'everything', 'everyone'].includes(previous)) return !words.slice(at + 2, at + 7).some((word) => CLAUSE_VERBS.has(word));
  // "not only X, but (it is) also Y" adds; "You can't just walk up, but there is…" opposes.
  const notOnly = words.slice(Math.max(0, at - 12), at).some((word, index, before) =>
    word === 'not' && ['only', 'just', 'merely', 'simply'].includes(before[index + 1] ?? ''));
  return notOnly && words.slice(at + 1, at + 5).some((word) => ['also', 'too', 'even', 'as'].includes(word));
}

/**
 * "X but not Y" with no clause after "not" ("works on Linux but not on macOS", "access to the machines but not to
 * the weights"): one predicate split between two things, a plain contrast that grants nothing (LABELLING).
 */
export function isElidedContrast(words: readonly string[], at: number): boolean {
  return words[at + 1] === 'not' && !words.slice(at + 2, at + 6).some((word) => CLAUSE_VERBS.has(word));
}

const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'does', 'do', 'did', 'makes', 'means']);

/** Where a contrast marker starts a clause after the sentence's first content (or after `from`), or null; and which marker. */
export function findContrast(words: readonly string[], from = firstContentWord(words) + 1): { at: number; marker: string } | null {
  for (let at = from; at < words.length; at++) {
    if (!MARKER_OPENERS.has(words[at]!)) continue;
    for (const { marker, parts } of CONTRAST_PHRASES) {
      if (words[at] !== parts[0] || !parts.every((part, offset) => words[at + offset] === part)) continue;
      // "yet" and "still" only contrast when they open a clause: "not yet", "still there" do not.
      if ((marker === 'yet' || marker === 'still ,') && words[at - 1] !== ',' && words[at - 1] !== ';') continue;
      if (marker === 'but' && isAdditiveBut(words, at)) continue;
      return { at, marker };
    }
  }
  return null;
}
