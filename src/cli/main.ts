// `threadmap` command line (CONTRACT §2). Exit 0 done, 2 bad input or usage, 3 could not fetch;
// one clear line on stderr on failure and nothing on stdout. Commands load lazily: `tag` stays fast.
import { ThreadmapError } from '../errors.js';

export const USAGE = `Usage:
  threadmap analyze <source> [--format json|md|argdown|aif|html] [--out FILE]
      <source>: a thread URL, a saved API response or page, a text file, or - for standard input
  threadmap tag [--stance]          JSONL in (stdin), JSONL out (stdout)
  threadmap serve [--port N] [--host H]   the web app (port 3000 or $PORT; all interfaces or $HOST)
  threadmap help`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze': return await (await import('./analyze.js')).runAnalyze(rest);
      case 'tag': return await (await import('./tag.js')).runTag(rest);
      case 'serve': return await (await import('./serve.js')).runServe(rest);
      case 'help': case '--help': case '-h':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        process.stderr.write(`threadmap: ${command ? `unknown command '${command}'` : 'no command given'}.\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    return reportFailure(error);
  }
}

export function reportFailure(error: unknown): number {
  if (error instanceof ThreadmapError) {
    process.stderr.write(`threadmap: ${error.message}\n`);
    return error.exitCode;
  }
  process.stderr.write(`threadmap: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return 1;
}
