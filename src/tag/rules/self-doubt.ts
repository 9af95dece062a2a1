// What a writer says about their own confidence is a hedge, not a position on anyone's point: "X, but I
// could be wrong" and "X, though I hold that loosely" doubt X rather than deny it; "Not sure, but I think
// X" and "This might be an unpopular take, but X" disclaim before stating X. Neither side of such a
// "but" grants a point to anyone, so contrast and concessive rules leave these sentences alone.

/** A clause that only doubts the writer: read on the words right after the contrast marker. */
const DOUBTS_SELF = new RegExp('^(?:, )?(?:' + [
  'i (?:could|might|may) (?:well |also |just |easily |totally |very well )?be (?:wrong|mistaken|misremembering|misreading)',
  '(?:that is |it is |this is )?(?:just )?my (?:\\d+|two) cents', '(?:that is |it is )?just my (?:opinion|take|experience)', 'fwiw',
  // "I'm not sure" ends the clause: "I'm not sure that's right" doubts the other writer instead.
  'i am (?:not|no longer) (?:personally )?(?:\\d+ % |very |that |too |entirely |fully |super |completely |totally )?(?:sure|certain|confident)(?: (?:of|about) (?:that|this|it))?(?= *(?:$|[,.;!)]))',
  // "…, but it's not clear whether it's worth pursuing": doubt about what to do next, not a grant.
  'it is (?:not (?:super |entirely |very |really |totally |at all )?clear|unclear) (?:to me )?(?:whether|if)',
  'i (?:hold|mean) (?:that|this|it) (?:loosely|lightly|tentatively)',
  'i would not (?:bet|put money|swear) (?:the house |the farm |my life |money )?on it',
  'i have not (?:checked|verified|tested|confirmed|dug into|looked into|read up on|seen|read|tried|used) ?(?:it|this|that)?',
  'take (?:it|this|that|all of this|this all) with a (?:grain|pinch) of salt',
  '(?:that|it) (?:might|may|could) (?:just )?be (?:me|my (?:taste|bias))', 'maybe (?:that is|it is) just me',
  'low confidence', 'who knows', 'correct me', 'i (?:honestly |really |genuinely |just )?do not (?:really |honestly |actually )?know', 'ymmv', 'happy to be corrected',
].join('|') + ')\\b');

/** An opening that is all disclaimer: read from the sentence's first content word up to the marker. */
const DISCLAIMS = new RegExp('^(?:' + [
  '(?:i am )?not (?:\\d+ % |totally |entirely |completely |super |that |very )?(?:sure|certain|confident)',
  '(?:i am )?not \\d+ % (?:on|about) (?:this|that|it)',
  '(?:i )?(?:could|might|may) be (?:totally |completely |way )?(?:wrong|mistaken|off|misremembering|misreading)(?: here)?',
  '(?:it |this |that )?(?:might|may|could) (?:just )?be (?:me|just me|my \\S+|an? (?:\\S+ )?thing)',
  '(?:disclaimer|full disclosure|disclosure|conflict of interest|coi) :.*',
  'not to be (?:that guy|that person|a pedant|pedantic)', 'i hate to be that (?:guy|person)', 'not to nitpick', 'no offen[cs]e(?: intended)?',
  '(?:this|that|it) (?:might|may|will|could|is going to) be (?:an? )?(?:unpopular|controversial|hot|spicy|minority|weird|dumb|stupid|naive|silly|bad)(?: (?:opinion|take|view|one|question))?',
  '(?:unpopular|controversial|hot) (?:opinion|take)',
  '(?:i am )?(?:probably|maybe|possibly|likely) overthinking (?:this|it)',
  'correct me if i am (?:wrong|mistaken)', 'take (?:this|it|that) with a (?:grain|pinch) of salt(?: since| because| as)?(?: \\S+){0,6}', '(?:i am )?(?:no|not an) expert', 'ianal', 'disclaimer', 'i have not (?:read|checked|tested)',
].join('|') + ')(?: (?:here|tbh|though|honestly|lol))?(?: ,)?$');

/**
 * An opening about the writer's own knowledge, memory or standing, or the reader's choice ("I don't know about
 * you, but…", "I can't remember, but…", "I'm sure you're aware of it, but…", "Hate to break it to you, but…",
 * "It's up to you, but…"): read from its start only, since what follows may run long. It prefaces the writer's
 * point and grants the other side nothing (LABELLING: self-doubt, "No offence, but").
 */
const PREFACES = new RegExp('^(?:' + [
  'i (?:honestly |really |just |genuinely )?(?:do not|can not|could not|did not|am not|have not) (?:\\S+ )?(?:know|remember|recall|sure|certain|say|tell|understand|up on|familiar)',
  'i am (?:sure|certain) you (?:are aware|know|have seen|have heard|realise|realize)',
  '(?:i )?hate to (?:break it to|say it|say this|be the one)',
  '(?:it is|that is) (?:up to you|your call|your choice)', '(?:this|that|it) is not my call',
].join('|') + ')\\b');

/** Do the words from `at` on only doubt the writer ("…, but I could be wrong")? */
export function doubtsSelf(words: readonly string[], at: number): boolean {
  return DOUBTS_SELF.test(words.slice(at, at + 8).join(' '));
}

/** Do the words from `from` up to `until` only disclaim ("Not sure, but …", "Could be wrong but …"), or preface
 * the writer's point with their own state ("I don't know about you, but …")? */
export function disclaims(words: readonly string[], from: number, until: number): boolean {
  const opening = words.slice(from, until).join(' ');
  return (until - from <= 12 && DISCLAIMS.test(opening)) || PREFACES.test(opening);
}
