/** Scraped text is untrusted: backslash-escape Markdown and HTML syntax, and keep it on one line. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]{}<>#|!~&]/g, '\\$&');
}
