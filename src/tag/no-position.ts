// Sentences that state no position of the writer's, read from their plain text. Both the tagger's verdict
// reading (verdict.ts) and the argument stage (src/argument/arguable.ts, opening.ts) ask these; they are defined
// once, here (src/tag must not import from src/argument).
// - a joke: "lol", "/s", "FTFY" (a parody of the parent), a cheer ("DX12 FTW!"), an emoticon, or a line shouted in capitals;
// - narration: the writer telling what they do, feel or did ("I'm drunk right now", "Let me share a story with
//   you"): their life, not a position ("I think", "I believe" and other verdicts introduce a position and stay);
// - an instruction ("Don't forget to buy this", "Get back to work"): it asks, it asserts nothing;
// - at a reply's opening: an aside, a note on themselves, thanks, praise or approval of the other's point, a liking,
//   a wish beside it or a build-on.
import { negates } from './plain-negation.js';

export const JOKE = /\b(lol|lmao|rofl|haha\w*|jk|ftfy|ftw)\b|😂|🙂|;\)|:\)|\/s\b/i;

const OPENER = String.raw`^(?:(?:so|well|and|but|also|ok(?:ay)?|yeah|honestly|ah|oh|now|edit)\W+)*`;
const NARRATION = new RegExp(OPENER + String.raw`(?:i(?:'m| am)(?: \w+ly)? (?:drunk|high|tired|bored|sitting|waiting|going to bed|reading|watching|drinking|eating|studying|working|at work|at home|on my)\b`
  + String.raw`|i(?:'ve| have) been \w+ing\b|i (?:just )?(?:went|came|woke|spent|logged|refreshed|kept refreshing)\b|i (?:don't|do not) know what to (?:say|comment|do)\b`
  + String.raw`|let me (?:share|tell)\b|i know (?:it|this) sounds\b|my (?:grand\w+|mom|dad|mother|father|wife|husband|girlfriend|boyfriend|friend|kid|son|daughter|boss)\b)`, 'i');
const INSTRUCTION = new RegExp(OPENER + String.raw`(?:don't forget|do not forget|get back|go (?:back|to)|fill out|buy|try|remember to|make sure|stop|please|check out)\b`, 'i');

/** A line mostly in capitals is shouted: a joke or a taunt, not a position. */
function shouted(text: string): boolean {
  // ASCII text (most of it) is counted by character codes, without building its letters.
  let letterCount = 0;
  let capitals = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128) return shoutedUnicode(text);
    if (code >= 65 && code <= 90) { letterCount++; capitals++; } else if (code >= 97 && code <= 122) letterCount++;
  }
  return letterCount >= 12 && capitals / letterCount > 0.7;
}

function shoutedUnicode(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.7;
}

/** Why a sentence states no position (a joke, narration, an instruction), or null. */
export function notAPosition(sentence: string): string | null {
  const text = sentence.replace(/[’]/g, "'").trim();
  if (JOKE.test(text) || shouted(text)) return 'a joke';
  if (NARRATION.test(text)) return 'narration';
  if (INSTRUCTION.test(text)) return 'an instruction';
  return null;
}

/**
 * Openings that are no objection: the writer on themselves ("I'm only getting into this because…", "I am
 * familiar with both", "I know that…"; a verdict, "I think…", "I deny…", stays), a note or an aside ("Note:…",
 * "To be clear, …", "(I'll just talk about…)"), or a grant ("Obviously (and as you note)…", "I don't dispute…").
 */
const OPENS_ASIDE = /^(?:(?:so|well|and|also|ok(?:ay)?|yeah|honestly|ah|oh|fwiw|hmm|just)\W+)*(?:i(?:'m| am| was|'ve| have| had| know| just| might| may| will|'ll)\b|note\b|adding\b|to be clear\b|\(|obviously\b|of course\b|maybe you\b|i (?:don't|do not) dispute\b)/i;

/** Thanks, or praise of the writer ("You guys are brilliant and I can't be anything but thankful…"): no objection. */
const THANKS_OR_PRAISE = /\b(?:thanks?|thankful|grateful)\b|^\W*you(?: guys| all)?(?:'re| are) (?:\w+ )?(?:brilliant|awesome|amazing|great|wonderful|the best)\b/i;

/**
 * "In particular the first bullet point seems important and clear.", "Mononoke is AMAZING.", "Dang, COW registry
 * is pretty neat.", "Very wise comment", "I found it simply amazing": approval of the other's point or of the thing
 * discussed, no objection (unless it goes on to an exception: "The devices are amazing except for the keyboard").
 */
const APPROVES = /\b(?:(?:is|are|'s|seems?|looks?|sounds?|(?:find|found) (?:it|this|that|them)) (?:\w+ ){0,2}(?:important|clear|good|great|helpful|right|correct|interesting|useful|reasonable|fair|valid|true|amazing|awesome|neat|cool|lovely|nice|wonderful|impressive|beautiful|incredible|brilliant|excellent|fantastic)|^\W*(?:a |very |really |such a )+(?:great|good|wise|nice|brilliant|excellent|wonderful|fantastic|impressive)(?: \w+)?)\b/i;
const EXCEPTS = /\b(?:but|except|though|although|however)\b/i;
const approves = (text: string): boolean => {
  const approval = APPROVES.exec(text);
  return approval !== null && !negates(text) && !EXCEPTS.test(text.slice(approval.index + approval[0].length));
};

/** "I absolutely loved the film", "I also really like Urho3D": the writer's liking, no objection. */
const LIKES = /^(?:\w+\W+){0,2}?i (?:\w+ ){0,2}(?:love|loved|like|liked|enjoy|enjoyed|adore)\b/i;

/** "A Patreon would be cool", "it would be nice if…": a wish beside the other's point, no objection to it. */
const WISHES = /\b(?:would|'d) (?:\w+ )?be (?:so |really |very )?(?:cool|nice|lovely|great|awesome|good|neat)\b/i;

/** "To build on this, …", "While they are at it, …": the reply adds to the other's point. */
const BUILDS_ON = /^\W*(?:to build on|building on|adding to|to add to|on top of (?:that|this)|while (?:they|we|you)(?:'re| are) at it|similarly|likewise)\b/i;

/** A reply's opening that states no position of the writer's: an aside, a note on themselves, thanks, praise, approval, a liking, a wish or a build-on. */
export const statesNoPosition = (text: string): boolean => {
  const plain = text.replace(/’/g, "'");
  return OPENS_ASIDE.test(plain) || THANKS_OR_PRAISE.test(plain) || approves(plain) || (LIKES.test(plain) && !negates(plain))
    || WISHES.test(plain) || BUILDS_ON.test(plain);
};
