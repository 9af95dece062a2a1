// Text normalisation for comparing passages: two scrapes of one comment differ in quote marks,
// dashes, non-breaking spaces, Unicode composition and case, never in words.

const QUOTE_LIKE = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212]/g;
const ASCII = /^[\x00-\x7f]*$/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Same characters a reader sees, in one canonical spelling; keeps case and punctuation. */
export function canonicalText(text: string): string {
  // NFKC is the costly step and changes nothing in ASCII, which most forum text is.
  return (ASCII.test(text) ? text : text.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(QUOTE_LIKE, "'")
    .replace(DOUBLE_QUOTE_LIKE, '"')
    .replace(DASH_LIKE, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

/** Lower-case words of a passage, punctuation dropped: the unit of comparison for dedup. */
export function comparableWords(text: string): string[] {
  return canonicalText(text).toLowerCase().match(WORD) ?? [];
}
