/** Scraped text is untrusted: backslash-escape Markdown and HTML syntax, and keep it on one line. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]{}<>#|!~&]/g, '\\$&');
}

/** An http(s) address as a link; anything else (a `javascript:` or `data:` URL in a saved file) as inert text. */
export function mdUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : `\`${url.replace(/[`\s]+/g, ' ')}\``;
}
