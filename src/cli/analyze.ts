// `threadmap analyze <source> [--format …] [--out FILE] [--max-mb N] [--compact]`: a URL, a saved file, text, or - for
// stdin. The map is made before anything is written, so a failure prints nothing to stdout; the JSON is then
// written in pieces (jsonPieces), never as one string twice the size of a big map.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { badInput, ThreadmapError } from '../errors.js';
import { EXPORTERS, isExportFormat } from '../export/formats.js';
import { jsonPieces } from '../export/json.js';
import type { Progress } from '../model.js';
import type { AnalyzeInput } from '../pipeline.js';
import { addressIn } from '../sources/address.js';
import { decodeInput } from '../sources/input.js';
import { parseCommand, stringValue, type Command } from './args.js';
import { DEFAULT_MAX_INPUT_MB, readPath, readStdin } from './read-input.js';

const FORMATS = Object.keys(EXPORTERS);

export const ANALYZE: Command = {
  name: 'analyze',
  help: `Usage: threadmap analyze <source> [options]
  <source>             a thread URL, a saved API response or page, a text file, or - for standard input
  -f, --format FORMAT  ${FORMATS.join('|')} (default: md on a terminal, else json)
  -o, --out FILE       write to FILE instead of standard output
      --compact        the JSON as the compact threadmap/2 document (a third of the size; expands to threadmap/1)
      --max-mb N       refuse a file or standard input larger than N MB (default ${DEFAULT_MAX_INPUT_MB})
  -h, --help           show this help`,
  options: {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'max-mb': { type: 'string' },
    compact: { type: 'boolean' },
  },
};

function maxBytes(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_INPUT_MB * 1024 * 1024;
  const mb = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || mb <= 0) throw badInput(`--max-mb must be a positive number of megabytes, not '${text}'.`);
  return Math.floor(mb * 1024 * 1024);
}

async function inputFor(source: string, limit: number): Promise<AnalyzeInput> {
  if (/^https?:\/\//i.test(source)) return { url: source };
  if (source === '-') return decodeInput(await readStdin(limit), 'standard input', limit);
  // Not a file: a bare address ("news.ycombinator.com/item?id=1") is that page; ftp:// and the like are refused.
  if (!existsSync(source)) {
    const address = addressIn(source);
    if (address) return { url: address.href };
  }
  return decodeInput(await readPath(source, limit), source, limit);
}

/** Progress on stderr, only for a person watching a terminal. */
function progressReporter(): ((progress: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ stage, done, total, message }) => {
    process.stderr.write(`\r\x1b[K${stage} ${total ? `${done}/${total}` : ''} ${message ?? ''}`.trimEnd());
  };
}

export async function runAnalyze(argv: readonly string[]): Promise<number> {
  const args = parseCommand(ANALYZE, argv);
  if (!args) return 0;
  const [source, ...extra] = args.positionals;
  if (!source) throw badInput("analyze needs a <source>: a thread URL, a file, or - for standard input.");
  if (extra.length) throw badInput(`analyze takes one <source>, got ${args.positionals.length}.`);
  const compact = args.values.compact === true;
  const format = stringValue(args, 'format') ?? (process.stdout.isTTY && !compact ? 'md' : 'json');
  if (!isExportFormat(format)) throw badInput(`unknown --format '${format}'; choose one of ${FORMATS.join(', ')}.`);
  if (compact && format !== 'json') throw badInput(`--compact is a form of the JSON document; use it with --format json, not ${format}.`);
  const limit = maxBytes(stringValue(args, 'max-mb'));

  const onProgress = progressReporter();
  let output: Iterable<string>;
  try {
    const input = await inputFor(source, limit);
    // Loaded only now: `--help` and usage errors answer without loading the pipeline.
    const { analyze } = await import('../pipeline.js');
    const doc = await analyze(input, { onProgress });
    output = compact ? [`${JSON.stringify((await import('../compact/pack.js')).compactDocument(doc))}\n`]
      : format === 'json' ? jsonPieces(doc) : [EXPORTERS[format].render(doc)];
  } finally {
    if (onProgress) process.stderr.write('\r\x1b[K');
  }
  const out = stringValue(args, 'out');
  if (out) await writeToFile(out, output);
  else for (const piece of output) if (!process.stdout.write(piece)) await once(process.stdout, 'drain');
  return 0;
}

/**
 * Writes beside the target and renames over it at the end, so a failed write (a full disk) leaves the old file or
 * none, never half a map. A device or FIFO (`-o /dev/stdout`) cannot be renamed over: it is written in place.
 */
async function writeToFile(path: string, pieces: Iterable<string>): Promise<void> {
  const inPlace = await stat(path).then((info) => !info.isFile(), () => false);
  const target = inPlace ? path : join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    const file = await open(target, 'w');
    try { for (const piece of pieces) await file.write(piece); } finally { await file.close(); }
    if (!inPlace) await rename(target, path);
  } catch (error) {
    if (!inPlace) await rm(target, { force: true });
    throw new ThreadmapError('bad-input', `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
}
