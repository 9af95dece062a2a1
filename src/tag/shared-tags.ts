// A sentence's tags, cues and reasons, kept once per distinct list of reasons and shared by every sentence
// that has it. A big thread's 225,000 sentences hold a few thousand distinct lists; each sentence's own
// arrays and reason objects were ~600 of the ~800 bytes it kept (100k pasted paragraphs: ~130 MB).
// Everything handed out is frozen: a stage that changed a shared list would change other sentences too.
import type { TagName, TagReason } from '../model.js';

/** A sentence's tags and cues (each in first-seen order) and its reasons, all read off the reasons. */
export interface SentenceTags { tags: TagName[]; cues: string[]; reasons: TagReason[] }

/** A list of reasons, and the lists one reason longer that start with it. */
interface ListNode { value: SentenceTags; longer: Map<TagReason, ListNode> | null }

/** The tables are let go past this many entries: cues quote a sentence's words, so a server's would never stop growing. */
const MAX_ENTRIES = 200_000;

const freeze = <T>(list: T[]): T[] => Object.freeze(list) as T[];
const EMPTY: SentenceTags = Object.freeze({ tags: freeze([]), cues: freeze([]), reasons: freeze([]) });

let reasonsByCue = new Map<string, TagReason[]>();
let noReasons: ListNode = { value: EMPTY, longer: null };
let entries = 0;

function entry(): void {
  if (++entries <= MAX_ENTRIES) return;
  reasonsByCue = new Map();
  noReasons = { value: EMPTY, longer: null };
  entries = 0;
}

/** The one frozen reason with these fields. */
export function sharedReason(tag: TagName, cue: string, confidence: number): TagReason {
  let same = reasonsByCue.get(cue);
  if (same === undefined) reasonsByCue.set(cue, (same = []));
  for (const reason of same) if (reason.tag === tag && reason.confidence === confidence) return reason;
  const reason = Object.freeze({ tag, cue, confidence });
  same.push(reason);
  entry();
  return reason;
}

/** Builds a sentence's shared tags one shared reason at a time, in the sentence's order. */
export class SentenceTagsBuilder {
  private node: ListNode = noReasons;

  add(reason: TagReason): void {
    const from = this.node;
    from.longer ??= new Map();
    let next = from.longer.get(reason);
    if (next === undefined) {
      next = { value: extended(from.value, reason), longer: null };
      from.longer.set(reason, next);
      entry();
    }
    this.node = next;
  }

  done(): SentenceTags {
    const value = this.node.value;
    this.node = noReasons;
    return value;
  }
}

function extended({ tags, cues, reasons }: SentenceTags, reason: TagReason): SentenceTags {
  return Object.freeze({
    tags: tags.includes(reason.tag) ? tags : freeze([...tags, reason.tag]),
    cues: cues.includes(reason.cue) ? cues : freeze([...cues, reason.cue]),
    reasons: freeze([...reasons, reason]),
  });
}
