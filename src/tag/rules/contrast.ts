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
// Concessive connectives ("although", "despite", …) are rules/concessive.ts. Where the marker is: contrast-markers.ts;
// the reading after a grant: contrast-after-grant.ts; whose position X is and whether it is granted: contrast-sides.ts.
import { firstContentWord } from '../match.js';
import { deniesBearingAfter } from '../grants.js';
import { hasSignal, type Rule, type Signal } from '../signal.js';
import { isPunctuation } from '../tokens.js';
import { afterConcession, AFFIRMATIONS } from './contrast-after-grant.js';
import { findContrast, isElidedContrast, NAMED_OBJECTIONS } from './contrast-markers.js';
import { creditsAView, GRANTING_OPENERS, grantsWithoutNamingIt, holdsOtherSide, isGrantedBeforeContrast } from './contrast-sides.js';
import { isParallelContrast } from './parallel.js';
import { restatedFrom } from './restatement.js';
import { disclaims, doubtsSelf } from './self-doubt.js';
import { clauseContrastCue } from '../shape-cues.js';

/** Words that make a first clause a position someone holds (modal, negation, addressee, claim verbs). */
const STANCE_WORDS = new Set(['not', 'never', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'will', 'you', 'your', 'sure', 'true',
  'possible', 'maybe', 'perhaps', 'say', 'says', 'saying', 'said', 'claim', 'claims', 'argue', 'argues', 'point', 'think', 'thinks', 'believe', 'believes']);

/**
 * Words that agree or grant in the clause "but" closes ("I agree with the diagnosis but not the cure"): there "but
 * not" takes back part of what was granted, and objects. An agreement before a comma ("Same, it fails on X but not
 * on Y") endorses the other's post whole; the "but not" after it only sets two things apart.
 */
function grantsInClause(words: readonly string[], signals: readonly Signal[], at: number): boolean {
  const inClause = (signal: Signal) => signal.at < at && !words.slice(signal.at, at).some((word) => word === ',' || word === ';');
  return hasSignal(signals, 'agreement', inClause) || hasSignal(signals, 'concession', inClause);
}

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

/** Markers that join two clauses, the second denying what the first led one to expect ("X, but Y", "X, yet Y"). */
const CLAUSE_CONTRASTS = new Set(['but', 'yet']);

const contentCount = (words: readonly string[]): number => words.filter((word) => !isPunctuation(word)).length;

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

/** "Sure, semver allows it — that doesn't make it a good idea": a granting opener, then an objection with no "but". */
function grantThenObjection(words: readonly string[], signals: readonly Signal[]): Signal[] {
  const first = firstContentWord(words);
  if (!GRANTING_OPENERS.has(words[first] ?? '') || words[first + 1] !== ',') return [];
  if (!hasSignal(signals, 'disagreement', (signal) => signal.at > first + 2)) return [];
  return [{ tag: 'concession', cue: `${words[first]}, … (then an objection)`, weight: 0.7, at: first }];
}
