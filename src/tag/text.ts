// A post's text → tagged sentences. Beyond one sentence at a time:
// - "X. But Y." / "X. However, Y." / "X. Still, Y.": the sentence before, in the same paragraph, is what the
//   writer grants (a "But" opening a paragraph answers more than the last sentence);
// - a sentence opening with "But…", "However…", "That said…" right after a concession or agreement is the
//   writer's objection to what they just granted; in a reply the sentence before is granted only when it
//   holds the other side's position (rules/contrast-sides.ts: "you", "true", "say", the parent's terms), and in
//   conversation it carries a mark of granting as X in "X, but Y" does (grants.ts: "That may be so. But…");
// - a "> " line is quoted from someone else and is marked so.
import type { Sentence } from '../model.js';
import type { ParentView, ReadSentence } from './parent.js';
import { holdsOtherSide, isGrantedBeforeContrast } from './rules/contrast-sides.js';
import { DISPLAY_THRESHOLD, scoreSignals, toSentence, type TagScore } from './score.js';
import { isConversation } from './register.js';
import { sentenceSignals } from './sentence.js';
import { hasSignal, type Signal } from './signal.js';
import { splitSentences } from './split.js';
import { tokenize, type Tokens } from './tokens.js';
import { contrastAfterConcessionCue, GRANTED_BEFORE_BUT } from './shape-cues.js';

// Before the marker: an opening quotation mark or bracket, and spoken fillers ("Um but it was…").
const LEAD = String.raw`^[\s"'“‘(]*(?:(?:um|uh|oh|well|and|so),?\s+)*`;
const OPENING_CONTRAST = new RegExp(`${LEAD}(but|however|that said|having said that|still|yet|then again|even so|on the other hand|though)\\b`, 'i');
const OPENING_BUT = new RegExp(`${LEAD}(?:(?:but|however|nevertheless|nonetheless|even so|yet)\\b|still,)`, 'i');
/** "But if you batch them, …", "However, when…", "But now, …": a contrasting scenario or time, which grants nothing before it. */
const OPENING_SCENARIO = new RegExp(`${LEAD}(?:but|however),?\\s+(?:if|when|whenever|unless|since|once|now|today|nowadays|these days)\\b`, 'i');

interface Draft { raw: string; body: string; quoted: boolean; tokens: Tokens; signals: Signal[]; startsLine: boolean }

/** Tagged sentences with each one's split text and tokens, so a post's replies (parentView) and its own
 * stance reuse them instead of splitting and tokenising the text again. */
export interface TaggedText { sentences: Sentence[]; read: ReadSentence[] }

/** Per sentence: does it start a new line of the text? A "But …" there answers a line before, not the sentence before. */
function lineStarts(text: string, sentences: readonly string[]): boolean[] {
  let from = 0;
  return sentences.map((sentence) => {
    const probe = sentence.slice(0, 20);
    const at = text.indexOf(probe, from);
    if (at < 0) return false;
    const starts = at === 0 || text.lastIndexOf('\n', at) >= from;
    from = at + probe.length;
    return starts;
  });
}

function grants(scores: readonly TagScore[]): boolean {
  return scores.some((score) => (score.tag === 'concession' || score.tag === 'agreement') && score.confidence >= DISPLAY_THRESHOLD);
}

const isQuestion = (signals: readonly Signal[]) => hasSignal(signals, 'question');

/** `parent`: the post this text replies to (see readParent), read against the text's own sentences. */
export function tagText(text: string, parent?: ParentView): Sentence[] {
  return tagTextRead(text, parent).sentences;
}

export function tagTextRead(text: string, parent?: ParentView): TaggedText {
  const raws = splitSentences(text);
  const starts = lineStarts(text, raws);
  const bodies = raws.map((raw) => {
    const quoted = raw.startsWith('> ');
    const body = quoted ? raw.slice(2) : raw;
    return { raw, body, quoted, tokens: tokenize(body) };
  });
  const conversation = isConversation(bodies.map(({ tokens }) => tokens.words), parent !== undefined);
  const drafts: Draft[] = bodies.map(({ raw, body, quoted, tokens }, index) => {
    // A reply's first own sentence, or the first after a quoted passage, is where it answers what it replies to.
    const opening = !quoted && (index === 0 || raws[index - 1]!.startsWith('> '));
    return { raw, body, quoted, tokens, signals: sentenceSignals(body, quoted ? undefined : parent, tokens, opening, conversation), startsLine: starts[index]! };
  });
  // Scores in the sentence's own words; a sentence that gains a signal from its neighbour is scored again.
  const scores: (TagScore[] | null)[] = drafts.map((draft) => scoreSignals(draft.signals));
  const grantedInWords = scores.map((score) => grants(score!));
  drafts.forEach((draft, index) => {
    const previous = drafts[index - 1];
    if (!previous || draft.quoted || previous.quoted) return;
    const opening = OPENING_CONTRAST.exec(draft.body);
    if (opening && grantedInWords[index - 1] && !hasSignal(draft.signals, 'disagreement')) {
      draft.signals.push({ tag: 'disagreement', cue: contrastAfterConcessionCue(opening[1]!.toLowerCase()), weight: 0.65, at: 0 });
      scores[index] = null;
    }
    // In a reply, what "But" answers is granted only when it holds the other side's position (as for "X, but Y");
    // checked last, since it stems the sentence's words.
    // Without words that grant, the sentence before carries a mark of granting, as X in "X, but Y" does.
    if (!draft.startsLine && OPENING_BUT.test(draft.body) && !isQuestion(previous.signals) && !isQuestion(draft.signals) && !OPENING_SCENARIO.test(draft.body)
      && (grantedInWords[index - 1] || (isGrantedBeforeContrast(previous.tokens.words, conversation) && (!parent || holdsOtherSide(previous.tokens.words, parent))))) {
      previous.signals.push({ tag: 'concession', cue: GRANTED_BEFORE_BUT, weight: 0.5, at: 0 });
      scores[index - 1] = null;
    }
  });
  const sentences = drafts.map(({ body, quoted, signals }, index) => {
    const sentence = toSentence(body, scores[index] ?? scoreSignals(signals));
    return quoted ? { ...sentence, quoted: true } : sentence;
  });
  return { sentences, read: drafts.map(({ raw, tokens }) => ({ raw, tokens })) };
}
