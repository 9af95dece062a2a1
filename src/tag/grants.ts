// What makes a clause something the writer grants (LABELLING: a concession grants a point to the other side
// or owns a mistake). A granted clause carries a mark of granting: the writer holds it as possibly or
// partly so rather than asserting it ("That may be true, but…", "It helps a little, but…"), accepts it
// in words ("Sure, …", "I agree it's slow, though…", "That makes sense, but…") or by stress ("It is indeed
// slow", "It does help"), or points at the other
// side's view ("your plan", "I'm not saying…", "I don't dispute…"); the addressee alone ("Your torch
// gutters out, but…") is not that. A clause with none of these is the
// writer's own line, and "X, but Y" only sets two things side by side: narration ("Your vision
// is blurring, but you recall…"), an option offered ("You can turn it off, but it breaks some apps"), the
// writer's own two views ("I don't think we need X, but I do think Y"), or an aside.
// The marks are closed word classes (epistemic modals and adverbs, truth and acceptance words, verbs of
// stating a view), not phrases from any one thread. They are read in conversation only (register.ts): edited
// prose marks a concession by its connective alone (PDTB's "but", "although"), and is labelled so.

/** Epistemic possibility: the clause is held as possibly so ("may", "probably", "plausible"). */
const POSSIBILITY = ['may', 'might', 'could', 'maybe', 'perhaps', 'probably', 'possibly', 'possible', 'likely', 'plausible', 'arguably'];
/** Truth and acceptance: the clause is granted as true, fair or fine ("true", "fair", "sure", "I agree", "some sympathy for"). */
const ACCEPTANCE = ['true', 'fair', 'valid', 'reasonable', 'correct', 'ok', 'okay', 'sure', 'granted', 'admittedly', 'certainly', 'indeed',
  'agree', 'agreed', 'admit', 'sense', 'yes', 'yeah', 'sympathy', 'sympathise', 'sympathize', 'sympathetic'];
/** Degree: the clause is granted in part ("It helps a little. But…", "partly true"). */
const PARTIAL = ['somewhat', 'partly', 'partially', 'extent'];
/** The other side's view named: what they hold, say or argue, or what the writer does not dispute. */
const OTHER_VIEW = ['saying', 'argue', 'claim', 'point', 'dispute', 'deny', 'doubt'];
const GRANT_MARKS: ReadonlySet<string> = new Set([...POSSIBILITY, ...ACCEPTANCE, ...PARTIAL, ...OTHER_VIEW]);

/** Marks of two words, by their second: "of course", "a little", "a bit", "you are right", "your plan" ("course", "little", "plan" alone mark nothing). */
const PAIRED = new Map([['course', 'of'], ['little', 'a'], ['bit', 'a'], ['right', 'are'],
  ...['plan', 'view', 'idea', 'argument', 'position', 'take', 'premise', 'concern', 'objection', 'reasoning', 'suggestion', 'proposal'].map((noun) => [noun, 'your'] as const)]);

/** Emphatic "do": a stressed auxiliary affirms what was doubted or said ("It does help", "I do think X"), as "indeed" does. */
const EMPHATIC_DO = new Set(['do', 'does', 'did']);
const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'this', 'there', 'people']);
/** What follows "do" when it is no emphatic auxiliary: "I do not", "they do it", "we did so", "it does that". */
const NOT_A_VERB = new Set(['not', 'so', 'it', 'that', 'this', 'the', 'a', 'an', 'some', 'what', 'anything', 'something', 'nothing', 'everything',
  'too', 'well', 'badly', 'there', 'here', ',', '.', '?', '!']);
/** A condition sets the case rather than affirming it: "If you do get in, …". */
const CONDITIONS = new Set(['if', 'when', 'unless', 'once', 'whether']);
const emphaticDo = (words: readonly string[], index: number): boolean =>
  EMPHATIC_DO.has(words[index]!) && SUBJECTS.has(words[index - 1] ?? '') && !NOT_A_VERB.has(words[index + 1] ?? '.') && !CONDITIONS.has(words[index - 2] ?? '');

/** Does a clause (its words, lower-cased) carry a mark of granting? */
export function marksGrant(words: readonly string[]): boolean {
  return words.some((word, index) => GRANT_MARKS.has(word) || (PAIRED.has(word) && words[index - 1] === PAIRED.get(word)) || emphaticDo(words, index));
}

/** Words by which a clause says something has no bearing: "doesn't mean", "not the point", "doesn't matter/change/follow". */
const BEARING = new Set(['mean', 'means', 'point', 'matter', 'matters', 'change', 'changes', 'follow', 'follows', 'relevant']);
const ANAPHORS = new Set(['that', 'this', 'it']);
/** How many words after its subject the denial of bearing may come ("that was not really my point"). */
const BEARING_REACH = 5;

/**
 * Does the clause after a contrast at `at` take the first clause as given and deny only its bearing ("X, but that
 * doesn't mean Y", "X, but that wasn't my point")? Then X is granted whatever its words: the writer answers it
 * by relevance, not by denying it.
 */
export function deniesBearingAfter(words: readonly string[], at: number): boolean {
  if (!ANAPHORS.has(words[at + 1] ?? '')) return false;
  const rest = words.slice(at + 2, at + 2 + BEARING_REACH);
  const not = rest.indexOf('not');
  return (not >= 0 && rest.slice(not + 1).some((word) => BEARING.has(word))) || rest.includes('irrelevant');
}
