// Lines that assert nothing whatever their words: code and shell commands, bare links, headings, vote lines, the
// lead-in that announces what follows ("To delete the tag you would use:") and the header over a quoted post. On real threads these were a
// third of the sentences wrongly tagged as claims (code blocks and titles of Stack Overflow and forum
// pages, "Here's an example:" lines). They count against `claim` strongly; other tags read them as usual,
// except in code, whose words hedge and cite nothing of the writer's.
import type { Rule, Signal } from '../signal.js';

/** Characters of code and command lines that prose rarely has. */
const CODE_CHARS = /[{}[\]<>=$#|\\;~]|\(\)|--\w|::|\/\/|&&|\w\.\w+\(|^\s*(?:>|\$|#|\/\/)/g;
/** Links, all of them (for removing); `String.match`/`replace` with /g never read a stale lastIndex. */
const URLS = /(?:https?:\/\/|www\.)\S+/gi;
/** A line is code when code characters are dense: more than one per ten characters beyond a couple. */
const CODE_DENSITY = 0.05;
const COMMAND = /^\s*(?:try: |git|npm|pip|sudo|cd|ls|rm|mv|cp|curl|wget|python\d?|node|docker|apt(?:-get)?|brew|make|cargo|go|java|echo|export|from [\w.]+ import|import [\w.]+|def |class |print\(|return |var |let |const |function |#include)\b/;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'with', 'by', 'vs', 'from', 'as', 'is', 'it']);

/** Inline code in prose ("`try_send` is clearer") names code; the sentence around it is still prose. */
const INLINE_CODE = /`[^`]*`/g;

/** Shapes only code has, wherever they stand in a pasted line: a Python def, a shebang, a method on self, a decorator. */
/** A character each of those shapes has, found faster than the shapes themselves. */
const CODE_HINT = /[(!@]/;
const CODE_SHAPES = /\bdef \w+\([^)]*\)\s*:|^\s*#!\/|\bself\.\w+\(|(?:^|\s)@\w+\(/;

function isCode(text: string): boolean {
  if (COMMAND.test(text) || (CODE_HINT.test(text) && CODE_SHAPES.test(text))) return true;
  const marks = text.replace(INLINE_CODE, 'code').match(CODE_CHARS)?.length ?? 0;
  return marks >= 3 && marks / text.length > CODE_DENSITY;
}

/** Nothing but a link (and its label or footnote number): "[1] https://…", "https://youtube.com/…". */
const isBareLink = (text: string): boolean => text.match(URLS) !== null && text.replace(URLS, '').replace(/[\s[\]()\d.:,;-]/g, '').length < 12;

/** A title: no sentence end, and every word of substance capitalised ("Failed Attempts to Delete a Remote Branch"). */
function isHeading(text: string): boolean {
  if (/[.!?…"”)]\s*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  if (words.length < 2 || words.length > 14) return false;
  const capitalised = words.filter((word) => SMALL_WORDS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
  return capitalised.length === words.length && words.some((word) => !SMALL_WORDS.has(word.toLowerCase()));
}

/** "-[X] Greet Kyouko telepathically.": a vote line of a forum quest or poll, a choice, not an assertion. */
const isVoteLine = (text: string): boolean => /^\s*-*\s*\[[xX✓]\]/.test(text);

/** "A one-liner to delete both:", "Similarly, to delete the tag you would use:": it announces, the next line says. */
const isLeadIn = (text: string): boolean => /:\s*$/.test(text);

/**
 * "@ana said in Dark theme option:", "On Tue, Jan 7, Barry wrote:": the header a forum puts over a quoted post
 * credits the quote; it reports no support for anything, so it is no evidence either.
 */
const isQuoteHeader = (text: string): boolean => /^(?:on\b.{0,70}, )?@?[\p{L}\d_.' -]{1,40} (?:said|wrote|writes|posted)(?: in [^:]{1,80})?:\s*$/iu.test(text);

const against = (cue: string): Signal[] => [{ tag: 'claim', cue, weight: -0.9, at: 0 }];

export const formRule: Rule = ({ text }) => {
  if (isBareLink(text)) return against('a bare link');
  // Code's words are the program's, not the writer's: a "might" in do_something_that_might_error() doubts nothing.
  if (isCode(text)) return (['claim', 'hedge', 'evidence'] as const).map((tag) => ({ tag, cue: 'code or a command', weight: -0.9, at: 0 }));
  if (isHeading(text)) return against('a heading');
  if (isVoteLine(text)) return against('a vote line ([X] …)');
  if (isQuoteHeader(text)) return [...against('a quote header (… wrote:)'), { tag: 'evidence', cue: 'a quote header (… wrote:)', weight: -0.9, at: 0 }];
  if (isLeadIn(text)) return against('a lead-in (…:)');
  return [];
};
