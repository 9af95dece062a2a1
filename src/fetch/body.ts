// Reading a response body safely: bytes are counted as they arrive, never trusting Content-Length,
// both on the wire and after decompression (a small gzip can inflate a thousandfold).
// We use undici's `request`, which hands us the raw stream and does not decompress, so the cap sees
// every byte and the decoders below are the only ones in play.
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform, Writable } from 'node:stream';
import zlib from 'node:zlib';
import { ThreadmapError } from '../errors.js';

/** The Accept-Encoding we send: exactly the codings `readBody` can undo. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate, br';

const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

const formatMiB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 100) / 100} MiB`;

function byteCap(maxBytes: number, url: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen <= maxBytes) return done(null, chunk);
      done(new ThreadmapError('too-large', `${url} sent more than ${formatMiB(maxBytes)}; Threadmap stopped reading it.`, { fromFetch: true }));
    },
  });
}

function decodersFor(contentEncoding: string | undefined, url: string): Transform[] {
  const codings = (contentEncoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  // Codings are listed in the order they were applied, so they are undone last-first.
  return codings.reverse().map((coding) => {
    const decoder = DECODERS[coding];
    if (!decoder) throw new ThreadmapError('fetch-failed', `${url} was sent with content encoding "${coding}", which Threadmap cannot decode.`);
    return decoder();
  });
}

/** The whole body, decompressed, or 'too-large' as soon as either count passes `maxBytes`. */
export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const decoders = decodersFor(contentEncoding, url);
  const wireCap = byteCap(maxBytes, url);
  const decodedCap = byteCap(maxBytes, url);
  await pipeline([body, wireCap, ...decoders, decodedCap, collect]);
  return Buffer.concat(chunks);
}
