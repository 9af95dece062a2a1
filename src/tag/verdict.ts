// A reply's verdict: the first thing said under someone's post is the writer's verdict on it (the argument
// stage's reading, src/argument/opening.ts, shares this definition). It is the reply's opening sentence when
// that sentence is a claim of the writer's own: not a question, a grant or an agreement, and not an opening
// that states no position (an aside, a note on themselves, thanks, praise or approval of the other's point).
// When the reply reads as disagreeing, its verdict is where it disagrees: LABELLING.md marks the sentence that
// rejects or corrects the other's view, and in a disagreeing reply that is first of all the one that answers.
import { TAGS, type Sentence, type Stance, type TagReason } from '../model.js';
import { negates } from './plain-negation.js';
import { SentenceTagsBuilder, sharedReason } from './shared-tags.js';

/**
 * Openings that are no objection: the writer on themselves ("I'm only getting into this because…", "I am
 * familiar with both", "I know that…"; a verdict, "I think…", "I deny…", stays), a note or an aside ("Note:…",
 * "To be clear, …", "(I'll just talk about…)"), or a grant ("Obviously (and as you note)…", "I don't dispute…").
 */
const OPENS_ASIDE = /^(?:(?:so|well|and|also|ok(?:ay)?|yeah|honestly|ah|oh|fwiw|hmm|just)\W+)*(?:i(?:'m| am| was|'ve| have| had| know| just| might| may| will|'ll)\b|note\b|adding\b|to be clear\b|\(|obviously\b|of course\b|maybe you\b|i (?:don't|do not) dispute\b)/i;

/** Thanks, or praise of the writer ("You guys are brilliant and I can't be anything but thankful…"): no objection. */
const THANKS_OR_PRAISE = /\b(?:thanks?|thankful|grateful)\b|^\W*you(?: guys| all)?(?:'re| are) (?:\w+ )?(?:brilliant|awesome|amazing|great|wonderful|the best)\b/i;

/** "In particular the first bullet point seems important and clear.": approval of the other's point, no objection. */
const APPROVES = /\b(?:is|are|seems?|looks?|sounds?) (?:\w+ )?(?:important|clear|good|great|helpful|right|correct|interesting|useful|reasonable|fair|valid|true)\b/i;

/** An opening that states no position of the writer's: an aside, a note on themselves, thanks, praise or approval. */
export const statesNoPosition = (text: string): boolean => {
  const plain = text.replace(/’/g, "'");
  return OPENS_ASIDE.test(plain) || THANKS_OR_PRAISE.test(plain) || (APPROVES.test(plain) && !negates(plain));
};

const NOT_A_VERDICT = new Set(['question', 'agreement', 'concession']);

/** The index of the reply's verdict (its opening own sentence, when that is a claim of its own), or -1. */
export function verdictIndex(sentences: readonly Sentence[]): number {
  const opening = sentences.findIndex((sentence) => !sentence.quoted);
  const sentence = sentences[opening];
  if (sentence === undefined || !sentence.tags.includes('claim') || sentence.tags.some((tag) => NOT_A_VERDICT.has(tag))) return -1;
  return statesNoPosition(sentence.text) ? -1 : opening;
}

export const VERDICT_DISAGREES = 'verdict of a disagreeing reply: its opening claim';
/** As sure as the opening-denial rule (rules/counter-claim.ts): a reading of structure, not of words. */
const VERDICT_CONFIDENCE = 0.55;

/** Reasons in the order scoring gives them (by tag, as TAGS lists them; a stable sort keeps each tag's cues in order). */
const inTagOrder = (reasons: TagReason[]): TagReason[] => reasons.sort((a, b) => TAGS.indexOf(a.tag) - TAGS.indexOf(b.tag));

/** The reply's sentences with its verdict tagged disagreement when the reply reads as disagreeing (or mixed). */
export function withVerdictTagged(sentences: Sentence[], stance: Stance | null): Sentence[] {
  if (stance === null || (stance.label !== 'disagree' && stance.label !== 'mixed')) return sentences;
  const at = verdictIndex(sentences);
  if (at < 0 || sentences[at]!.tags.includes('disagreement')) return sentences;
  const sentence = sentences[at]!;
  const builder = new SentenceTagsBuilder();
  for (const reason of inTagOrder([...sentence.reasons, sharedReason('disagreement', VERDICT_DISAGREES, VERDICT_CONFIDENCE)])) builder.add(reason);
  const tagged: Sentence = { ...sentence, ...builder.done(), confidence: Math.max(sentence.confidence, VERDICT_CONFIDENCE) };
  return sentences.map((each, index) => (index === at ? tagged : each));
}
