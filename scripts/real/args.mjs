// The measuring scripts' command lines, read one way: `node:util` parseArgs, `--help`/`-h` prints the script's
// opening comment (its usage), and a wrong option is one line on stderr with exit code 2, not a stack trace.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The opening `//` comment of a script, without its marks. */
function usageOf(scriptUrl) {
  const lines = readFileSync(new URL(scriptUrl), 'utf8').split('\n').slice(1);
  const comment = lines.slice(0, lines.findIndex((line) => !line.startsWith('//')));
  return comment.map((line) => line.replace(/^\/\/ ?/, '')).join('\n');
}

/** Parses the command line; exits 0 after printing the usage on --help, 2 with one line on a bad option. */
export function readArgs(scriptUrl, options, { positionals = false } = {}) {
  const name = basename(fileURLToPath(scriptUrl), '.mjs');
  try {
    const parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals });
    if (parsed.values.help) {
      console.log(usageOf(scriptUrl));
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${name}: ${error.message} (--help prints the usage)`);
    process.exit(2);
  }
}
