// Text → sentences, in one left-to-right pass (a 2 MB line costs one scan, never a rescan per sentence).
// A line break ends a sentence unless the next line goes on in lower case (a hard-wrapped paste);
// bullets and "> " quote lines are always their own lines. Inside a line, ".", "!", "?" and "…" end a
// sentence when followed by a space, except after abbreviations ("e.g.", "Dr.", "U.S."), initials, or
// before a lower-case word. Decimals (3.5) and URLs never have a space after their dots.

/** Abbreviations that never end a sentence: what follows is part of the same one. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'vs', 'cf', 'al', 'viz', 'approx', 'ca', 'resp', 'incl', 'esp',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'capt', 'lt', 'col', 'sgt', 'mt', 'ft', 'rev', 'hon',
]);
/** Abbreviations that stand before a number ("No. 5", "Fig. 2", "Jan. 3"). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'fig', 'figs', 'vol', 'pp', 'p', 'ch', 'sec', 'eq', 'art', 'para', 'ver', 'v',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** A long run with no sentence end (a pasted log, a 2 MB line) is cut near this many characters. */
export const MAX_SENTENCE_CHARS = 1000;

const LINE_START_MARKER = /^\s*(?:[-*•+‣◦▪]\s+|\d{1,3}[.)]\s+|>+\s?)/;
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)/g;
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of joinWrappedLines(text)) {
    for (const sentence of splitLine(line)) pushBounded(sentences, sentence);
  }
  return sentences;
}

/** Lines of the text, with hard-wrapped continuations (next line starts in lower case) joined back. */
function joinWrappedLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') { lines.push(''); continue; }
    const previous = lines.length > 0 ? lines[lines.length - 1]! : '';
    const continues = previous !== '' && /^\p{Ll}/u.test(line) && !LINE_START_MARKER.test(line);
    if (continues) lines[lines.length - 1] = `${previous} ${line}`;
    else lines.push(line);
  }
  return lines.map((line) => line.replace(LINE_START_MARKER, (marker) => (marker.trim().startsWith('>') ? '> ' : '')))
    .filter((line) => line !== '' && line !== '>');
}

function splitLine(line: string): string[] {
  const quotePrefix = line.startsWith('> ') ? '> ' : '';
  const body = quotePrefix ? line.slice(2) : line;
  const parts: string[] = [];
  let start = 0;
  // Whether body[start, scanned) holds a letter or digit: marks alone ("?! ?! ?!") never make a sentence,
  // or a 1 MB run of them would be 350,000 sentences to tag. Each stretch is scanned once.
  let scanned = 0;
  let hasWord = false;
  for (const match of body.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (!hasWord) hasWord = WORD_CHAR.test(body.slice(scanned, end));
    scanned = end;
    if (!hasWord || !endsSentence(body, match.index, match[0], end)) continue;
    parts.push(body.slice(start, end).trim());
    start = end;
    hasWord = false;
  }
  parts.push(body.slice(start).trim());
  return parts.filter((part) => part !== '').map((part) => quotePrefix + part);
}

function endsSentence(body: string, at: number, mark: string, end: number): boolean {
  const next = nextVisibleChar(body, end);
  if (/\p{Ll}/u.test(next)) return false;
  if (!mark.startsWith('.') || mark.startsWith('..')) return true;
  const word = wordBefore(body, at);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) || DOTTED_INITIALS.test(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. R. Smith"
  if (BEFORE_NUMBER.has(lower) && /\d/.test(next)) return false;
  return true;
}

/** The first non-space character at or after `from`: a scan, not a slice (slices would make long lines quadratic). */
function nextVisibleChar(body: string, from: number): string {
  let at = from;
  while (at < body.length && /\s/.test(body.charAt(at))) at++;
  return body.charAt(at);
}

/** The word just before position `at` (back to a space or an opening bracket), at most 20 characters. */
function wordBefore(body: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 20 && !/[\s(["'“‘]/.test(body.charAt(from - 1))) from--;
  return body.slice(from, at);
}

/** Cut a sentence longer than MAX_SENTENCE_CHARS at spaces, preferring just after a comma or semicolon. */
function pushBounded(sentences: string[], sentence: string): void {
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    const window = rest.slice(0, MAX_SENTENCE_CHARS);
    const clause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    const space = window.lastIndexOf(' ');
    const cut = clause > MAX_SENTENCE_CHARS / 2 ? clause + 1 : space > 0 ? space : MAX_SENTENCE_CHARS;
    sentences.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') sentences.push(rest);
}
