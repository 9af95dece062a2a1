// The shape of a claim: a statement in the present (or with a modal) says how things are or ought to
// be, something a reader could dispute ("Abortion is an act of violence", "Taxes will rise"); a
// statement only in the past tense tells what happened (narration: "We published our report").
// What makes a statement a claim: evaluative words; a position of the writer's with a clause of its own
// (agreeing, disagreeing, conceding, their own doubt, or backing it with evidence); a generalisation
// about a kind of thing ("Index funds beat stock picking"). The present tense shows in an auxiliary or in a
// subject and its verb ("Public transit only works…"). Lexicon cues ("should", "I think",
// greetings and meta-talk against) then add to or settle it.
import { evaluativeWords } from '../evaluative.js';
import { firstContentWord } from '../match.js';
import type { TagName } from '../../model.js';
import { scoreSignals } from '../score.js';
import { hasId, type Rule, type Signal } from '../signal.js';
import { isKeyWord } from '../terms.js';
import { isPunctuation, type Tokens } from '../tokens.js';

export const PRESENT_OR_MODAL = new Set([
  'is', 'are', 'am', 'has', 'have', 'do', 'does', 'can', 'will', 'would', 'should', 'must', 'may', 'might', 'could',
  'shall', 'need', 'needs', 'means', 'makes', 'seems', 'remains', 'becomes', 'deserves', 'matters',
]);
/** Past auxiliaries and the common irregular past tenses (the regular ones end in "-ed"). */
const PAST = new Set(['was', 'were', 'had', 'did', 'went', 'got', 'made', 'took', 'came', 'saw', 'wrote', 'ran', 'found', 'told', 'thought',
  'felt', 'left', 'kept', 'began', 'bought', 'brought', 'built', 'sent', 'spent', 'became', 'gave', 'knew', 'met', 'paid', 'sat', 'stood',
  'won', 'lost', 'fell', 'grew', 'drove', 'flew', 'broke', 'chose', 'spoke', 'forgot', 'held', 'heard', 'sold', 'taught', 'caught', 'fought']);
/** Words ending in "-ed" that are not past tenses. */
const NOT_PAST = new Set(['need', 'indeed', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'breed', 'greed', 'proceed', 'exceed', 'succeed', 'embed', 'hundred', 'sacred', 'naked', 'wicked', 'kindred']);
/** Fewer words than this is a fragment or a formula ("First and foremost,"), not a statement. */
export const MIN_WORDS = 6;
/** Words a clause needs besides a stance cue to say something of its own. */
const MIN_CLAUSE_WORDS = 4;

/**
 * Words after which an "-ed" form describes rather than narrates: a head it follows ("everyone involved",
 * "those affected") or a determiner it modifies ("a managed switch", "the distributed system").
 */
const PARTICIPLE_HEADS = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'someone', 'nobody', 'people', 'those', 'ones', 'things', 'parties', 'all',
  'a', 'an', 'the', 'this', 'that', 'these', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'some', 'any', 'every', 'no', 'more', 'most', 'less', 'well', 'badly', 'poorly',
  // After a preposition it modifies a noun ("in sorted order", "with limited data"); after "get", it is a passive ("gets funded").
  'in', 'of', 'for', 'with', 'on', 'at', 'from', 'into', 'about', 'get', 'gets', 'getting']);

/** Auxiliaries after which a past participle is a present perfect or a modal's ("has found", "would have caught"). */
const PERFECT = new Set(['has', 'have', 'having']);

function isPastForm(word: string, previous: string | undefined): boolean {
  if (PAST.has(word)) return !PERFECT.has(previous ?? '');
  // A finite past tense follows its subject; an "-ed" word opening the sentence describes ("Standardized tests …").
  if (previous === undefined || PARTICIPLE_HEADS.has(previous)) return false;
  // "-ed" after a present auxiliary is a participle of a present statement ("is based", "has changed").
  return word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word) && !PRESENT_OR_MODAL.has(previous ?? '') && previous !== 'be' && previous !== 'been';
}

/**
 * Tags that show the writer taking a position (or backing one); with a clause of its own beside the cue,
 * what the sentence says is put forward as true: a claim.
 */
const POSITION_CUES: Partial<Record<TagName, string>> = {
  agreement: 'takes a position', disagreement: 'takes a position', concession: 'takes a position',
  hedge: 'a hedged statement', evidence: 'reports evidence',
};
const POSITION_TAGS = new Set(Object.keys(POSITION_CUES));
/** Agreement that only says "me too" ("Having the same issue, Android 14") shares an experience; it states no position (LABELLING). */
const NOT_A_POSITION: ReadonlySet<string> = new Set(['me-too-issue', 'me-too-experience']);
/** Position tags whose cues are often formulas with a past tense of their own ("I stand corrected"). */
const GRANTS = new Set<TagName>(['agreement', 'concession']);
/** Quantifiers that open a generalisation ("Most interviews test…", "No framework fixes…"). */
const GENERALISING = new Set(['most', 'all', 'every', 'any', 'no', 'nobody', 'nothing', 'few', 'everyone', 'everything']);
const OBJECT_OPENERS = new Set(['the', 'this', 'that', 'my', 'your', 'our', 'it', 'a', 'an', 'through', 'up', 'over', 'back']);
/**
 * Hedges and evidence make a claim only when strong: the writer's own doubt ("probably", "I suspect"), not a
 * weak quantifier ("many", "some"); evidence whose cues together reach this, not a bare number.
 */
const STRONG_CUE = 0.6;
/** Words a position cue usually spans ("I don't buy", "you are conflating"): the rest must still make a clause. */
const CUE_SPAN = 3;
/** Content words that clause needs: "I don't disagree with any of that" states no position of its own. */
const MIN_CLAUSE_KEY_WORDS = 2;

/** Content words outside the cue that starts at `at`. */
const keyWordsBeside = (words: readonly string[], at: number): number =>
  words.filter((word, index) => (index < at || index >= at + CUE_SPAN) && isKeyWord(word)).length;

/** Words a present verb cannot be: "-ly" adverbs, "-ing" and "-ed" forms. */
const NOT_A_VERB = /(?:ly|ing|ed)$/;

/** Adverbs that may stand between a subject and its verb ("Economists quietly assume", "it always gives"). */
export const MID_ADVERBS = new Set(['only', 'always', 'never', 'often', 'rarely', 'seldom', 'usually', 'just', 'still', 'also', 'mostly', 'mainly', 'generally', 'typically', 'sometimes', 'actually', 'really']);
/** Words in "-s" after a singular noun that are plural nouns or not verbs ("user reports", "the ownership rules"). */
const NOT_PRESENT_S = /(?:ness|ics|ings|ions|ments|ers|ists|ies)$/;
/** Pronouns that take a verb in "-s" ("it runs", "this means"). */
const SINGULAR_PRONOUNS = new Set(['it', 'this', 'that', 'he', 'she', 'which', 'who', 'everyone', 'nobody', 'everything', 'nothing', 'something', 'someone']);

/**
 * A subject, then a present verb agreeing with it, early on: "Index funds beat…", "Economists quietly
 * assume…" (a plural noun, a bare verb), "Public transit only works…", "it always gives…" (a singular
 * noun or pronoun, a verb in "-s").
 */
function subjectThenPresentVerb(words: readonly string[]): boolean {
  for (let index = 1; index < Math.min(words.length, 8); index++) {
    const subject = words[index - 1]!;
    const verb = words[MID_ADVERBS.has(words[index]!) || words[index]!.endsWith('ly') ? index + 1 : index] ?? '';
    if (!isKeyWord(verb) || NOT_A_VERB.test(verb)) continue;
    const plural = /[^su]s$/.test(subject);
    if (plural && isKeyWord(subject) && !/s$/.test(verb)) return true;
    if ((SINGULAR_PRONOUNS.has(subject) || (!plural && isKeyWord(subject) && !/s$/.test(subject))) && /[^su]s$/.test(verb) && !NOT_PRESENT_S.test(verb)) return true;
  }
  return false;
}

/** The writer's position the sentence states, if any: the first strong enough signal of a position tag. */
function positionOf(signals: readonly Signal[], pastAt: readonly number[]): { position: Signal | undefined; assertsThePast: boolean } {
  // Evidence backs a claim once its cues together reach the mark ("18%, 14% and 11%" with a number beside it).
  const evidenceSignals = signals.filter((signal) => signal.tag === 'evidence');
  const evidence = evidenceSignals.length === 0 ? 0 : scoreSignals(evidenceSignals).find((score) => score.tag === 'evidence')!.confidence;
  const strongEnough = (signal: Signal) => (signal.tag === 'evidence' ? evidence >= STRONG_CUE : signal.tag === 'hedge' ? signal.weight >= STRONG_CUE : signal.weight > 0);
  return {
    position: signals.find((signal) => POSITION_TAGS.has(signal.tag) && strongEnough(signal) && !hasId(signal, NOT_A_POSITION)),
    // A result reported in the past ("The trial found no effect") and a correction of what happened ("No, the
    // ban applied to funding, not research") are put forward as true: not narration.
    // So is the past the writer puts forward with their own doubt ("As far as I know, they never deprecated it"),
    // or grants or agrees with in so many words ("Granted, the old pack looked worse"; not a connective's
    // "despite"), when the past is not the formula's own ("I stand corrected" narrates nothing).
    assertsThePast: signals.some((signal) => POSITION_TAGS.has(signal.tag) && strongEnough(signal)
      && (!GRANTS.has(signal.tag) || (signal.weight >= STRONG_CUE && pastAt.some((at) => at < signal.at || at >= signal.at + CUE_SPAN)))),
  };
}

/** "Index funds beat stock picking", "Most interviews test memorisation": a statement opened by a kind of thing's bare name or a quantifier. */
function opensWithAKind(words: readonly string[]): boolean {
  const first = firstContentWord(words);
  const subject = words[first] ?? '';
  // "Reading the thread now, …" opens with what the writer is doing, not with a kind of thing.
  const doing = subject.endsWith('ing') && OBJECT_OPENERS.has(words[first + 1] ?? '');
  return !doing && (GENERALISING.has(subject) || isKeyWord(subject));
}

/** Does the sentence speak in the present (or with a modal), and where are its past tenses? */
export function tenseOf({ words, quoted }: Tokens): { present: boolean; pastAt: number[] } {
  const present = words.some((word, index) => PRESENT_OR_MODAL.has(word) && !quoted[index]) || subjectThenPresentVerb(words);
  // The word before a verb, skipping "not" and adverbs ("has actually operated", "is not owned", "are often used").
  const before = (index: number) => {
    let at = index - 1;
    while (at > 0 && (words[at] === 'not' || MID_ADVERBS.has(words[at]!) || words[at]!.endsWith('ly'))) at--;
    return words[at];
  };
  const pastAt: number[] = [];
  for (let index = 0; index < words.length; index++) if (isPastForm(words[index]!, before(index))) pastAt.push(index);
  return { present, pastAt };
}

/** The id of the claim rule's own reading of a sentence of six words or more that asks nothing. */
export const STATEMENT = 'statement';

export const claimRule: Rule = ({ tokens, signals }) => {
  const { words } = tokens;
  if (signals.some((signal) => signal.tag === 'question' && signal.weight > 0)) return [];
  const content = words.filter((word) => !isPunctuation(word));
  if (content.length < MIN_WORDS) return [];
  const { present, pastAt } = tenseOf(tokens);
  const past = pastAt.length > 0;
  const found: Signal[] = [{ tag: 'claim', cue: 'a statement', weight: 0.3, at: 0, id: STATEMENT }];
  const evaluative = evaluativeWords(tokens);
  if (evaluative.length > 0) {
    found.push({ tag: 'claim', cue: `evaluative words (${evaluative.slice(0, 3).join(', ')})`, weight: evaluative.length > 1 ? 0.5 : 0.35, at: 0 });
  }
  const { position, assertsThePast } = positionOf(signals, pastAt);
  if (past && !present && !assertsThePast) found.push({ tag: 'claim', cue: 'narration (past tense)', weight: -0.35, at: 0 });
  if (present && !past && opensWithAKind(words)) found.push({ tag: 'claim', cue: 'a generalisation (X are Y)', weight: 0.3, at: 0 });
  if (position && content.length - CUE_SPAN >= MIN_CLAUSE_WORDS && keyWordsBeside(words, position.at) >= MIN_CLAUSE_KEY_WORDS) {
    found.push({ tag: 'claim', cue: POSITION_CUES[position.tag]!, weight: 0.3, at: position.at });
  }
  return found;
};
