// Concessions a reader would list (LABELLING.md): a grant to the other side or an owned mistake, in a reply
// to someone else, with who grants whom and the sentence granted when the text shows it. The tagger's
// concession tag is where we start; these are not concessions, whatever their wording:
// - naming a disagreement ("we have a disagreement about whether…"): a claim about the exchange;
// - self-doubt ("…, but I'm not confident of that", "This isn't my call, but…"): the writer's own limits;
// - a grant only inside parentheses, or in an aside opened as one ("Unrelated, …"); a joke; a restatement of
//   the other's view or of one's own.
// Agreement-worded grants ("You may well be right.", "Fair point") count inside a dispute, and so do
// owned mistakes ("Sorry, I should have phrased…"). Agreements that grant nothing are supports.
import type { Clash, Concession, Post, Sentence, Support } from '../model.js';
import { grantsByShape, isClauseContrast } from '../tag/shape-cues.js';
import { JOKE } from '../tag/no-position.js';
import { linkSentence } from './link.js';
import { copiesParent } from './opening.js';
import { has, repliedTo, type ArgumentThread } from './thread.js';
import { wordsOf } from './words.js';

export const NAMES_DISAGREEMENT = /\b(we|you and i) (still )?(have|had|seem to have|do have) (a|some|an?) ?(real |genuine |basic )?disagreement\b|\bwe (disagree|differ) (about|on|over|whether)\b|\bagree to disagree\b/i;
export const SELF_DOUBT = /\b(i('m| am) not (personally |that |really |entirely |fully )?(sure|confident|certain)|not (personally )?confident|i (don't|do not) (really |actually )?know|idk|dunno|(isn't|is not) my call|i am not up on|i could be wrong|i might be wrong|my guess|(if|unless) i('m| am) (not )?mistaken)\b/i;
/** "Here you granted that progress is gradual": the other's grant recalled, not the writer's own. */
const OTHERS_GRANT = /\b(?:you|he|she|they) (?:have |had |already |just )?(?:granted|conceded|admitted|agreed)\b/i;
const RESTATES = /^(i\.e\.|that is|to be clear|i am now thinking you|i think you (believe|mean|are saying))/i;
const OWNED_MISTAKE = /\b(i|we) should have (phrased|said|worded|been clearer|explained|written)|\bmy (mistake|bad|error)\b|\bi stand corrected\b|\bi was wrong\b|\byou('re| are) right, i\b|\bsorry (to be|for being|i was) (unclear|confusing)\b|\bsorry for the confusion\b|\bi (hadn't|had not|didn't|did not) (really )?consider(ed)?\b|\bi underestimated\b|\b(one|an|the) (error|mistake) i made\b|\bi (want to )?retract\b/i;
/** "Sorry, I should have phrased…", "my mistake": the writer owns an error, granting the other side that much. */
export const ownsMistake = (text: string): boolean => OWNED_MISTAKE.test(text.replace(/[’]/g, "'"));
const GRANT = /\b(you (may|might|could) (well )?be right|you('re| are) (right|correct)|fair (point|enough)|good point|point taken|(that|this|it) makes sense(?! (?:for|to|that|if|when|because)\b)|i('ll| will) grant|granted|i (can )?see your point|i (totally |fully |completely |do )?agree (with you )?that|i (don't|do not) dispute|i (will |must |have to )?(concede|admit))\b/i;
/**
 * Inside a dispute, agreeing in so many words grants the other side a point (LABELLING.md): "I agree.", "I
 * totally agree that…", "You're probably right.", "Yep that's right", "you've convinced me". Not a bare "Yes." or
 * "Okay." (an acknowledgement), "I don't agree", nor "agree to disagree".
 */
/**
 * "Yes, that can be a problem.", "Yeah that sounds like hell.": a yes the tagger reads as agreement that goes on
 * to say what it grants (a bare "Yes." only acknowledges; "Indeed, …" is emphasis).
 */
const YES_AND = /^\W*(?:yes|yeah|yep|yup|sure)\b(?=\W+(?:\S+\s+){2,}\S)/i;
const AGREES_IN_WORDS = /\b(?:i|we) (?:\w+ )?(?<!\b(?:not|n't|never|don't|doesn't) (?:\w+ )?)agree\b(?! to disagree)|^\W*agreed?\b|\byou(?:'re| are) (?:\w+ )?(?:right|correct)\b|\bthat(?:'s| is) (?:right|true|correct|fair)\b|\b(?:convinced|persuaded) me\b|\b(?:good|fair|valid|reasonable) point\b/i;
const NEGATED_AGREEMENT = /\b(?:not|\w+n't|never|cannot)\b(?:\s+\w+){0,3}?\s+agree\w*/gi;
/** What follows an agreement and narrows it: "…, but", "…, though", "with a caveat", "except". */
const WITH_CAVEAT = /\b(but|though|although|however|except|caveat|that said)\b/i;
/** "You may well be right.", "Fair point", "I agree that…": a grant in so many words. */
export const grantsInWords = (text: string): boolean => {
  const plain = text.replace(/[’]/g, "'");
  return GRANT.test(plain) || AGREES_IN_WORDS.test(plain);
};
const CONCESSIVE = /\b(but|though|although|even if|even though|nevertheless|granted|however|yet|admittedly|that said|still)\b/i;

/** "Unrelated, …", "Side note: …": a new point beside the exchange, granting the other nothing. */
const NEW_TOPIC = /^(unrelated(ly)?|on (an|a) (unrelated|different|other|side) note|side ?note|off[- ]topic|as an aside|by the way|btw)\b/i;
/** "Not just X, but Y" adds, it grants nothing (LABELLING.md: "but also" is no concession). */
const ADDITIVE = /\bnot (just|only|merely)\b[^.]*\bbut\b/i;
/**
 * Words on the granted side of a contrast ("X, but Y", "X, though") that make it a grant rather than a plain
 * contrast: a yes opening it, "that's true", "that makes sense", "I agree/see/understand", "you could be right", an emphatic
 * "it does matter". A bare "could" ("You could be a good singer but not be liked") or "OK" inside a clause
 * ("audiences are OK with…") grants nothing.
 */
const GRANT_SIDE = new RegExp([
  String.raw`^\W*(sure|true|right|fair|granted|agreed|yes|yeah|yep|ok(ay)?|indeed)\b`,
  String.raw`\b(that's|that is|it's|it is|this is|you're|you are) (true|right|correct|fair)\b`,
  String.raw`\b(that|this|it) makes (total |perfect )?sense\b`,
  String.raw`\b(i|we) (do |can |fully |totally )?(agree|see|understand|appreciate|grant|accept)\b`,
  String.raw`\b(sympathy|of course|admittedly|granted)\b|\b(good|fair|valid) point\b`,
  String.raw`\b(may|might|could) (well )?be (right|true|so|the case|correct)\b`,
  String.raw`\b(it|that|this|they|you) (does|do|did) (?!not\b)[a-z]+`,
].join('|'), 'i');

/** Does the passage repeat three words running of the other's text (`theirs`: squashed, a space either side)? */
function takesUp(passage: string, theirs: string): boolean {
  const words = wordsOf(passage);
  for (let i = 0; i + 3 <= words.length; i++) if (theirs.includes(` ${words.slice(i, i + 3).join(' ')} `)) return true;
  return false;
}

/** Concession cues that only set down background: "of course", "to be fair", "obviously". */
const BACKGROUND_CUE = /^(?:of course|to be fair|obviously)$/i;
/** The tagger's cue for the granted half of a contrast ("concession … but …"): it names the shape, not a grant. */
const CONTRAST_PART = /^concession … \w+ …$/;

const withoutAsides = (text: string) => text.replace(/\([^()]*\)/g, ' ');

/** Why a concession-tagged sentence is not a grant, or null when it is one. */
export function notAGrant(sentence: Sentence): string | null {
  const text = sentence.text.replace(/[’]/g, "'");
  if (NAMES_DISAGREEMENT.test(text)) return 'names a disagreement';
  if (SELF_DOUBT.test(text) && !GRANT.test(text)) return 'self-doubt';
  if (JOKE.test(text)) return 'a joke';
  if (RESTATES.test(text.trim()) || OTHERS_GRANT.test(text)) return 'restates a view';
  if (ADDITIVE.test(text)) return 'adds, grants nothing';
  if (NEW_TOPIC.test(text.trim())) return 'an aside';
  const outside = withoutAsides(text);
  if (/^\s*\(/.test(text) || (CONCESSIVE.test(text) && !CONCESSIVE.test(outside) && !GRANT.test(outside))) return 'an aside';
  return null;
}

function grantCue(thread: ArgumentThread, post: Post, sentence: Sentence, disputed: boolean, target: Post): string | null {
  const text = sentence.text.replace(/[’]/g, "'");
  // A line copied from the post answered, quotation marks or not, is the other's words, not the writer's grant.
  if (sentence.quoted || has(sentence, 'question') || copiesParent(thread, post, sentence)) return null;
  if (OWNED_MISTAKE.test(text)) return 'owns a mistake';
  // Outside a dispute only a grant said in so many words counts: "though", "still" alone concede nothing to anyone.
  if (has(sentence, 'concession') && (disputed || GRANT.test(text))) {
    if (notAGrant(sentence) !== null) return null;
    const cues = sentence.reasons.filter((r) => r.tag === 'concession').map((r) => r.cue);
    // "Of course things can change, but…", "To be fair, X was funded by Y": a fact set down as the ground of the
    // writer's own point or of a correction, granting the other side nothing (no reader listed one, dev, fresh7, fresh9).
    if (cues.some((cue) => BACKGROUND_CUE.test(cue)) && cues.every((cue) => BACKGROUND_CUE.test(cue) || CONTRAST_PART.test(cue)) && !GRANT.test(text)) return null;
    // A contrast read from the sentence's shape alone ("X, but Y", "…, though", "as though") is often no
    // grant: a grant shows it on its granted side, in a grant word, or, in "X, but Y", in the other's own
    // words taken up as X ("You can't just walk up, but…").
    const granted = text.split(/,?\s+but\s+/i)[0]!;
    // Words the writer sets in quotation marks are cited, not granted.
    const echoes = cues.some(isClauseContrast) && takesUp(granted.replace(/[“"][^”"]*[”"]/g, ' '), thread.postWordsOf(target));
    // A contrast that grants nothing by its shape may still agree in words ("Like I agree with the claim that…").
    if (!cues.every(grantsByShape) || GRANT_SIDE.test(granted) || echoes) return `concession (${cues[0] ?? 'tagged'})`;
  }
  // "I can't say I agree with…": an agreement denied a few words before it grants nothing.
  const affirmed = text.replace(NEGATED_AGREEMENT, ' ');
  const grant = affirmed.match(GRANT) ?? affirmed.match(AGREES_IN_WORDS) ?? (has(sentence, 'agreement') ? affirmed.match(YES_AND) : null);
  if (!grant || notAGrant(sentence) !== null) return null;
  if (disputed) return `grants in a dispute (${grant[0]})`;
  // Agreeing and then qualifying ("I mostly agree with you, with a caveat: …") grants a point while holding another.
  return WITH_CAVEAT.test(text.slice(grant.index! + grant[0].length)) ? `grants with a caveat (${grant[0]})` : null;
}

export interface Grants { concessions: Concession[]; supports: Support[] }

/**
 * A reply and the post it answers are in a dispute when the reply clashes with that post, or that post
 * objects to this writer (a grant answering an objection: "You may well be right."), or their two writers clash
 * anywhere in the thread (a grant in a later round of the same argument). A bystander agreeing with an objection
 * to someone else ("Agreed.") supports it; it grants nothing.
 */
function disputeTest(thread: ArgumentThread, clashes: readonly Clash[]): (post: Post, target: Post) => boolean {
  const pairs = new Set(clashes.map((c) => `${c.from.postId}>${c.to.postId}`));
  const objections = new Set(clashes.map((c) => `${c.from.postId}>${c.to.author}`));
  const clashing = new Set(clashes.map((c) => c.from.postId));
  const writers = new Set(clashes.filter((c) => c.from.author !== null && c.to.author !== null)
    .flatMap((c) => [`${c.from.author}>${c.to.author}`, `${c.to.author}>${c.from.author}`]));
  return (post, target) => {
    const me = thread.authorOf(post);
    if (pairs.has(`${post.id}>${target.id}`)) return true;
    if (me === null) return clashing.has(target.id);
    return objections.has(`${target.id}>${me}`) || writers.has(`${me}>${thread.authorOf(target)}`);
  };
}

export function findGrants(thread: ArgumentThread, clashes: readonly Clash[]): Grants {
  const concessions: Concession[] = [];
  const supports: Support[] = [];
  const inDispute = disputeTest(thread, clashes);
  /** Posts already holding a grant that points at no sentence. */
  const grantsToWholePost = new Set<string>();
  for (const post of thread.posts) {
    if (post.placeholder || post.parentId === null) continue;
    const me = thread.authorOf(post);
    const [target] = repliedTo(thread, post);
    if (!target) continue;
    const disputed = inDispute(post, target);
    post.sentences.forEach((sentence, index) => {
      const cue = grantCue(thread, post, sentence, disputed, target);
      const from = { postId: post.id, sentence: index, author: me };
      if (cue !== null) {
        const link = linkSentence(thread, post, index, target, false);
        // With nothing in the text pointing at what was granted, a post's several "though"s are one grant.
        if (link.sentence === null && grantsToWholePost.has(post.id)) return;
        if (link.sentence === null) grantsToWholePost.add(post.id);
        const to = { postId: target.id, sentence: link.sentence, author: thread.authorOf(target) };
        concessions.push({ id: `g${concessions.length + 1}`, from, to, text: sentence.text, cues: [cue, ...link.cues] });
      } else if (has(sentence, 'agreement') && !sentence.quoted) {
        const link = linkSentence(thread, post, index, target);
        supports.push({ id: `s${supports.length + 1}`, from, to: { postId: target.id, sentence: link.sentence, author: thread.authorOf(target) }, cues: link.cues });
      }
    });
  }
  return { concessions, supports };
}
