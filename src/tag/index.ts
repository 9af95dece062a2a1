// The tagger: sentences, their tags with the cues behind them, and a reply's stance toward its parent.
export { splitSentences, MAX_SENTENCE_CHARS } from './split.js';
export { tagSentence, scoreSentence } from './sentence.js';
export { tagText } from './text.js';
export { stanceSignals, stanceToward, type StanceContext } from './stance.js';
export type { StanceSignal, StanceSignalId } from './stance-signals.js';
export { readParent, type ParentView } from './parent.js';
export { DISPLAY_THRESHOLD, tagConfidence, type TagScore } from './score.js';
