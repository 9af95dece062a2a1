// Which sentence of an earlier post a reply's sentence answers. In order of how plainly the text says so:
// 1. it repeats the other's words in quotation marks ("does not meant “Anthropic wouldn't consider…”");
// 2. it shares the other's telling terms (Porter stems, rare words in the thread count most);
// 3. the reply quotes a passage of that post: the quoted sentence;
// 4. otherwise it answers the post as a whole, read as its thesis (thesis.ts).
// Which posts a reply answers at all is answered-targets.ts.
import type { Post, Sentence } from '../model.js';
import { stem } from '../tag/terms.js';
import { negates } from '../tag/plain-negation.js';
import { has, type ArgumentThread } from './thread.js';
import { rememberRecent, squash, wordsOf } from './words.js';

export interface Link { sentence: number | null; cues: string[] }

/** Shared terms must weigh this much (sum of their rarity) to link two sentences. */
const TERM_LINK_WEIGHT = 3;
const MIN_SHARED_TERMS = 2;
const QUOTED_SPAN = /[“"]([^”"]{8,200})[”"]/g;

function byQuotedWords(thread: ArgumentThread, reply: Sentence, target: Post): Link | null {
  for (const match of reply.text.matchAll(QUOTED_SPAN)) {
    const span = squash(match[1]!);
    if (span.split(' ').length < 3) continue;
    const found = thread.sentenceWordsOf(target).findIndex((words) => words.includes(span));
    if (found >= 0) return { sentence: found, cues: [`repeats “${match[1]!.trim().slice(0, 60)}”`] };
  }
  return null;
}

function byTerms(thread: ArgumentThread, reply: Post, index: number, target: Post): Link | null {
  const mine = thread.stemsOf(reply, index);
  let best: { sentence: number; shared: string[]; weight: number } | null = null;
  target.sentences.forEach((sentence, i) => {
    if (sentence.quoted || has(sentence, 'question')) return;
    const shared: string[] = [];
    let weight = 0;
    for (const stem of thread.stemsOf(target, i)) {
      if (!mine.has(stem)) continue;
      shared.push(stem);
      weight += thread.weightOf(stem);
    }
    if (shared.length >= MIN_SHARED_TERMS && weight >= TERM_LINK_WEIGHT && weight > (best?.weight ?? 0)) best = { sentence: i, shared, weight };
  });
  if (best === null) return null;
  const { sentence, shared } = best as { sentence: number; shared: string[] };
  // "doesn’t" with a curly apostrophe denies as "doesn't" does: negates() folds it.
  const denies = negates(reply.sentences[index]!.text) && !negates(target.sentences[sentence]!.text);
  // The reader sees words, not stems: name each shared term by the reply's own word for it.
  const words = [...new Set(wordsOf(reply.sentences[index]!.text).filter((word) => shared.includes(stem(word))))];
  return { sentence, cues: [`${denies ? 'negates' : 'repeats'} terms: ${words.slice(0, 4).join(', ')}`] };
}

const squashQuote = rememberRecent(squash);

function byPostQuote(thread: ArgumentThread, reply: Post, target: Post): Link | null {
  const quote = reply.quotes.find((q) => q.postId === target.id);
  if (!quote) return null;
  const quoted = squashQuote(quote.text);
  const found = thread.sentenceWordsOf(target).findIndex((words) => words.length > 0 && quoted.includes(words.slice(0, 80)));
  return { sentence: found >= 0 ? found : thread.thesisOf(target), cues: [`quotes “${quote.text.slice(0, 60).trim()}…”`] };
}

/**
 * The sentence of `target` that sentence `index` of `reply` answers, and how we know. With no sign in the
 * text, a disagreement answers the post's thesis (`toThesis`); a grant answers the post as a whole.
 */
export function linkSentence(thread: ArgumentThread, reply: Post, index: number, target: Post, toThesis = true): Link {
  const sentence = reply.sentences[index]!;
  return byQuotedWords(thread, sentence, target)
    ?? byTerms(thread, reply, index, target)
    ?? byPostQuote(thread, reply, target)
    ?? (toThesis ? { sentence: thread.thesisOf(target), cues: ['answers the post’s main claim'] } : { sentence: null, cues: ['answers the post'] });
}

/** Is the link read from the text itself (quoted words, shared terms, a quote), not a fallback? */
export const isTextual = (link: Link): boolean => !link.cues[0]!.startsWith('answers the post');

/** Does the sentence, in its own words, point at what the other said ("you say", "your clarifications")? */
export const addressesOther = (text: string): boolean =>
  /\b(you (say|said|claim|argue|suggest|have (now )?(clarified|said|argued|claimed))|your (comment|claim|point|argument|clarifications?|post|reasoning)|even given your)\b/i.test(text);
