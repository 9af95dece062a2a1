// How a paragraph of pasted text shows it answers someone: acknowledgement formulas, addressing
// "you", pointing at the other's points. Each pattern anchors at the paragraph's start.

export const REPLY_OPENERS: readonly RegExp[] = [
  // acknowledgements and reactions: one-word ones only when punctuation follows ("No one knows" is no reply)
  /^(ok(ay)?|cool|sure|yes|yeah|yep|no|nope|right|exactly|indeed|true|agreed|interesting|hmm+|huh|lol|haha|wow|same|this|fair)\s*[,.!:;)-]/i,
  /^(thanks|thank you|thx|sorry|apologies|fair (enough|point)|good (point|question|catch)|great (point|question)|i (do |kind of |mostly )?(agree|disagree)|not really|\+1)\b/i,
  /^(that|this|it) (makes|doesn't make|does not make) sense\b/i,
  /^(i see|i understand|i hear you|point taken|noted|got it|nothing more to add)\b/i,
  // addressing the other person
  /^(you|you're|you've|you'd|your)\b/i,
  /^(as you (say|said|note|noted|point out|pointed out)|like you said)\b/i,
  /^i (don't|do not) (really )?(understand|follow|get|see) (your|what you|why you|how you)\b/i,
  /^there (are|is) (a number of|some|several|a few|many) (things|points|claims|parts) (you|in your)\b/i,
  /^(to|on|re:?|regarding|about) your (first|second|third|last|main|other)?\s*(point|question|comment|claim|argument)\b/i,
  /^(in particular|regarding|re:?|as for|on) the (first|second|third|last|main|other) (bullet )?(point|question|claim|argument|paragraph)\b/i,
  /^@[\p{L}\p{N}_.-]+/u,
];

export function opensReply(text: string): boolean {
  const start = text.trimStart().slice(0, 120);
  return REPLY_OPENERS.some((re) => re.test(start));
}

// Openings that show a second person answering (not a speaker going on): a grant or thanks for something
// the other said, an apology for one's own earlier words, pointing at the other's points, "you can't…".
// "You'll use evidence…" in a talk addresses an audience, and a bare "Thank you." closes a talk: neither counts.
export const ANSWERS_ANOTHER: readonly RegExp[] = [
  /^(ok(ay)?|cool|sure|fair|right|yes|yeah|no),? (cool|fair|sure|thanks|i see|but|that)\b/i,
  /^(sorry|apologies),? i\b/i,
  /^(thanks|thank you|much appreciated)[^.!?]{0,20}\bfor\b/i,
  /^(that|this|it) (makes|doesn't make|does not make) sense\b/i,
  /^(fair (enough|point)|good (point|catch)|point taken|i stand corrected|nothing more to add)\b/i,
  /^i (do |mostly |partly )?(agree|disagree)\b/i,
  /^(you're|you are|you) (wrong|right|mistaken|can't|cannot|don't|didn't|aren't|won't|say|said|claim|seem to (think|assume))\b/i,
  /^(as you (say|said|note|point out)|like you said)\b/i,
  /^i (don't|do not) (really )?(understand|follow|get|see) (your|what you|why you|how you)\b/i,
  /^there (are|is) (a number of|some|several|a few|many) (things|points|claims) (you|in your)\b/i,
  /^(in particular|as for|regarding|re:?) the (first|second|third|last|main) (bullet )?(point|question|claim|argument)\b/i,
  /^@[\p{L}\p{N}_.-]+/u,
];

export function answersAnother(text: string): boolean {
  const start = text.trimStart().replace(/[’]/g, "'").slice(0, 120);
  return ANSWERS_ANOTHER.some((re) => re.test(start));
}
