// When a concessive connective grants nothing to anyone (LABELLING: a concession grants a point to the other
// side, not the writer's own circumstance or an aside), read from where the marker stands and what its clause
// is about:
// - a prepositional or conditional concessive inside the sentence ("The old engine survives despite all that",
//   "I want strict checks regardless of version") sets a condition the writer's point survives; only opening
//   the sentence ("Despite my complaints, I recommend it") does it grant its clause;
// - a concessive clause about the writer's own doing or state ("…, even though I didn't test it", "Though I'm
//   new here, …") reports the writer's circumstance; one that states the writer's view ("though I agree X",
//   "although I find it fine") grants;
// - a trailing "though"/"although"/"even though" clause ("X, though Y") grants only when it states the writer's
//   view or the sentence carries a mark of granting (grants.ts: "It's probably fine, though…"); without one it
//   adds an aside to the writer's own line ("The client doesn't offer this yet, though we're thinking about it",
//   "The export fails even though the option is listed");
// - "nevertheless"/"nonetheless" assert their own clause despite what came before ("Nevertheless, browsers
//   ship it", "people who nonetheless advocate X"): the sentence grants only what it marks as granted before them.
import { firstContentWord } from '../match.js';
import { marksGrant } from '../grants.js';

/** Concessives that take a noun phrase or set a condition: they grant only when they open the sentence. */
const OPENING_ONLY = new Set(['despite', 'in spite of', 'notwithstanding', 'regardless', 'no matter']);
/** Subordinators that, after the main clause ("X, even though Y"), add an aside unless marked as granting. */
const TRAILING = new Set(['though', 'although', 'even though']);
/** Adverbs that assert their clause despite something before it. */
const DESPITE_ADVERBS = new Set(['nevertheless', 'nonetheless']);
/** Verbs by which the writer states a view: a concessive clause "though I agree/find/think …" grants that view. */
const VIEW_VERBS = new Set(['agree', 'think', 'thought', 'find', 'finding', 'found', 'admit', 'grant', 'concede', 'see', 'understand',
  'appreciate', 'like', 'enjoy', 'believe', 'get', 'know', 'suppose', 'guess', 'accept', 'sympathise', 'sympathize']);
/** Auxiliaries, negation and fillers between the subject "I" and its verb ("I do not use", "I am low on"). */
const BEFORE_VERB = new Set(['do', 'did', 'does', 'am', 'was', 'have', 'had', 'not', 'really', 'also', 'still', 'actually', 'personally', 'myself']);
/** How many words after the marker its clause's subject may start ("though, admittedly, I …" does not count). */
const SUBJECT_REACH = 2;

/** What the concessive clause at `at` (its marker `length` words long) says of the writer: a view, their own doing or state, or nothing. */
function aboutTheWriter(words: readonly string[], at: number, length: number): 'view' | 'circumstance' | null {
  const subject = words.indexOf('i', at + length);
  if (subject < 0 || subject > at + length + SUBJECT_REACH - 1) return null;
  let verb = subject + 1;
  while (BEFORE_VERB.has(words[verb] ?? '')) verb++;
  return VIEW_VERBS.has(words[verb] ?? '') ? 'view' : 'circumstance';
}

/** Does the concessive `marker` at `at` grant nothing: a condition inside the sentence, the writer's circumstance, an aside? */
export function grantsNothing(words: readonly string[], marker: string, at: number): boolean {
  const opens = at === firstContentWord(words);
  if (OPENING_ONLY.has(marker) && !opens) return true;
  const writer = aboutTheWriter(words, at, marker.split(' ').length);
  if (writer === 'circumstance') return true;
  // "Nevertheless, Y" / "X, who nonetheless Y": the adverb asserts the writer's own line despite what came before;
  // it grants only what its own sentence marks as granted before it ("True, it's slow, but nonetheless…").
  if (DESPITE_ADVERBS.has(marker)) return !marksGrant(words.slice(0, at));
  return TRAILING.has(marker) && !opens && writer !== 'view' && !marksGrant(words);
}
