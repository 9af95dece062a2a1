// `threadmap analyze <source> [--format …] [--out FILE]`: a URL, a saved file, text, or - for stdin.
// The whole output is rendered before anything is written, so a failure prints nothing to stdout.
import { readFile, writeFile } from 'node:fs/promises';
import { badInput, ThreadmapError } from '../errors.js';
import { EXPORTERS, isExportFormat } from '../export/index.js';
import type { Progress } from '../model.js';
import { analyze, type AnalyzeInput } from '../pipeline.js';
import { addressIn } from '../sources/address.js';
import { decodeInput } from '../sources/input.js';
import { parseArgs, rejectUnknownFlags, stringFlag } from './args.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function inputFor(source: string): Promise<AnalyzeInput> {
  if (/^https?:\/\//i.test(source)) return { url: source };
  if (source === '-') return decodeInput(await readStdin(), 'standard input');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not a file: a bare address ("news.ycombinator.com/item?id=1") is that page; ftp:// and the like are refused.
    const address = code === 'ENOENT' ? addressIn(source) : null;
    if (address) return { url: address.href };
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : code ?? 'unreadable';
    throw badInput(`cannot read ${source}: ${why}.`);
  }
  return decodeInput(bytes, source);
}

/** Progress on stderr, only for a person watching a terminal. */
function progressReporter(): ((progress: Progress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ stage, done, total, message }) => {
    process.stderr.write(`\r\x1b[K${stage} ${total ? `${done}/${total}` : ''} ${message ?? ''}`.trimEnd());
  };
}

export async function runAnalyze(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['format', 'out']);
  rejectUnknownFlags(args, ['format', 'out']);
  const [source, ...extra] = args.positionals;
  if (!source) throw badInput("analyze needs a <source>: a thread URL, a file, or - for standard input.");
  if (extra.length) throw badInput(`analyze takes one <source>, got ${args.positionals.length}.`);
  const format = stringFlag(args, 'format') ?? (process.stdout.isTTY ? 'md' : 'json');
  if (!isExportFormat(format)) throw badInput(`unknown --format '${format}'; choose one of ${Object.keys(EXPORTERS).join(', ')}.`);

  const onProgress = progressReporter();
  let output: string;
  try {
    const doc = await analyze(await inputFor(source), { onProgress });
    output = EXPORTERS[format].render(doc);
  } finally {
    if (onProgress) process.stderr.write('\r\x1b[K');
  }
  const out = stringFlag(args, 'out');
  if (out) {
    try { await writeFile(out, output); } catch (error) {
      throw new ThreadmapError('bad-input', `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
    }
  } else {
    process.stdout.write(output);
  }
  return 0;
}
