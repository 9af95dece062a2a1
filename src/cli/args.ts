// Command-line arguments by convention, with node:util's parseArgs: `--name value`, `--name=value`,
// short forms (`-o FILE`), `--` ending the options, and `-h`/`--help` on every command. Every mistake
// is one 'bad-input' sentence (exit 2) naming the option and pointing at the command's help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { badInput } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  name: string;
  /** The command's help text: a usage line, then one line per option. */
  help: string;
  options: Options;
}

export interface ParsedCommand {
  values: Record<string, unknown>;
  positionals: string[];
}

const HELP_OPTION: Options = { help: { type: 'boolean', short: 'h' } };

/** The option a parseArgs error names ("Unknown option '--x'…"), for a message of our own. */
function namedOption(error: Error): string {
  return /'(-[^']*)'/.exec(error.message)?.[1] ?? 'an option';
}

function usageError(command: Command, error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const option = namedOption(error);
  const see = `see 'threadmap ${command.name} --help'.`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return badInput(`unknown option ${option} for ${command.name}; ${see}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--[a-z][\w-]*/.exec(option)?.[0] ?? option; // "-f, --format <value>" → "--format"
    return badInput(`${long} ${/argument missing/.test(error.message) ? 'needs a value' : 'takes no value'}; ${see}`);
  }
  return badInput(`${error.message.split('\n')[0]} ${see}`);
}

/** The command's options and positionals, or null when help was asked for (and has been printed). */
export function parseCommand(command: Command, argv: readonly string[]): ParsedCommand | null {
  let parsed: ParsedCommand;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...command.options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(command, error as Error);
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.help}\n`);
    return null;
  }
  return parsed;
}

export const stringValue = (parsed: ParsedCommand, name: string): string | undefined => {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
};
