// A post's text → tagged sentences. Beyond one sentence at a time: a sentence opening with "But…",
// "However…", "That said…" right after a concession or agreement is the writer's objection to what they
// just granted; a "> " line is quoted from someone else and is marked so.
import type { Sentence } from '../model.js';
import { DISPLAY_THRESHOLD, scoreSignals, toSentence, type TagScore } from './score.js';
import { sentenceSignals } from './sentence.js';
import { hasSignal } from './signal.js';
import { splitSentences } from './split.js';

const OPENING_CONTRAST = /^(?:but|however|that said|having said that|still|yet|then again|even so|on the other hand|though)\b/i;

function grants(scores: readonly TagScore[]): boolean {
  return scores.some((score) => (score.tag === 'concession' || score.tag === 'agreement') && score.confidence >= DISPLAY_THRESHOLD);
}

export function tagText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let previousGrants = false;
  for (const raw of splitSentences(text)) {
    const quoted = raw.startsWith('> ');
    const body = quoted ? raw.slice(2) : raw;
    const signals = sentenceSignals(body);
    const opening = OPENING_CONTRAST.exec(body);
    if (opening && previousGrants && !quoted && !hasSignal(signals, 'disagreement')) {
      signals.push({ tag: 'disagreement', cue: `contrast after concession (${opening[0].toLowerCase()})`, weight: 0.65, at: 0 });
    }
    const scores = scoreSignals(signals);
    const sentence = toSentence(body, scores);
    sentences.push(quoted ? { ...sentence, quoted: true } : sentence);
    if (!quoted) previousGrants = grants(scores);
  }
  return sentences;
}
