// Bytes → text for fetched bodies and saved files. Order: a byte order mark, the HTTP header's charset,
// a <meta> declaration in the first 4 KB, valid UTF-8, and finally windows-1252 (what old forums
// that declare nothing are written in).
import iconv from 'iconv-lite';

export interface DecodedBody {
  text: string;
  /** The charset the text was decoded with, lower case ("utf-8", "windows-1252", "shift_jis"…). */
  charset: string;
}

/** Labels the web decodes as windows-1252 (WHATWG Encoding): "latin1" pages rely on its curly quotes at 0x80–0x9F. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1',
  'us-ascii', 'ascii', 'cp819', 'ibm819', 'csisolatin1', 'iso-ir-100',
]);

const BYTE_ORDER_MARKS: { bytes: number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];

const META_SNIFF_BYTES = 4096;
// Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** A charset label as iconv-lite knows it, or null when it names nothing we can decode. */
function knownCharset(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(name)) return 'windows-1252';
  if (name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

function headerCharset(contentType: string | null): string | null {
  const label = contentType?.match(HEADER_CHARSET)?.[1];
  return label ? knownCharset(label) : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  const mark = BYTE_ORDER_MARKS.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte));
  return mark?.charset ?? null;
}

function metaCharset(bytes: Uint8Array, contentType: string | null): string | null {
  // JSON is UTF-8 by definition (RFC 8259), and its strings may hold HTML with someone else's <meta>.
  if (/json/i.test(contentType ?? '')) return null;
  const head = Buffer.from(bytes.subarray(0, META_SNIFF_BYTES)).toString('latin1');
  const label = head.match(META_CHARSET)?.[1];
  if (!label) return null;
  // A page whose <meta> we could read as ASCII is not UTF-16, whatever it says (HTML spec).
  return /^utf-?16/i.test(label) ? 'utf-8' : knownCharset(label);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  // A byte order mark is in the bytes themselves, so it wins over a header a server guessed (WHATWG Encoding).
  const charset = bomCharset(bytes)
    ?? headerCharset(contentType)
    ?? metaCharset(bytes, contentType)
    ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
  // iconv-lite drops a leading byte order mark of the charset it decodes.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
  return { text, charset };
}
