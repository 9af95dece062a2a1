// `threadmap tag [--stance]` (CONTRACT §4): JSONL on stdin → JSONL on stdout, one line out per line in,
// same order, same id. A bad line gets {"id": …, "error": "…"} and the rest go on. Lines are read and
// written one at a time (waiting for stdout to drain), so 100k lines never sit in memory as one string.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { tag } from '../library/tag.js';
import { parseCommand, type Command } from './args.js';
import { badInput } from '../errors.js';

interface TagRequest { id: unknown; text: string; parent: string | null }

/** One input line → the request it asks for, or the sentence saying what is wrong with it. */
export function parseRequest(line: string, lineNumber: number): TagRequest | { id: unknown; error: string } {
  let value: unknown;
  try { value = JSON.parse(line); } catch {
    return { id: null, error: `line ${lineNumber} is not valid JSON.` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, error: `line ${lineNumber} is not a JSON object.` };
  }
  const { id = null, text, parent = null } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { id, error: `line ${lineNumber} has no "text" string.` };
  if (parent !== null && typeof parent !== 'string') return { id, error: `line ${lineNumber}: "parent" must be a string.` };
  return { id, text, parent };
}

/** The output object for one request. */
export function tagRequest(request: TagRequest, withStance: boolean): Record<string, unknown> {
  const { tags, sentences, stance } = tag(request.text, withStance || request.parent !== null ? request.parent : undefined);
  const out: Record<string, unknown> = { id: request.id, tags };
  if (stance) {
    out.stance = stance.label;
    out.stanceConfidence = stance.confidence;
    out.stanceCues = stance.cues ?? [];
  }
  out.sentences = sentences.map(({ text, tags: sentenceTags, cues, quoted }) =>
    (quoted ? { text, tags: sentenceTags, cues, quoted } : { text, tags: sentenceTags, cues }));
  return out;
}

/** A line that trips a bug in the tagger is reported on its own line; the rest still get tagged. */
function safely(request: TagRequest, withStance: boolean, lineNumber: number): Record<string, unknown> {
  try {
    return tagRequest(request, withStance);
  } catch (error) {
    return { id: request.id, error: `line ${lineNumber} could not be tagged: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function tagStream(input: Readable, output: Writable, withStance: boolean): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const request = parseRequest(line, lineNumber);
    const result = 'error' in request ? request : safely(request, withStance, lineNumber);
    if (!output.write(`${JSON.stringify(result)}\n`)) await once(output, 'drain');
  }
}

export const TAG: Command = {
  name: 'tag',
  help: `Usage: threadmap tag [--stance] < in.jsonl > out.jsonl
  Reads one JSON object a line, {"id": …, "text": "…", "parent": "optional parent text"}, and writes one a
  line, same order, same id: {"id", "tags", "sentences": [{"text", "tags", "cues"}], "stance" when asked}.
      --stance     give every line a stance (toward its parent, neutral without one)
  -h, --help       show this help`,
  options: { stance: { type: 'boolean' } },
};

export async function runTag(argv: readonly string[]): Promise<number> {
  const args = parseCommand(TAG, argv);
  if (!args) return 0;
  if (args.positionals.length > 0) throw badInput(`'threadmap tag' reads JSONL from standard input and takes no file; got '${args.positionals[0]}'.`);
  await tagStream(process.stdin, process.stdout, args.values.stance === true);
  return 0;
}
