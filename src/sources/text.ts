// Pasted text → paragraphs with what the text itself says about them: `> ` quotes, author/date headers,
// separators. Page furniture is dropped (and counted). The posts are rebuilt from them by the dedup stage
// (src/dedup/pasted.ts).
import {
  AUTHOR_DATE_LINE, DATE_LINE, isFurnitureLine, SEPARATOR_LINE, stripFurniturePrefix, WROTE_LINE,
} from '../clean/chrome.js';
import { canonicalText } from '../clean/normalize.js';
import { counted, diagnostic } from '../diagnostics.js';
import type { Diagnostic, RawThread, TextParagraph } from '../model.js';

export interface ParsedText {
  paragraphs: TextParagraph[];
  diagnostics: Diagnostic[];
}

interface Line { number: number; text: string }

const BULLET = /^\s*([*•\-–]|\d+[.)])\s+/;

/**
 * Paragraph per line, unless the text is hard-wrapped (e-mail style: blank-line blocks whose lines run on),
 * in which case each block is a paragraph. Bullets always start a paragraph.
 */
function groupLines(lines: Line[]): Line[] {
  const blocks: Line[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') { if (blocks.at(-1)!.length) blocks.push([]); } else blocks.at(-1)!.push(line);
  }
  const inner = blocks.flatMap((block) => block.slice(0, -1));
  const runOn = inner.filter((line) => line.text.length >= 40 && line.text.length <= 100 && !/[.!?:"')\]]\s*$/.test(line.text));
  const hardWrapped = inner.length >= 3 && runOn.length / inner.length >= 0.6;
  if (!hardWrapped) return lines.filter((line) => line.text.trim() !== '');
  return blocks.flatMap((block) => {
    const merged: Line[] = [];
    for (const line of block) {
      const last = merged.at(-1);
      if (last && !BULLET.test(line.text) && !line.text.startsWith('>')) last.text += ` ${line.text.trim()}`;
      else merged.push({ ...line });
    }
    return merged;
  });
}

/** Parse pasted text. Pure: the same text always gives the same paragraphs. */
export function parseText(text: string): ParsedText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line, i) => ({ number: i + 1, text: line.trimEnd() }));
  const paragraphs: TextParagraph[] = [];
  const furniture: number[] = [];
  let header: { author: string | null; createdAt: string | null } | null = null;
  let quotedAuthor: string | null = null;
  let separated = false;
  const grouped = groupLines(lines);
  for (let i = 0; i < grouped.length; i++) {
    const { number, text: rawLine } = grouped[i]!;
    const line = canonicalSpaces(rawLine);
    const next = grouped[i + 1] ? canonicalSpaces(grouped[i + 1]!.text) : '';
    if (SEPARATOR_LINE.test(line)) { separated = true; continue; }
    const wrote = WROTE_LINE.exec(line);
    if (wrote) { quotedAuthor = wrote.groups!.author!.trim(); continue; }
    const byline = AUTHOR_DATE_LINE.exec(line);
    if (byline && DATE_LINE.test(byline.groups!.date!.trim())) {
      header = { author: byline.groups!.author!.trim(), createdAt: null };
      continue;
    }
    if (DATE_LINE.test(line)) { header ??= { author: null, createdAt: null }; furniture.push(number); continue; }
    if (isFurnitureLine(line)) { furniture.push(number); continue; }
    if (isNameLine(line) && DATE_LINE.test(next)) { header = { author: line, createdAt: null }; continue; }
    const body = stripFurniturePrefix(line);
    if (body !== line && body === '') { furniture.push(number); continue; }
    const quoted = body.startsWith('>');
    const paragraphText = quoted ? body.replace(/^(>\s?)+/, '') : body;
    if (!paragraphText.trim()) continue;
    paragraphs.push({
      line: number, text: ownText(paragraphText), quoted, quotedAuthor: quoted ? quotedAuthor : null,
      author: header?.author ?? null, createdAt: header?.createdAt ?? null, startsPost: header !== null || separated,
    });
    if (!quoted) quotedAuthor = null;
    header = null;
    separated = false;
  }
  const diagnostics = furniture.length
    ? [diagnostic('clean', 'info', `Dropped ${counted(furniture.length, 'line')} of page furniture (vote counts, "Reply", dates).`,
      `lines ${furniture.slice(0, 20).join(', ')}${furniture.length > 20 ? ', …' : ''}`)]
    : [];
  return { paragraphs, diagnostics };
}

const canonicalSpaces = (line: string) => line.replace(/[\t\u00a0]+/g, ' ').trim();

/**
 * A paragraph's text as a string of its own. Lines split from the pasted text are slices sharing its characters:
 * any one paragraph kept to the end (a post's text, its sentences) kept the whole pasted text alive beside the
 * posts' own joined texts (33 MB at 100k paragraphs). Sliced after a prepended space, V8 copies the characters once.
 */
const ownText = (text: string) => ` ${text}`.slice(1);

/** A user name standing alone: one to three words, no sentence punctuation. */
function isNameLine(line: string): boolean {
  return line.length <= 40 && /^[\p{L}\p{N}_.\-]+( [\p{L}\p{N}_.\-]+){0,2}$/u.test(line) && !/[.!?]$/.test(line);
}

/** Pasted text → its paragraphs as read; the title is the first line the writer wrote (not a quote). */
export function readText(text: string, url: string | null = null, now: Date = new Date()): RawThread {
  const { paragraphs, diagnostics } = parseText(text);
  const opening = paragraphs.find((paragraph) => !paragraph.quoted);
  return {
    source: { kind: 'text', url, title: opening ? firstLine(opening.text) : null, retrievedAt: now.toISOString() },
    posts: [],
    paragraphs,
    diagnostics,
    inputCount: paragraphs.length,
  };
}

function firstLine(text: string): string {
  const line = canonicalText(text.split('\n')[0] ?? '');
  return line.length > 80 ? `${line.slice(0, 77).replace(/\s+\S*$/, '')}…` : line;
}
