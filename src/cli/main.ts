// `threadmap` command line (CONTRACT §2). Exit 0 done, 2 bad input or usage, 3 could not fetch;
// one clear line on stderr on failure and nothing on stdout. Each command's module loads only when it
// runs, so `threadmap tag` never loads the server, the fetcher or the exporters.
import { readFileSync } from 'node:fs';
import { ThreadmapError } from '../errors.js';

export const USAGE = `Usage: threadmap <command> [options]
  threadmap analyze <source> [-f json|md|argdown|aif|html|svg] [-o FILE] [--max-mb N] [--compact]
      <source>: a thread URL, a saved API response or page, a text file, or - for standard input
  threadmap tag [--stance]          JSONL in (stdin), JSONL out (stdout)
  threadmap serve [-p N] [--host H] the web app (port 3000 or $PORT; 127.0.0.1 or $HOST)
  threadmap help [command]          this help, or a command's (same as: threadmap <command> --help)
  threadmap --version`;

type Runner = (argv: readonly string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Runner>> = {
  analyze: async () => (await import('./analyze.js')).runAnalyze,
  tag: async () => (await import('./tag.js')).runTag,
  serve: async () => (await import('./serve.js')).runServe,
};

/** package.json sits two levels above both src/cli and dist/cli. */
export function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  process.stdout.on('error', (error) => {
    if (isClosedPipe(error)) process.exit(0);
    throw error;
  });
  try {
    if (command && Object.hasOwn(COMMANDS, command)) return await (await COMMANDS[command]!())(rest);
    switch (command) {
      case 'help': case '--help': case '-h':
        if (rest[0] && Object.hasOwn(COMMANDS, rest[0])) return await (await COMMANDS[rest[0]]!())(['--help']);
        process.stdout.write(`${USAGE}\n`);
        return 0;
      case '--version': case '-V': case 'version':
        process.stdout.write(`threadmap ${version()}\n`);
        return 0;
      default:
        process.stderr.write(`threadmap: ${command ? `unknown command '${command}'` : 'no command given'}; see 'threadmap --help'.\n`);
        return 2;
    }
  } catch (error) {
    return reportFailure(error);
  }
}

/** A reader that stops reading (`threadmap analyze … | head`) closes the pipe: that is how output ends, not an error. */
const isClosedPipe = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';

export function reportFailure(error: unknown): number {
  if (isClosedPipe(error)) return 0;
  if (error instanceof ThreadmapError) {
    process.stderr.write(`threadmap: ${error.message}\n`);
    return error.exitCode;
  }
  process.stderr.write(`threadmap: internal error: ${error instanceof Error ? error.message : String(error)} (run with NODE_DEBUG=threadmap for the stack)\n`);
  if (process.env.NODE_DEBUG?.includes('threadmap') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}
