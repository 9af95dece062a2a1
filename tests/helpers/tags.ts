// What the tagger shows for one sentence, for rule tests that assert on tags or on the cues named.
import { readParent, tagSentence, tagText } from '../../src/tag/index.js';

export const tagsOf = (text: string) => tagSentence(text).tags;
export const cuesOf = (text: string) => tagSentence(text).cues;

/** A reply's sentences as tagged against the post it answers (null: a post that answers nothing). */
export const taggedReply = (text: string, parent: string | null) => tagText(text, parent === null ? undefined : readParent(parent));
