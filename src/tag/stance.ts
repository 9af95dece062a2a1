// A reply's stance toward its parent, from the reply's own sentences (quoted lines are the parent's words):
// - what its sentences say, the opening weighing most (replies lead with their verdict);
// - a concession followed by disagreement is mixed;
// - negating the parent's key terms ("it is NOT safe" to "the vaccine is safe") disagrees;
// - explicit references to the parent ("you say", a quoted line) make whatever it says about them count more.
import type { Sentence, Stance, StanceLabel } from '../model.js';
import { negatorBefore } from './rules/negation.js';
import { tagConfidence } from './score.js';
import { keyStems, isKeyWord, stem } from './terms.js';
import { tokenize } from './tokens.js';

const REFERENCE = /\byou (?:say|said|claim|claimed|think|seem to think|argue|argued|wrote|mean|meant|are saying)\b|\byour (?:point|argument|claim|comment|logic|reasoning)\b/;
/** Later sentences count less: the first fully, the third half. */
const positionWeight = (index: number): number => 1 / (1 + 0.5 * index);
const STANCE_THRESHOLD = 0.45;

interface Tally { agree: number; disagree: number; concede: number; cues: string[] }

/** Terms the parent asserts without negating them; a reply that negates one of them contradicts it. */
function negatedParentTerm(words: readonly string[], parentStems: ReadonlySet<string>): string | null {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (isKeyWord(word) && parentStems.has(stem(word)) && negatorBefore(words, index) >= 0) return word;
  }
  return null;
}

function tally(reply: readonly Sentence[], parentText: string | null): Tally {
  const result: Tally = { agree: 0, disagree: 0, concede: 0, cues: [] };
  const parentStems = parentText ? keyStems(tokenize(parentText).words) : new Set<string>();
  let referenced = reply.some((sentence) => sentence.quoted);
  reply.filter((sentence) => !sentence.quoted).forEach((sentence, index) => {
    const weight = positionWeight(index);
    const words = tokenize(sentence.text);
    if (REFERENCE.test(words.joined)) referenced = true;
    for (const [tag, key] of [['agreement', 'agree'], ['disagreement', 'disagree'], ['concession', 'concede']] as const) {
      const confidence = tagConfidence(sentence, tag);
      if (confidence > 0) {
        result[key] += weight * confidence;
        result.cues.push(...sentence.reasons.filter((reason) => reason.tag === tag).map((reason) => reason.cue));
      }
    }
    const negated = negatedParentTerm(words.words, parentStems);
    if (negated) {
      result.disagree += weight * 0.5;
      result.cues.push(`negates the parent's "${negated}"`);
    }
  });
  if (referenced) {
    result.agree *= 1.2;
    result.disagree *= 1.2;
    result.cues.push('refers to the parent');
  }
  return result;
}

export function stanceToward(reply: Sentence[], parentText: string | null): Stance {
  const { agree, disagree, concede, cues } = tally(reply, parentText);
  const support = agree + 0.5 * concede;
  let label: StanceLabel = 'neutral';
  if (disagree >= STANCE_THRESHOLD && (support >= STANCE_THRESHOLD || concede > 0)) label = 'mixed';
  else if (disagree >= STANCE_THRESHOLD && disagree > support) label = 'disagree';
  else if (support >= STANCE_THRESHOLD) label = 'agree';
  const strength = label === 'neutral' ? 1 - Math.max(support, disagree) : Math.max(support, disagree);
  return { label, confidence: Math.round(Math.min(0.95, Math.max(0.05, strength)) * 100) / 100, cues: [...new Set(cues)] };
}
