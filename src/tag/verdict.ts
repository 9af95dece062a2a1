// A reply's verdict: the first thing said under someone's post is the writer's verdict on it (the argument
// stage's reading, src/argument/opening.ts, shares this definition). It is the reply's opening sentence when
// that sentence is a claim of the writer's own: not a question, a grant or an agreement, and not a sentence
// that states no position (no-position.ts: a joke, narration, an instruction, an aside, thanks, approval).
// When the reply reads as disagreeing, its verdict is where it disagrees: LABELLING.md marks the sentence that
// rejects or corrects the other's view, and in a disagreeing reply that is first of all the one that answers.
// An opening whose subject is the writer, "I" ("I don't know the exact reason", "I was in Leeds that night",
// "To be honest, I'm not certain") reports on the writer, not on the other's view: it is not tagged disagreement
// unless its verb frames an opinion ("I think X", "I doubt X", "I'd say X"). On the ten real sets such openings
// were never the labelled disagreement (0 of 8 tagged by this rule). It still opens the reply for its stance.
// A reply that opens by asking gives its verdict in the claim right after (answerToOpeningQuestion).
import { TAGS, type Sentence, type Stance, type TagReason } from '../model.js';
import { notAPosition, statesNoPosition } from './no-position.js';
import { SentenceTagsBuilder, sharedReason } from './shared-tags.js';

const NOT_A_VERDICT = new Set(['question', 'agreement', 'concession']);

/** Before the subject: a short lead-in with its comma ("To be honest,", "Eh,") and spoken fillers. */
const LEAD_IN = String.raw`^\W*(?:[^,]{1,16},\s*)?(?:(?:well|so|and|but|oh|eh|naw|nah|yeah|honestly|actually)\W+)*`;
/** Verbs through which the writer gives a view on the matter ("I think X", "I don't see how X", "I'd say X"). */
const OPINION_VERBS = String.raw`(?:think|thought|believe|say|said|feel|suspect|reckon|guess|doubt|disagree|agree|deny|dispute|see|find|suppose|assume|presume|bet|expect|imagine|mean|meant|argue|question|object|contend|maintain)`;
const WRITER_AS_SUBJECT = new RegExp(`${LEAD_IN}(?:i|i'm|i'd|i've|i'll)\\b`, 'i');
const FRAMES_OPINION = new RegExp(`${LEAD_IN}i(?:'d)? (?:(?:would|do|did|don't|do not|didn't|can't|cannot|really|still|just|also|honestly|personally|strongly|kind of|sort of|must|have to) )*${OPINION_VERBS}\\b`, 'i');

/** The writer on themselves: a sentence whose subject is the writer and whose verb frames no opinion on the matter. */
export function speaksOfTheWriter(text: string): boolean {
  const plain = text.replace(/’/g, "'");
  return WRITER_AS_SUBJECT.test(plain) && !FRAMES_OPINION.test(plain);
}

/** The index of the reply's verdict (its opening own sentence, when that is a claim of its own), or -1. */
export function verdictIndex(sentences: readonly Sentence[]): number {
  const opening = sentences.findIndex((sentence) => !sentence.quoted);
  const sentence = sentences[opening];
  if (sentence === undefined || !sentence.tags.includes('claim') || sentence.tags.some((tag) => NOT_A_VERDICT.has(tag))) return -1;
  return notAPosition(sentence.text) !== null || statesNoPosition(sentence.text) ? -1 : opening;
}

/**
 * A disagreeing reply that opens by asking ("How would that break the build? The flag is only read at startup.")
 * gives its verdict in the claim that answers its own question: the question challenges, the claim asserts the
 * writer's counter-position. The index of that claim (the next own sentence, when it is a verdict), or -1.
 */
function answerToOpeningQuestion(sentences: readonly Sentence[]): number {
  const opening = sentences.findIndex((sentence) => !sentence.quoted);
  if (opening < 0 || !sentences[opening]!.tags.includes('question')) return -1;
  const next = verdictIndex(sentences.slice(opening + 1));
  return next === 0 ? opening + 1 : -1;
}

export const VERDICT_DISAGREES = 'verdict of a disagreeing reply: its opening claim';
export const VERDICT_ANSWERS = 'verdict of a disagreeing reply: the claim answering its opening question';
/** As sure as the opening-denial rule (rules/counter-claim.ts): a reading of structure, not of words. */
const VERDICT_CONFIDENCE = 0.55;

/** Reasons in the order scoring gives them (by tag, as TAGS lists them; a stable sort keeps each tag's cues in order). */
const inTagOrder = (reasons: TagReason[]): TagReason[] => reasons.sort((a, b) => TAGS.indexOf(a.tag) - TAGS.indexOf(b.tag));

/** The reply's sentences with its verdict tagged disagreement when the reply reads as disagreeing (or mixed). */
export function withVerdictTagged(sentences: Sentence[], stance: Stance | null): Sentence[] {
  if (stance === null || (stance.label !== 'disagree' && stance.label !== 'mixed')) return sentences;
  const opening = verdictIndex(sentences);
  const at = opening >= 0 ? opening : answerToOpeningQuestion(sentences);
  const cue = opening >= 0 ? VERDICT_DISAGREES : VERDICT_ANSWERS;
  if (at < 0 || sentences[at]!.tags.includes('disagreement') || speaksOfTheWriter(sentences[at]!.text)) return sentences;
  const sentence = sentences[at]!;
  const builder = new SentenceTagsBuilder();
  for (const reason of inTagOrder([...sentence.reasons, sharedReason('disagreement', cue, VERDICT_CONFIDENCE)])) builder.add(reason);
  const tagged: Sentence = { ...sentence, ...builder.done(), confidence: Math.max(sentence.confidence, VERDICT_CONFIDENCE) };
  return sentences.map((each, index) => (index === at ? tagged : each));
}
