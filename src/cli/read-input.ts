// Reading the CLI's <source> bytes with a cap that holds for anything a path can name: a regular file
// is measured before it is read, and standard input, devices (/dev/zero) and FIFOs are counted as they
// stream and refused at the cap without growing. A FIFO nobody writes to ends with an error, not a hang.
import { constants, createReadStream, openSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { badInput, ThreadmapError } from '../errors.js';
import { MAX_INPUT_BYTES } from '../sources/input.js';

/** The cap `--max-mb` overrides: the one every file and paste is held to (src/sources/input.ts). */
export const DEFAULT_MAX_INPUT_MB = MAX_INPUT_BYTES / (1024 * 1024);

/** How long a FIFO may stay silent (no writer, or a writer that stopped) before reading gives up. */
export const FIFO_IDLE_MS = 15_000;

const MIB = 1024 * 1024;

export function tooLarge(where: string, maxBytes: number, size?: number): ThreadmapError {
  const limit = `${maxBytes / MIB} MB`;
  const what = size === undefined ? `${where} goes on past ${limit}` : `${where} is ${(size / MIB).toFixed(1)} MB`;
  return new ThreadmapError('too-large', `${what}; the most Threadmap reads is ${limit} (raise it with --max-mb N).`);
}

/** Every byte of `stream`, or 'too-large' as soon as more than `maxBytes` have come. */
async function collect(stream: Readable, where: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      length += (chunk as Buffer).length;
      if (length > maxBytes) throw tooLarge(where, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

function readError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : code ?? 'unreadable';
  return badInput(`cannot read ${path}: ${why}.`);
}

/** A FIFO opened without blocking (open() would wait for a writer forever), read as a pipe with an idle limit. */
function fifoStream(path: string, idleMs: number): Readable {
  const socket = new Socket({ fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
  socket.setTimeout(idleMs, () => socket.destroy(badInput(`nothing was written to ${path} for ${Math.round(idleMs / 1000)} s; is anything writing to that pipe?`)));
  return socket;
}

export async function readStdin(maxBytes: number): Promise<Buffer> {
  return collect(process.stdin, 'standard input', maxBytes);
}

export async function readPath(path: string, maxBytes: number, fifoIdleMs = FIFO_IDLE_MS): Promise<Buffer> {
  let kind;
  try { kind = await stat(path); } catch (error) { throw readError(path, error); }
  if (kind.isDirectory()) throw badInput(`cannot read ${path}: it is a directory.`);
  if (kind.isFile() && kind.size > maxBytes) throw tooLarge(path, maxBytes, kind.size);
  try {
    return await collect(kind.isFIFO() ? fifoStream(path, fifoIdleMs) : createReadStream(path), path, maxBytes);
  } catch (error) {
    if (error instanceof ThreadmapError) throw error;
    throw readError(path, error);
  }
}
