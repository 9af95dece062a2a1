// Bytes from a file or standard input → text, with the checks a user needs before any parsing:
// nothing there, too large, not text at all. Charset decoding is the fetch layer's (one decoder for both).
import { ThreadmapError } from '../errors.js';
import { diagnostic } from '../diagnostics.js';
import { decodeBody } from '../fetch/charset.js';
import type { Diagnostic } from '../model.js';

/**
 * Larger inputs get a clear error instead of minutes of work. 64 MiB holds about 200,000 pasted paragraphs:
 * twice the 100,000 of `npm run bench` (32.1 MiB).
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const SNIFF_BYTES = 8192;

export interface DecodedInput {
  text: string;
  /** Said when the bytes were not UTF-8 (undeclared, or declared in another charset). */
  diagnostics: Diagnostic[];
}

export function decodeInput(bytes: Uint8Array, where: string, maxBytes = MAX_INPUT_BYTES): DecodedInput {
  if (bytes.length > maxBytes) {
    throw new ThreadmapError('too-large', `${where} is ${(bytes.length / 1048576).toFixed(1)} MB; the most Threadmap reads is ${maxBytes / 1048576} MB.`);
  }
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul !== -1 && !looksUtf16(bytes)) {
    throw new ThreadmapError('bad-input', `${where} looks like a binary file (a NUL byte at offset ${nul}), not a thread.`);
  }
  const { text, charset } = decodeBody(bytes, null);
  if (text.trim() === '') throw new ThreadmapError('bad-input', `${where} is empty: there is no thread to read.`);
  const diagnostics = /^utf-?(8|16)/.test(charset)
    ? []
    : [diagnostic('source', 'info', `${where} is not UTF-8; it was read as ${charset}.`, where)];
  return { text, diagnostics };
}

/** UTF-16 text is full of NUL bytes but starts with a byte-order mark. */
function looksUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
