import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/index.js';

const WINDOWS_1252_PAGE = readFileSync(new URL('../fixtures/fetch/windows-1252.html', import.meta.url));
const SENTENCE = '\u201cThat\u2019s a fair point,\u201d said Ren\u00e9e \u2014 but the caf\u00e9\u2019s numbers don\u2019t add up\u2026';
const bytes = (text: string, charset = 'utf-8') => new Uint8Array(iconv.encode(text, charset));

describe('decodeBody', () => {
  it('reads an undeclared windows-1252 page with curly quotes and é', () => {
    const { text, charset } = decodeBody(WINDOWS_1252_PAGE, 'text/html');
    expect(charset).toBe('windows-1252');
    expect(text).toContain(SENTENCE);
    expect(text).toContain('<title>Caf\u00e9 forum</title>');
  });

  it('treats a "latin1" / iso-8859-1 label as windows-1252, as browsers do', () => {
    const { text, charset } = decodeBody(WINDOWS_1252_PAGE, 'text/html; charset=ISO-8859-1');
    expect(charset).toBe('windows-1252');
    expect(text).toContain(SENTENCE);
  });

  it('puts a byte order mark first, over the HTTP header', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(SENTENCE)]);
    expect(decodeBody(utf8, 'text/html; charset=iso-8859-1')).toEqual({ text: SENTENCE, charset: 'utf-8' });
    const utf16 = new Uint8Array([0xfe, 0xff, ...bytes(SENTENCE, 'utf-16be')]);
    expect(decodeBody(utf16, 'text/plain; charset=utf-8')).toEqual({ text: SENTENCE, charset: 'utf-16be' });
  });

  it('then the HTTP header', () => {
    const page = `<meta charset="windows-1252"><p>${SENTENCE}</p>`;
    expect(decodeBody(bytes(page), 'text/html; charset="UTF-8"')).toEqual({ text: page, charset: 'utf-8' });
  });

  it('a byte order mark is not left in the text', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('caf\u00e9')]);
    expect(decodeBody(withBom, 'text/html')).toEqual({ text: 'caf\u00e9', charset: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...bytes('caf\u00e9', 'utf-16le')]);
    expect(decodeBody(utf16, null)).toEqual({ text: 'caf\u00e9', charset: 'utf-16le' });
  });

  it('then <meta charset> or <meta http-equiv> in the first 4 KB', () => {
    const shiftJis = bytes('<meta charset="Shift_JIS"><p>\u8b70\u8ad6</p>', 'shift_jis');
    expect(decodeBody(shiftJis, 'text/html')).toEqual({ text: '<meta charset="Shift_JIS"><p>\u8b70\u8ad6</p>', charset: 'shift_jis' });
    const httpEquiv = `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>${SENTENCE}</p>`;
    expect(decodeBody(bytes(httpEquiv, 'windows-1252'), null).text).toBe(httpEquiv);
    const late = `${' '.repeat(5000)}<meta charset="koi8-r">caf\u00e9`;
    expect(decodeBody(bytes(late), null).charset).toBe('utf-8');
  });

  it('then valid UTF-8, and never a <meta> found inside JSON', () => {
    const json = JSON.stringify({ body: `<meta charset="windows-1252"> ${SENTENCE}` });
    expect(decodeBody(bytes(json), 'application/json')).toEqual({ text: json, charset: 'utf-8' });
  });

  it('skips labels it does not know', () => {
    expect(decodeBody(bytes(SENTENCE), 'text/plain; charset=x-nonsense').charset).toBe('utf-8');
  });
});
