// Posts' tags in a form that crosses between threads cheaply: structured cloning copies every object
// one by one (for 50,000 posts' sentences, reasons and cues, seconds), so the tags travel as one number
// array (whose buffer is moved, not copied), each sentence's text as its place in its post's text (the
// few that are not a slice of it joined into one string), and each distinct cue name once. The decoder
// rebuilds the very objects tagging made, field for field.
import { STANCES, TAGS, type Sentence, type Stance } from '../model.js';
import type { PostTags } from './posts.js';
import { SentenceTagsBuilder, sharedReason } from './shared-tags.js';

export interface EncodedTags {
  /** Per post: stance, then sentences; per sentence where its text starts in the post's (or IN_TEXTS), its length, flags, confidence, reasons (see encodeTags). */
  numbers: Float64Array;
  /** The texts of sentences that are not a slice of their post's text, one after another. */
  texts: string;
  /** Cue names, each once: numbers refer to them by position. */
  cues: string[];
}

const NO_STANCE = -1;
/** A sentence's text is in `texts` (it is not a slice of its post's text: wrapped lines joined, or no post text given). */
const IN_TEXTS = -1;
const tagIndex = new Map(TAGS.map((tag, index) => [tag, index]));
const stanceIndex = new Map(STANCES.map((label, index) => [label, index]));

/**
 * `postTexts`: each post's text. A sentence found in it travels as its offset and is decoded as a slice of the
 * receiver's own copy of the post's text: the sentences then share their post's characters, as on this thread,
 * instead of keeping a joined copy of half a big thread's text alive.
 */
export function encodeTags(posts: readonly PostTags[], postTexts?: readonly string[]): { encoded: EncodedTags; transfer: ArrayBuffer[] } {
  const numbers: number[] = [];
  const texts: string[] = [];
  const cueIds = new Map<string, number>();
  const cue = (name: string) => {
    let id = cueIds.get(name);
    if (id === undefined) cueIds.set(name, (id = cueIds.size));
    return id;
  };
  posts.forEach(({ sentences, stance }, post) => {
    if (stance === null) numbers.push(NO_STANCE);
    else {
      numbers.push(stanceIndex.get(stance.label)!, stance.confidence, stance.cues === undefined ? -1 : stance.cues.length);
      for (const name of stance.cues ?? []) numbers.push(cue(name));
    }
    numbers.push(sentences.length);
    const postText = postTexts?.[post];
    let from = 0;
    for (const sentence of sentences) {
      const start = postText === undefined ? IN_TEXTS : postText.indexOf(sentence.text, from);
      if (start === IN_TEXTS) texts.push(sentence.text);
      else from = start + sentence.text.length;
      // A sentence's tags and cues are read off its reasons (shared-tags.ts), so only the reasons travel.
      numbers.push(start, sentence.text.length, sentence.quoted ? 1 : 0, sentence.confidence, sentence.reasons.length);
      for (const reason of sentence.reasons) numbers.push(tagIndex.get(reason.tag)!, cue(reason.cue), reason.confidence);
    }
  });
  const array = Float64Array.from(numbers);
  return { encoded: { numbers: array, texts: texts.join(''), cues: [...cueIds.keys()] }, transfer: [array.buffer as ArrayBuffer] };
}

const tagsOfSentence = new SentenceTagsBuilder();

/** `postTexts`: the texts encodeTags was given, as this thread holds them. */
export function decodeTags({ numbers, texts, cues }: EncodedTags, count: number, postTexts?: readonly string[]): PostTags[] {
  let at = 0;
  let textAt = 0;
  const next = () => numbers[at++]!;
  const posts: PostTags[] = new Array(count);
  for (let post = 0; post < count; post++) {
    const label = next();
    let stance: Stance | null = null;
    if (label !== NO_STANCE) {
      const confidence = next();
      const cueCount = next();
      stance = cueCount < 0 ? { label: STANCES[label]!, confidence } : { label: STANCES[label]!, confidence, cues: list(cueCount, () => cues[next()]!) };
    }
    const sentences: Sentence[] = new Array(next());
    for (let index = 0; index < sentences.length; index++) {
      const start = next();
      const length = next();
      const text = start === IN_TEXTS ? texts.slice(textAt, (textAt += length)) : postTexts![post]!.slice(start, start + length);
      const quoted = next() === 1;
      const confidence = next();
      const reasonCount = next();
      for (let reason = 0; reason < reasonCount; reason++) tagsOfSentence.add(sharedReason(TAGS[next()]!, cues[next()]!, next()));
      const { tags, cues: sentenceCues, reasons } = tagsOfSentence.done();
      const sentence: Sentence = { text, tags, confidence, cues: sentenceCues, reasons };
      sentences[index] = quoted ? { ...sentence, quoted: true } : sentence;
    }
    posts[post] = { sentences, stance };
  }
  return posts;
}

function list<T>(count: number, read: () => T): T[] {
  const items: T[] = new Array(count);
  for (let index = 0; index < count; index++) items[index] = read();
  return items;
}
