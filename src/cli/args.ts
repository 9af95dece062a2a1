// A small argument parser: the CLI has three commands and a handful of flags, no library needed.
import { badInput } from '../errors.js';

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value` and boolean `--name`; `valued` lists the flags that take a value. */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) { positionals.push(arg); continue; }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (!valued.includes(name)) {
      if (inline !== undefined) throw badInput(`--${name} takes no value.`);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw badInput(`--${name} needs a value.`);
    flags.set(name, value);
  }
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function rejectUnknownFlags(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!known.includes(name)) throw badInput(`unknown option --${name}; see 'threadmap help'.`);
  }
}
