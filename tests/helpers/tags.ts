// What the tagger shows for one sentence, for rule tests that assert on tags or on the cues named.
import { tagSentence } from '../../src/tag/index.js';

export const tagsOf = (text: string) => tagSentence(text).tags;
export const cuesOf = (text: string) => tagSentence(text).cues;
