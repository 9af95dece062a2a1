// Concessive connectives grant the clause they mark (PDTB's arg-as-denier): "although", "even though",
// "despite", "nevertheless", "no matter", "whether … or not", ", not that …". Sentence-initial "While X, Y"
// and "Whilst X, Y" concede X ("While I agree the incentives are bad, I don't think…") unless the while
// is temporal, which shows as a progressive in its clause ("While I was walking home, …", "While the job is
// running, …"), "still" ("While the devices are still vulnerable, …") or "while we're at it". After a granting
// opener the main clause objects when the opening grants in words ("Although you're right that X, …") or
// the main clause denies ("Although the sample is decent, it doesn't control for income"), judges ("…, it
// seems to collapse into X") or holds out ("Although the API is faster, I still think…"). A question concedes nothing: "When do you get cards
// though?" uses "though" as a contrastive particle. So does a statement's "though" that opens no clause
// ("We can't stay all day, though.", "The first run, though, is slow"): it sets the sentence against what came
// before, and grants nothing. "As though" compares ("It looks as though it rained"). In conversation, nor does a
// concessive inside the sentence that only sets a condition, reports the writer's circumstance or adds an aside
// (concessive-scope.ts); edited prose marks concession by the connective itself (PDTB's arg-as-denier).
import { isNegativeJudgement } from '../evaluative.js';
import { firstContentWord } from '../match.js';
import { hasSignal, type Rule, type Signal } from '../signal.js';
import { isPunctuation } from '../tokens.js';
import { speaksPersonally } from '../register.js';
import { grantsNothing } from './concessive-scope.js';
import { GRANTING_OPENERS } from './contrast-sides.js';
import { isParallelContrast } from './parallel.js';
import { restatedFrom } from './restatement.js';
import { disclaims, doubtsSelf } from './self-doubt.js';
import { concessiveCue, objectionAfterGrantingCue } from '../shape-cues.js';

const CONCESSIVES = ['although', 'even though', 'though', 'despite', 'in spite of', 'nevertheless', 'nonetheless', 'even if', 'even when',
  'regardless', 'albeit', 'notwithstanding', 'no matter', 'whether or not']
  .map((marker) => ({ marker, padded: ` ${marker} ` }));
/** The words a concessive marker opens with: a sentence with none of them holds no marker. */
const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(CONCESSIVES.map(({ marker }) => marker.split(' ')[0]!));
/** "whether you agree or not", ", not that anyone reads it": a concessive conditional and a concessive denial. */
const CONCESSIVE_SHAPES: { name: string; pattern: RegExp }[] = [
  { name: 'whether … or not', pattern: /\bwhether (?:\S+ ){1,6}or not\b/ },
  { name: 'not that …', pattern: /(?:^|[,;(—-] )not that\b/ },
];
/** Verbs a "that" clause follows as its complement ("the risk is that …", "I mean that …"). */
const THAT_CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'think', 'thought', 'say', 'says', 'said', 'mean', 'means', 'meant', 'argue', 'argues', 'believe', 'claim', 'claims']);

/** "The risk is that they burn out, not that they leave": "not that" sets a second that-clause against the first. */
function contrastsThatClauses(words: readonly string[]): boolean {
  const notThat = words.findIndex((word, index) => word === 'not' && words[index + 1] === 'that');
  return words.slice(1, notThat).some((word, index) => word === 'that' && THAT_CLAUSE_VERBS.has(words[index]!));
}
/**
 * "though" that is no concessive subordinator: "as though" (a comparison), or an adverb that closes its
 * clause ("…, though.", "X, though, Y"), where a subordinator would open one.
 */
function isNonConcessiveThough(words: readonly string[], at: number): boolean {
  if (words[at] !== 'though') return false;
  const next = words[at + 1];
  // "Though note that X." / "(Though that is another story.)": opening a sentence with no main clause after it,
  // "though" is the adverb "however", setting the sentence against the one before.
  const opensAlone = at === firstContentWord(words) && !words.slice(at + 1).includes(',');
  return words[at - 1] === 'as' || next === undefined || isPunctuation(next) || opensAlone;
}
const CONCESSIVE_WHILE = new Set(['while', 'whilst']);
/** Subordinators that open a sentence with what the writer grants: "Although you're right that X, Y". */
const GRANTING_SUBORDINATORS = new Set(['although', 'though', 'while', 'whilst', 'even']);
/** "Even if the forecast is right, …": granting that something is true sets up the objection. */
const TRUTH_WORDS = new Set(['right', 'true', 'correct', 'valid', 'accurate']);
/** Negation, "only", and verbs that say an argument falls short ("misses", "ignores"). */
const DENIALS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'only', 'misses', 'miss', 'ignores', 'ignore', 'fails', 'fail', 'overlooks', 'neglects']);
const PROGRESSIVE_AUXILIARIES = new Set(['was', 'were', 'am', 'is', 'are']);
const OWNS_A_MISTAKE = /\b(?:i stand corrected|my (?:mistake|error|bad)|on my (?:part|end)|i was wrong|i misread|i misremembered|(?:good|fair|valid) correction|my (?:\S+ ){0,2}(?:was|is) wrong)\b/;

/** "While/Whilst X, Y" with X a non-temporal clause: the comma, and no "-ing" form in X's first words. */
function concessiveWhile(words: readonly string[]): boolean {
  // At the start, or opening the clause after a label ("Minor quibble: while X, Y").
  const colon = words.indexOf(':');
  const first = CONCESSIVE_WHILE.has(words[colon + 1] ?? '') ? colon + 1 : firstContentWord(words);
  if (!CONCESSIVE_WHILE.has(words[first] ?? '')) return false;
  const comma = words.indexOf(',', first);
  if (comma < first + 3) return false;
  const opening = words.slice(first + 1, first + 4);
  if (opening.some((word, index) => word.endsWith('ing') && (index === 0 || PROGRESSIVE_AUXILIARIES.has(opening[index - 1]!)))) return false;
  return !isDuration(words.slice(first + 1, comma));
}

/**
 * A while-clause that spans a time: a progressive anywhere in it ("While an FDB process is running, …"), "still"
 * ("While those devices are still vulnerable, …": as long as), or "while we're at it" (meanwhile). It grants nothing.
 */
function isDuration(clause: readonly string[]): boolean {
  return clause.some((word, index) => word === 'still' || (word.endsWith('ing') && word.length > 4 && PROGRESSIVE_AUXILIARIES.has(clause[index - 1] ?? ''))
    || (word === 'at' && clause[index + 1] === 'it' && index + 2 === clause.length));
}

/** Words after which "even" opens a concessive clause ("even if", "even though", "even when"). */
const EVEN_CLAUSES = new Set(['if', 'though', 'when']);
/**
 * "Even with admin rights, X", "Even after a year of Rust, X", "Even the author gave up": "even" there stresses a
 * phrase and opens no clause, so it grants nothing for the main clause to object to (on the ten real sets 1 of 6
 * such sentences disagreed). A clause follows "even if/though/when" and a participle ("Even granting your
 * numbers, X", "Even assuming it ships, X").
 */
function focusesOnly(words: readonly string[], first: number): boolean {
  const next = words[first + 1] ?? '';
  return words[first] === 'even' && !EVEN_CLAUSES.has(next) && !(next.length > 5 && next.endsWith('ing'));
}

/** "While I agree X, Y" / "Although that's fair, Y": a grant inside the opening clause makes the main clause the objection. */
function objectionAfterGrant(words: readonly string[], signals: readonly Signal[]): Signal[] {
  const first = firstContentWord(words);
  if (!GRANTING_SUBORDINATORS.has(words[first] ?? '') || focusesOnly(words, first)) return objectionAfterSemicolon(words, signals);
  const comma = words.indexOf(',', first);
  if (comma < 0 || words.length - comma < 4) return [];
  const inOpening = (signal: Signal) => signal.at >= first && signal.at < comma;
  const grantsTruth = words.slice(first + 1, comma).some((word) => TRUTH_WORDS.has(word));
  // "Although the sample is decent, it doesn't control for income": a main clause that denies objects.
  const main = words.slice(comma + 1);
  // So does one that judges ("…, it seems to collapse into act utilitarianism").
  const denies = main.some((word) => DENIALS.has(word) || isNegativeJudgement(word)) || main.join(' ').startsWith('i still ');
  if (!grantsTruth && !denies && !hasSignal(signals, 'agreement', inOpening) && !hasSignal(signals, 'concession', inOpening)) return [];
  return [{ tag: 'disagreement', cue: objectionAfterGrantingCue(`${words[first]} …, …`), weight: 0.6, at: comma }];
}

/**
 * "Granted, RLHF reduced the obvious failures; it's just not evidence that X": a grant, then a clause that
 * denies. Words that both agree and concede before it ("Fair point on X; …") grant rather than agree.
 */
function objectionAfterSemicolon(words: readonly string[], signals: readonly Signal[]): Signal[] {
  const semicolon = words.indexOf(';');
  const grants = signals.filter((signal) => signal.tag === 'concession' && signal.weight > 0 && signal.at < semicolon);
  // "Sure, Haskell catches a lot of bugs; it just doesn't catch the ones that page me": the opener grants.
  const first = firstContentWord(words);
  const affirms = GRANTING_OPENERS.has(words[first] ?? '') && words[first + 1] === ',';
  if (semicolon < 0 || (grants.length === 0 && !affirms) || !words.slice(semicolon + 1).some((word) => DENIALS.has(word))) return [];
  // "I stand corrected on the dates; it's 18 months, not 30 days": after owning a mistake the writer corrects themselves.
  if (OWNS_A_MISTAKE.test(words.slice(0, semicolon).join(' '))) return [];
  const found: Signal[] = [{ tag: 'disagreement', cue: objectionAfterGrantingCue('…; not …'), weight: 0.6, at: semicolon }];
  if (grants.length === 0) found.push({ tag: 'concession', cue: `${words[first]}, …; (then an objection)`, weight: 0.7, at: first });
  if (hasSignal(signals, 'agreement', (signal) => grants.some((grant) => grant.at === signal.at))) {
    found.push({ tag: 'agreement', cue: 'granted (…; not …)', weight: -0.6, at: semicolon });
  }
  return found;
}

/**
 * Concessive conditionals ("even if", "regardless", "no matter", "whether or not"). In a reply a concession grants
 * the other side something (as for "X, but Y" in contrast.ts), and these grant their clause only when it opens the
 * sentence ("Even if the forecast is right, …"); later in a sentence they set a condition the writer's point
 * survives ("A pause is unlikely even if the public screams for it", "Regardless, this is cheaper"), granting
 * nothing: on the real sets 4 of 25 such tags were right. Read alone, PDTB's arg-as-denier reading stands.
 */
const CONDITIONALS = new Set(['even if', 'even when', 'regardless', 'no matter', 'whether or not', 'whether … or not']);
const grantsAsCondition = (words: readonly string[], marker: string, at: number, replying: boolean): boolean =>
  // "Regardless, …" opens with an adverb, not a clause.
  !replying || !CONDITIONALS.has(marker) || (at === firstContentWord(words) && words.includes(',') && words[at + marker.split(' ').length] !== ',');

export const concessiveRule: Rule = ({ tokens, signals, parent, conversation }) => {
  if (hasSignal(signals, 'question')) return [];
  const found: Signal[] = [];
  const joined = ` ${tokens.joined} `;
  const concessive = tokens.words.some((word) => CONCESSIVE_OPENERS.has(word)) ? CONCESSIVES.find(({ padded }) => joined.includes(padded)) : undefined;
  const markerAt = concessive ? tokens.words.indexOf(concessive.marker.split(' ')[0]!) : -1;
  const disclosure = markerAt > 0 && disclaims(tokens.words, firstContentWord(tokens.words), markerAt);
  const restated = restatedFrom(tokens);
  if (restated >= 0 && markerAt >= restated) return [];
  const replying = parent !== undefined;
  if (concessive && !isNonConcessiveThough(tokens.words, markerAt) && !isParallelContrast(tokens.words, markerAt) && !doubtsSelf(tokens.words, markerAt + 1) && !disclosure
    && grantsAsCondition(tokens.words, concessive.marker, markerAt, replying) && !((conversation || speaksPersonally(tokens.words)) && grantsNothing(tokens.words, concessive.marker, markerAt))) {
    found.push({ tag: 'concession', cue: concessiveCue(concessive.marker), weight: 0.5, at: 0 });
  }
  for (const { name, pattern } of CONCESSIVE_SHAPES) {
    if (pattern.test(tokens.joined) && !(name === 'not that …' && contrastsThatClauses(tokens.words))
      && grantsAsCondition(tokens.words, name, tokens.words.indexOf(name.split(' ')[0]!), replying)) {
      found.push({ tag: 'concession', cue: concessiveCue(name), weight: 0.5, at: 0 });
    }
  }
  if (concessiveWhile(tokens.words)) found.push({ tag: 'concession', cue: concessiveCue('while X, Y'), weight: 0.55, at: 0 });
  found.push(...objectionAfterGrant(tokens.words, signals));
  return found;
};
