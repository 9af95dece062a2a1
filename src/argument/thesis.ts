// A post's thesis: which of its sentences is its point, read from how the writer puts it (their own verdict,
// a signpost, no grant or restatement of the other's view). ArgumentThread.thesisOf caches it per post.
import type { Post } from '../model.js';
import { isFragment, signpostsThesis } from './arguable.js';
import { has } from './thread.js';
import { countWords, squash } from './words.js';

/** The writer's verdict: "I think…", "I don't think…", "I doubt…"; after a grant, "…, but I think…". */
const VERDICT = /\bi (?:(?:do not|don.t) )?(?:think|believe|contend|maintain|argue|doubt)\b/;
const VERDICT_AFTER_TURN = new RegExp(String.raw`\bbut ${VERDICT.source}`);

const GRANTED_BACKGROUND = /^(of course|sure|granted|admittedly|obviously|to be fair|yes)\b/i;

/** Openings that report the other writer's view rather than the writer's: "you believe", "you're saying". */
const RESTATES_OTHER = /\byou (?:believe|think|seem to think|say|said|are saying|mean|meant|argue|are arguing|claim|suggest)\b/;

/** The first `count` words of a squashed text. */
function firstWords(words: string, count: number): string {
  let end = -1;
  for (let n = 0; n < count; n++) if ((end = words.indexOf(' ', end + 1)) < 0) return words;
  return words.slice(0, end);
}

/** A post's thesis: its most assertive claim (one citing its evidence too), not a question, a grant of the other's point or a fragment (see ArgumentThread.thesisOf). */
export function findThesis(post: Post): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  post.sentences.forEach((sentence, i) => {
    if (sentence.quoted || !has(sentence, 'claim') || has(sentence, 'question') || isFragment(sentence)) return;
    const words = squash(sentence.text);
    // The writer's own verdict ("This I think puts X in violation", "Others did great work but I think…") leads the sentence or follows a turn; asides trail.
    const verdict = VERDICT.test(firstWords(words, 5)) || VERDICT_AFTER_TURN.test(words) ? 0.3 : 0;
    // "Of course…", "Sure, …" grant the background the thesis then builds on; "I agree with the claim that…" grants the other's.
    const background = GRANTED_BACKGROUND.test(sentence.text) || has(sentence, 'agreement') ? 0.3 : 0;
    // "I am now thinking you believe X": the other's view restated, to be answered, not the writer's own.
    const restates = RESTATES_OTHER.test(firstWords(words, 8)) ? 0.5 : 0;
    // "My main critique is that…", "I deny that…": the writer says which sentence is the point.
    const signposted = signpostsThesis(sentence.text) ? 1 : 0;
    const score = sentence.confidence * Math.min(1, countWords(sentence.text) / 25) + verdict + signposted - background - restates - (has(sentence, 'hedge') ? 0.1 : 0) - i * 0.01;
    if (score > bestScore) { bestScore = score; best = i; }
  });
  return best;
}
