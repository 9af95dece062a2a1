// Why a sentence has its tags, in words: what hovering a sentence in the post panel shows. Shared by the
// page and by the server, which sends it ready-made in the page's lean form of a map (see page-form.ts).
import type { Sentence, TagName } from '../model.js';
import { TAG_PRIORITY } from './palette.js';

const rank = (tag: TagName) => TAG_PRIORITY.indexOf(tag);

/** Each tag (most telling first) with the cue that made it, and how sure that cue is. */
export function describeSentence(sentence: Sentence): string {
  if (sentence.tags.length === 0) return 'No tag.';
  if (sentence.why !== undefined) return sentence.why;
  const reasons = sentence.reasons?.length
    ? sentence.reasons.map((r) => ({ tag: r.tag, why: `${r.tag}: “${r.cue}” (${Math.round(r.confidence * 100)}%)` }))
    : sentence.tags.map((tag, i) => ({ tag, why: `${tag}${sentence.cues[i] ? `: “${sentence.cues[i]}”` : ''}` }));
  return reasons.sort((a, b) => rank(a.tag) - rank(b.tag)).map((r) => r.why).join(' · ');
}
