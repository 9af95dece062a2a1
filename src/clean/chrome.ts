// Page furniture that pasted threads carry: vote counts, "Reply", "[-]", "3y", "Comments"…
// Kept in one table (readability's REGEXPS habit) so a new site's furniture is one line here.

/** Whole lines that are never post text. Matched against the trimmed line. */
export const FURNITURE_LINES: readonly RegExp[] = [
  /^(reply|share|report|permalink|save|saved|flag|edit|delete|parent|context|link|embed|hide|unhide|collapse|expand|vote|upvote|downvote|follow|unfollow|quote|cite|load more|more|see more|show more|read more|continue reading|give award|award|comments?|discussion|sign in|sign up|log in|login|subscribe|skip to (main )?content|back to top|top|next|previous|prev)$/i,
  /^(\[[-+–]\]|[↑↓▲▼△▽⬆⬇^]+|[-+]\d+|\d+)$/,                                  // collapse toggles, vote arrows, bare scores
  /^[-+]?\d+\s*(points?|pts|votes?|karma|likes?|upvotes?|comments?|replies|children)$/i,
  /^\d+\s*(points?|votes?|karma)\s*[·•|,]\s*\d+\s*(comments?|replies)$/i,
  /^(\d+\s*(more )?(repl(y|ies)|comments?)|load \d+ more( comments| replies)?|show \d+ more( comments| replies)?)$/i,
  /^no comments yet\.?( start the discussion\.?)?$/i,
  /^(be the first to comment|start the discussion)\.?$/i,
  /^·?\s*\d+\s*min(ute)?s?\s*read\b.*$/i,                                      // "· 7 min read Written by …"
  /^(posted|submitted|edited|updated)\s+(on\s+)?\S.{0,40}$/i,
  /^[^.!?]{0,50}\b\d+\s*([smhdwy]|mins?|hours?|days?|weeks?|months?|years?)\s+ago$/i,   // "Hacker News Grade 8 3h ago"
];

/** Furniture that opens a line before real text: "Listen to this post: I'm sympathetic…". */
export const FURNITURE_PREFIXES: readonly RegExp[] = [
  /^listen to this (post|article|episode)\s*:?\s*/i,
  /^(audio|narration) (version|available)\s*:?\s*/i,
];

/** A relative or absolute date standing alone: "3y", "2 days ago", "Mar 3, 2024", "2024-03-03 12:00". */
export const DATE_LINE = new RegExp(
  '^(' +
    [
      '\\d+\\s*(s|m|h|d|w|y|mo|min|mins|hr|hrs)',
      '\\d+\\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)(\\s+ago)?',
      '(a|an|one)\\s+(minute|hour|day|week|month|year)\\s+ago',
      '(yesterday|today|just now)',
      '[A-Z][a-z]{2,8}\\.? \\d{1,2}(st|nd|rd|th)?,? \\d{4}(,? (at )?\\d{1,2}:\\d{2}\\s*([AaPp][Mm])?)?',
      '\\d{1,2} [A-Z][a-z]{2,8}\\.? \\d{4}',
      '\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2})?Z?)?',
    ].join('|') +
    ')$',
);

/** "Name · 3y", "Name  2 days ago", "Name, Mar 3, 2024": an author header with its date. */
export const AUTHOR_DATE_LINE = /^(?<author>[\p{L}\p{N}_.\- ]{2,40}?)\s*(?:[·•|,\-–—]\s*)+(?<date>.{1,40})$/u;

/** "Alice wrote:", "On Mar 3, 2024, Alice wrote:", "Alice said:": a quote's header. */
export const WROTE_LINE = /^(?:on .{3,60},\s*)?(?<author>[\p{L}\p{N}_.\- ]{2,40}?)\s+(?:wrote|said|writes|says)\s*:$/iu;

/** Post separators in pasted mailing lists and exports. */
export const SEPARATOR_LINE = /^([-_*=~#]\s*){3,}$/;

export const isFurnitureLine = (line: string): boolean => FURNITURE_LINES.some((re) => re.test(line));

export function stripFurniturePrefix(line: string): string {
  return FURNITURE_PREFIXES.reduce((text, re) => text.replace(re, ''), line);
}
