// Contrast and concessive structure.
// - "X, but Y" / "though" / "however" / "that said" after a concession or an agreement: what follows
//   the contrast is the writer's objection, so the sentence also disagrees ("Fair point, but …").
// - A bare affirmation right before the contrast ("Yes, but…", "Sure, though…") grants, not agrees.
// - "X but Y" between two clauses, X bearing a stance (modal, negation, "you": "You can't just walk up, but
//   there is a long history…"), denies what X led one to expect: X is conceded when it carries a mark of
//   granting (grants.ts: "That may be true, but…"; "You can turn it off, but…" only offers); Y disagrees only when X holds
//   the other side's position ("you", "true", "say", or in a reply the parent's terms), and in a reply only
//   that is conceded. Without a stance the two sides are only compared
//   ("The DeWalt is heavier but the Makita has the better battery").
//   Not when the two sides are compared (rules/parallel.ts), Y adds a side or a scenario ("but it also",
//   "but if"), or one side only hedges the writer ("…, but I could be wrong", "Not sure, but…": rules/self-doubt.ts).
// - After a grant, the writer's own view ("I still think", "the problem is") objects too; a clarification
//   of their own words ("…, though to be clear I meant X") does not.
// - A granting opener with an objection after it and no "but" ("Sure, X — that doesn't make it Y") concedes X.
// Concessive connectives ("although", "despite", …) are rules/concessive.ts.
import { firstContentWord } from '../match.js';
import type { ParentView } from '../parent.js';
import { deniesBearingAfter, marksGrant } from '../grants.js';
import { speaksPersonally } from '../register.js';
import { isKeyWord, stem } from '../terms.js';
import { hasSignal, type Rule, type Signal } from '../signal.js';
import { isPunctuation } from '../tokens.js';
import { isParallelContrast } from './parallel.js';
import { restatedFrom } from './restatement.js';
import { disclaims, doubtsSelf } from './self-doubt.js';
import { clauseContrastCue, contrastAfterConcessionCue } from '../shape-cues.js';

/**
 * Clause openers that object only after a concession: "You're right that X; the problem is Y", "Granted,
 * X; it still Y". After mere agreement they elaborate ("Exactly; the issue is X").
 */
const NAMED_OBJECTIONS = ['the trouble is', 'the problem is', 'the issue is', 'my issue is', 'my problem is', 'my concern is', 'my objection is',
  'where i part ways', 'it still'];
// "I still think" after a grant turns to the writer's own view: "Fair point; I still think X".
const CONTRAST_PHRASES = ['but', 'though', 'although', 'however', 'yet', 'that said', 'having said that', 'even so', 'on the other hand', 'then again', 'still ,',
  'i still think', 'i just think', 'i still believe', 'i just do not', 'i still do not', 'it is that', ...NAMED_OBJECTIONS]
  .map((marker) => ({ marker, parts: marker.split(' ') }));
/** The words a contrast marker opens with: any other word is passed over without trying every marker. */
const MARKER_OPENERS: ReadonlySet<string> = new Set(CONTRAST_PHRASES.map(({ parts }) => parts[0]!));
const CLARIFIES = /^(?:, )?(?:just )?(?:to be clear|to clarify|for clarity|for the record|i should clarify|what i meant|i meant)\b/;
const AFFIRMATIONS = new Set(['yes', 'yeah', 'yep', 'sure', 'true', 'right', 'ok', 'okay', 'fine', 'fair', 'granted', 'agreed', 'absolutely', 'definitely', 'maybe', 'perhaps', 'possibly', 'probably']);
/** Words that make a first clause a position someone holds (modal, negation, addressee, claim verbs). */
const STANCE_WORDS = new Set(['not', 'never', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'will', 'you', 'your', 'sure', 'true',
  'possible', 'maybe', 'perhaps', 'say', 'says', 'saying', 'said', 'claim', 'claims', 'argue', 'argues', 'point', 'think', 'thinks', 'believe', 'believes']);
/**
 * Words that make a first clause the other side's position (the addressee, what they say or claim, its being
 * true): what "but" then grants and answers. On real threads a first clause with only a modal or a "not"
 * ("That's not that common, but it happens", "I don't really know, but I have some guesses") is the
 * writer's own contrast: 9 of 46 such sentences disagreed with anyone in the real dev set.
 */
const OTHER_SIDE_WORDS = new Set(['you', 'your', 'true', 'right', 'fair', 'doubt', 'say', 'says', 'saying', 'said', 'claim', 'claims', 'argue', 'argues', 'point', 'valid', 'granted', 'admittedly']);

/** "but" that does not oppose two clauses: "not only … but also", "nothing but", "all but", "but for". */
function isAdditiveBut(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  const previous = words[at - 1] ?? '';
  // "but for the delay" is "except for"; ", but for beginners it's worse" sets another case (see addsOrSetsScenario).
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
function isElidedContrast(words: readonly string[], at: number): boolean {
  return words[at + 1] === 'not' && !words.slice(at + 2, at + 6).some((word) => CLAUSE_VERBS.has(word));
}

/**
 * Words that agree or grant in the clause "but" closes ("I agree with the diagnosis but not the cure"): there "but
 * not" takes back part of what was granted, and objects. An agreement before a comma ("Same, it fails on X but not
 * on Y") endorses the other's post whole; the "but not" after it only sets two things apart.
 */
function grantsInClause(words: readonly string[], signals: readonly Signal[], at: number): boolean {
  const inClause = (signal: Signal) => signal.at < at && !words.slice(signal.at, at).some((word) => word === ',' || word === ';');
  return hasSignal(signals, 'agreement', inClause) || hasSignal(signals, 'concession', inClause);
}

const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'does', 'do', 'did', 'makes', 'means']);
const CLAUSE_SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'people', 'nobody', 'everyone', 'some', 'most', 'many']);

/** How far back a "not" still makes "not A but B" a correction ("We are not setting out to turn them into programmers, but want…"). */
const CORRECTION_REACH = 12;

/** "not A but B" corrects rather than concedes: a negated first part, and no new clause after "but". */
function isCorrection(words: readonly string[], at: number): boolean {
  const from = Math.max(0, at - CORRECTION_REACH);
  // The "not" of an earlier "but not …" belongs to that contrast ("plausible but not how it reads, but …").
  const negates = words.slice(from, at).some((word, index) => word === 'not' && words[from + index - 1] !== 'but');
  return negates && !CLAUSE_SUBJECTS.has(words[at + 1] ?? '');
}

const SCENARIO_OPENERS = new Set(['if', 'when', 'whenever', 'unless', 'since', 'once', 'for']);

/** "X, but it also Y" adds a second side; "X, but if you Y, Z" and "X, but for beginners Z" set another case beside X. Neither denies X. */
function addsOrSetsScenario(words: readonly string[], at: number): boolean {
  return SCENARIO_OPENERS.has(words[at + 1] ?? '') || words.slice(at + 1, at + 4).includes('also');
}

/** What a writer says about their own text ("I'll speak to X", "I prefer not to get into it", "I want to add"). */
const META_VERBS = new Set(['will', 'prefer', 'speak', 'talk', 'write', 'mention', 'note', 'add', 'post', 'comment', 'reply', 'explain', 'elaborate', 'focus']);

/** "I'll speak to X, but…", "I prefer not to get into all of it, but…": talk about the talk concedes nothing. */
function isMetaTalk(words: readonly string[]): boolean {
  const first = firstContentWord(words);
  if (words[first] !== 'i' && words[first] !== 'we') return false;
  const next = words[first + 1] === 'would' || words[first + 1] === 'just' ? words[first + 2] : words[first + 1];
  return META_VERBS.has(next ?? '');
}

/** Where a contrast marker starts a clause after the sentence's first content (or after `from`), or null; and which marker. */
function findContrast(words: readonly string[], from = firstContentWord(words) + 1): { at: number; marker: string } | null {
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

/** Markers that join two clauses, the second denying what the first led one to expect ("X, but Y", "X, yet Y"). */
const CLAUSE_CONTRASTS = new Set(['but', 'yet']);
/** How many words an agreement may start before the contrast and still be what it grants ("that is true ,"). */
const GRANT_REACH = 4;

const contentCount = (words: readonly string[]): number => words.filter((word) => !isPunctuation(word)).length;

function afterConcession(words: readonly string[], signals: readonly Signal[], at: number, marker: string): Signal[] {
  const found: Signal[] = [];
  const first = firstContentWord(words);
  if (hasSignal(signals, 'concession', (signal) => signal.at < at)) {
    found.push({ tag: 'concession', cue: `concession … ${marker} …`, weight: 0.4, at });
  }
  // "…, and that's true, but Y", "Agreed, but Y": an agreement right before the contrast is a grant; so is one
  // further back when the clause grants in words ("I agree with your logic that X, but Y", "You are correct that X,
  // but Y"). Praise further back ("I really like this idea but have no idea how…") grants no point of the other's,
  // and "I agree with X, though I disagree with Y" sets two opposite stances side by side (rules/parallel.ts).
  const grantsInWords = marksGrant(words.slice(0, at)) && !isParallelContrast(words, at);
  if (hasSignal(signals, 'agreement', (signal) => signal.at < at && (grantsInWords || (at - signal.at <= GRANT_REACH && isPunctuation(words[at - 1] ?? ''))))) {
    found.push({ tag: 'concession', cue: `granted (…, ${marker} …)`, weight: 0.6, at });
  }
  // "You're right that X, but Y": words that both agree and concede, before the contrast, concede; so does
  // agreement inside what was granted ("I'll admit the proposals sound reasonable, but…").
  const grants = signals.filter((signal) => signal.tag === 'concession' && signal.weight > 0 && signal.at < at);
  if (hasSignal(signals, 'agreement', (signal) => signal.at < at && grants.some((grant) => grant.at <= signal.at))) {
    found.push({ tag: 'agreement', cue: `granted (…, ${marker} …)`, weight: -0.6, at });
  }
  // "Yes/Sure, X, but Y" grants X: the opening affirmation concedes, unless the writer also agrees in words.
  if (AFFIRMATIONS.has(words[first]!)) {
    found.push({ tag: 'concession', cue: `${words[first]}, … ${marker} …`, weight: 0.75, at: first });
    if (!hasSignal(signals, 'agreement', (signal) => signal.at > first)) {
      found.push({ tag: 'agreement', cue: `${words[first]}, … ${marker} …`, weight: -0.6, at: first });
    }
  }
  // "That makes sense, though to be clear I wasn't equating them": the writer clarifies their own words.
  if (!CLARIFIES.test(words.slice(at + 1, at + 5).join(' '))) found.push({ tag: 'disagreement', cue: contrastAfterConcessionCue(marker), weight: 0.65, at });
  return found;
}

/** Does X credit a view in words: the addressee, what someone says or claims, its being true, or a granting opener? */
function creditsAView(first: readonly string[]): boolean {
  // "Sure, they could be agents": a granting opener puts what follows on the other side.
  return first.some((word) => OTHER_SIDE_WORDS.has(word)) || GRANTING_OPENERS.has(first[firstContentWord(first)] ?? '');
}

/**
 * Is X, before a contrast ("X, but Y" in a sentence, "X. But Y." across two), granted? In conversation only when it
 * carries a mark of granting (grants.ts): without one X is the writer's own line and the contrast only goes on
 * ("We pushed the fix on Monday. But the tests still fail."). Edited prose marks concession by the connective itself.
 */
export const isGrantedBeforeContrast = (first: readonly string[], conversation = false): boolean =>
  !(conversation || speaksPersonally(first)) || marksGrant(first);

/** Modals that, after "I"/"we", offer the writer's own option or plan ("I could look it up, but…"), granting nothing. */
const OWN_OPTION = new Set(['could', 'might', 'may', 'would', 'will', 'can']);
/**
 * In a reply, a first clause that does not name the other side still grants when it carries a mark of granting
 * that is not the writer's own option ("I could look it up, but…") nor self-doubt ("I'm not sure what X is, but…").
 */
function grantsWithoutNamingIt(first: readonly string[]): boolean {
  if (!marksGrant(first)) return false;
  return !first.some((word, index) => (OWN_OPTION.has(word) && (first[index - 1] === 'i' || first[index - 1] === 'we'))
    || (word === 'sure' && first[index - 1] === 'not') || (word === 'sure' && first[index - 1] === 'am'));
}

/** Does X hold the other side's position: their words ("you", "true", "say"), or, in a reply, the parent's own terms? */
export function holdsOtherSide(first: readonly string[], parent: ParentView | undefined): boolean {
  if (creditsAView(first)) return true;
  if (!parent) return false;
  let shared = 0;
  for (const word of first) if (isKeyWord(word) && parent.stems.has(stem(word)) && ++shared >= 2) return true;
  return false;
}

export const contrastRule: Rule = ({ tokens, signals, parent, conversation }) => {
  const { words } = tokens;
  const found: Signal[] = [];
  let contrast = findContrast(words);
  while (contrast && isElidedContrast(words, contrast.at) && !grantsInClause(words, signals, contrast.at)) contrast = findContrast(words, contrast.at + 1);
  const restated = restatedFrom(tokens);
  if (contrast && (restated < 0 || contrast.at < restated) && contentCount(words.slice(contrast.at + 1)) >= 2 && !doubtsSelf(words, contrast.at + 1)
    && !disclaims(words, firstContentWord(words), contrast.at)) {
    const before = (signal: Signal) => signal.at < contrast.at;
    const conceded = hasSignal(signals, 'concession', before);
    const granted = conceded || (hasSignal(signals, 'agreement', before) && !NAMED_OBJECTIONS.includes(contrast.marker));
    // "Yep, you nailed it: the problem is X" names what the writer agrees with; an affirmation grants only before an objection proper.
    const affirms = AFFIRMATIONS.has(words[firstContentWord(words)]!) && !NAMED_OBJECTIONS.includes(contrast.marker);
    if (granted || affirms) {
      found.push(...afterConcession(words, signals, contrast.at, contrast.marker));
    } else if (CLAUSE_CONTRASTS.has(contrast.marker) && contentCount(words.slice(0, contrast.at)) >= 2 && !isCorrection(words, contrast.at)
      && !isParallelContrast(words, contrast.at) && !addsOrSetsScenario(words, contrast.at) && !isMetaTalk(words)) {
      // Only a first clause that bears a stance is conceded; two things set side by side ("The DeWalt is
      // heavier but the Makita has the better battery") are compared.
      const first = words.slice(0, contrast.at);
      const otherSide = holdsOtherSide(first, parent);
      // In a reply a concession grants the other side something; read alone, X's stance is all there is to go on.
      // In conversation X must also carry a mark of granting (grants.ts): without one it is the writer's own
      // line, even in the parent's terms. Edited prose marks concession by the connective itself (PDTB).
      // "X, but that doesn't mean Y" takes X as given and answers it by relevance (grants.ts).
      const bearing = deniesBearingAfter(words, contrast.at);
      const granted = isGrantedBeforeContrast(first, conversation) || bearing;
      if (granted && (bearing || (parent ? otherSide || (conversation && grantsWithoutNamingIt(first)) : first.some((word) => STANCE_WORDS.has(word))))) found.push({ tag: 'concession', cue: clauseContrastCue(contrast.marker), weight: 0.5, at: 0 });
      // What Y objects to is someone else's view only when X credits it in words. X on the parent's topic may grant
      // it (above) but rejects no view: "The cache is fast on Linux, but the Mac build never uses it" under a post
      // about the cache goes on with the topic (on the ten real sets, 2 of 25 such sentences disagreed).
      if (creditsAView(first)) found.push({ tag: 'disagreement', cue: clauseContrastCue(contrast.marker), weight: 0.5, at: contrast.at });
    }
  }
  if (!contrast) found.push(...grantThenObjection(words, signals));
  return found;
};

/** Openers that grant what follows when an objection comes after it ("Sure, X — that doesn't make it Y"). */
export const GRANTING_OPENERS = new Set(['sure', 'true', 'granted', 'fair', 'fine', 'okay', 'ok']);

/** "Sure, semver allows it — that doesn't make it a good idea": a granting opener, then an objection with no "but". */
function grantThenObjection(words: readonly string[], signals: readonly Signal[]): Signal[] {
  const first = firstContentWord(words);
  if (!GRANTING_OPENERS.has(words[first] ?? '') || words[first + 1] !== ',') return [];
  if (!hasSignal(signals, 'disagreement', (signal) => signal.at > first + 2)) return [];
  return [{ tag: 'concession', cue: `${words[first]}, … (then an objection)`, weight: 0.7, at: first }];
}
