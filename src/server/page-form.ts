// The map as the page needs it (`GET /api/maps/ID?form=page`): the document with the fields the page
// never reads left out. Each sentence's `cues` and `reasons` (a third of a big map's bytes, and most of
// its small objects, which is what JSON.parse spends its time on) become the one line the post panel
// shows on hover (`why`); the argument's links lose their `cues`. Everything else is as in threadmap/1;
// `GET /api/maps/ID` without the option still answers the whole threadmap/1 document.
import { describeSentence } from '../layout/sentence-reasons.js';
import type { MapDocument, Sentence } from '../model.js';

function leanSentence(sentence: Sentence): Omit<Sentence, 'cues' | 'reasons'> {
  const { cues: _cues, reasons: _reasons, ...kept } = sentence;
  return sentence.tags.length ? { ...kept, why: describeSentence(sentence) } : kept;
}

const withoutCues = <T extends { cues: string[] }>({ cues: _cues, ...kept }: T): Omit<T, 'cues'> => kept;

/** The document in its page form, as JSON. */
export function pageForm(doc: MapDocument): string {
  const posts = doc.posts.map((post) => ({ ...post, sentences: post.sentences.map(leanSentence) }));
  const { argument } = doc;
  const leanArgument = argument ? {
    argument: {
      ...argument,
      clashes: argument.clashes.map(withoutCues),
      concessions: argument.concessions.map(withoutCues),
      supports: argument.supports.map(withoutCues),
    },
  } : {};
  return JSON.stringify({ ...doc, posts, ...leanArgument });
}
