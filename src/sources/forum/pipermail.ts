// Mailman's pipermail archives: one page per message. The sender in <B>, the date in <I>, the body in a
// <PRE> between <!--beginarticle--> and <!--endarticle-->, with quoted lines written "> " (pipermail
// italicises them). The "On …, X wrote:" line before a quote says whose words they are; text after a
// "-- " line is a signature and after a row of underscores the list's footer.
import { load, type CheerioAPI } from 'cheerio';
import type { Quote, RawPost } from '../../model.js';
import { isoFromForumDate } from './dates.js';

export const isPipermailMessage = (html: string) => html.includes('<!--beginarticle-->');

const QUOTE_LINE = /^\s*>/;
const ATTRIBUTION = /(?:wrote|writes|said)\s*:\s*$/i;
const SIGNATURE = /^--\s?$/;
const LIST_FOOTER = /^_{20,}\s*$/;

/** "On Tue, Mar 3, 2009 at 12:00 PM, Alice Smith <alice at example.org> wrote:" → "Alice Smith". */
function attributedAuthor(line: string): string | null {
  const before = line.replace(ATTRIBUTION, '').replace(/<[^>]*>|\(?\S+ at \S+\)?|\S+@\S+/g, '').trim();
  const name = before.split(',').at(-1)?.trim() ?? '';
  return name.length > 0 && name.length <= 60 ? name : null;
}

/** The "On …, X wrote:" line (wrapped over two at most) ending the lines before a quote: taken out of them. */
function takeAttribution(lead: string[]): string | null {
  const last = lead.length - 1;
  if (last < 0 || !ATTRIBUTION.test(lead[last]!)) return null;
  const start = last > 0 && /^On\b/i.test(lead[last - 1]!) && !/^On\b/i.test(lead[last]!) ? last - 1 : last;
  return lead.splice(start).join(' ');
}

/** Lines of the body before its signature and the list footer. */
function ownLines(body: string): string[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line) => SIGNATURE.test(line) || LIST_FOOTER.test(line));
  return end === -1 ? lines : lines.slice(0, end);
}

/** Body → paragraphs (hard-wrapped lines joined) and first-level quotes; deeper quotes belong to older messages. */
export function splitMailBody(body: string): { text: string; quotes: Quote[] } {
  const paragraphs: string[][] = [[]];
  const quotes: Quote[] = [];
  let quoted: string[] | null = null;
  for (const line of ownLines(body)) {
    if (QUOTE_LINE.test(line)) {
      if (quoted === null) {
        const attribution = takeAttribution(paragraphs.at(-1)!);
        quoted = [];
        quotes.push({ text: '', postId: null, ...(attribution ? { author: attributedAuthor(attribution) } : {}) });
      }
      const unquoted = line.replace(QUOTE_LINE, '');
      if (!QUOTE_LINE.test(unquoted) && unquoted.trim()) quoted.push(unquoted.trim());
      quotes.at(-1)!.text = quoted.join(' ');
      continue;
    }
    quoted = null;
    if (line.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1)!.push(line.trim());
  }
  const text = paragraphs.filter((lines) => lines.length > 0).map((lines) => lines.join(' ')).join('\n\n');
  return { text, quotes: quotes.filter((quote) => quote.text.length > 0) };
}

/** The message's archive number: the anchor its "[ thread ]" link points at (thread.html#13911). */
export const messageNumber = ($: CheerioAPI) => /#(\d+)$/.exec($('a[href^="thread.html#"]').attr('href') ?? '')?.[1] ?? null;

export interface MailMessage {
  post: RawPost;
  /** The Message-ID it answers, from the reply link pipermail prints. */
  inReplyTo: string | null;
}

export function readMailMessage(html: string, url: string | null): MailMessage {
  const $ = load(html);
  const article = /<!--beginarticle-->([\s\S]*?)<!--endarticle-->/.exec(html)?.[1] ?? '';
  const { text, quotes } = splitMailBody(load(article).text());
  const mailto = $('a[href^="mailto:"]').first().attr('href') ?? '';
  const inReplyTo = /[?&]In-Reply-To=([^&]+)/i.exec(mailto)?.[1];
  const post: RawPost = {
    id: messageNumber($) ?? /(\d+)\.html$/.exec(url ?? '')?.[1] ?? '1',
    parentId: null,
    author: $('b').first().text().replace(/\s+/g, ' ').trim() || null,
    createdAt: isoFromForumDate($('i').first().text()),
    score: null, url, title: $('h1').first().text().replace(/\s+/g, ' ').trim() || null, text, quotes,
  };
  return { post, inReplyTo: inReplyTo ? decodeURIComponent(inReplyTo).replace(/^<|>$/g, '') : null };
}
