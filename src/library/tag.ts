// `tag(text, parent?)`: one text's sentences, tags and cues, and its stance toward a parent. Kept apart
// from src/index.ts so `threadmap tag` can use it without loading the pipeline.
import type { Sentence, Stance, TagName } from '../model.js';
import { readParent, stanceToward, tagText } from '../tag/index.js';
import { withVerdictTagged } from '../tag/verdict.js';

export interface TagResult {
  /** The union of the tags of the text's own sentences (quoted ones left out). */
  tags: TagName[];
  sentences: Sentence[];
  /** Toward `parent`, when one is given (or null). */
  stance?: Stance;
}

/**
 * One text's sentences, tags and cues, as `threadmap tag` gives them. `parent`: the text it replies to,
 * for its stance toward it; null asks for a stance without one (`threadmap tag --stance`).
 */
export function tag(text: string, parent?: string | null): TagResult {
  // The parent is read once, for the rules that read a reply against it and for the stance.
  const parentView = typeof parent === 'string' ? readParent(parent) : null;
  const read = tagText(text, parentView ?? undefined);
  // As in the map (src/tag/posts.ts): a disagreeing reply's verdict is where it disagrees.
  const stance = parent === undefined ? undefined : stanceToward(read, parentView);
  const sentences = stance === undefined ? read : withVerdictTagged(read, stance);
  const tags = new Set<TagName>();
  for (const sentence of sentences) if (!sentence.quoted) for (const name of sentence.tags) tags.add(name);
  return stance === undefined ? { tags: [...tags], sentences } : { tags: [...tags], sentences, stance };
}
