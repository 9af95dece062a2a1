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
