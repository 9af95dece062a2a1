// Pasted text names no authors. Who wrote what follows from the reply structure:
// - a post set apart as a new voice by reconstruction, or the first post, is someone new;
// - a reply that shows it answers another (it quotes its parent, or opens like an answer: see
//   answersAnother) is by someone other than its parent's writer: the one its parent answered when the
//   parent was itself a reply (a back-and-forth), else whoever last answered that writer, else someone new;
// - a reply with no such sign goes on in its parent's voice (a transcript split at "You'll…" stays one
//   speaker rather than becoming a chain of people disagreeing).
import { diagnostic } from '../diagnostics.js';
import type { Diagnostic, Post, Speaker } from '../model.js';
import { answersAnother } from '../dedup/reply-markers.js';

export interface Speakers { speakerOf: Map<string, string>; speakers: Speaker[]; diagnostics: Diagnostic[] }

const label = (n: number) => `Speaker ${n < 26 ? String.fromCharCode(65 + n) : n + 1}`;

function answerSign(post: Post, newVoices: ReadonlySet<string>): string | null {
  if (newVoices.has(post.id)) return 'set inside another post’s repeated text: a new voice';
  if (post.parentId !== null && post.quotes.some((quote) => quote.postId === post.parentId)) return `quotes ${post.parentId}`;
  const opening = post.text.trimStart().slice(0, 60).split(/\n/)[0]!;
  return answersAnother(post.text) ? `opens like an answer (“${opening.replace(/\s+\S*$/, '')}…”)` : null;
}

export function inferSpeakers(posts: readonly Post[], newVoices: ReadonlySet<string> = new Set()): Speakers {
  const speakerOf = new Map<string, string>();
  const speakers: Speaker[] = [];
  if (posts.length === 0 || posts.some((post) => post.author !== null)) return { speakerOf, speakers, diagnostics: [] };
  const byId = new Map(posts.map((post) => [post.id, post]));
  const lastAnswererOf = new Map<string, string>();
  const byLabel = new Map<string, Speaker>();
  const fresh = () => { const s = { label: label(speakers.length), postIds: [], evidence: [] }; speakers.push(s); byLabel.set(s.label, s); return s; };
  const find = (name: string) => byLabel.get(name)!;

  for (const post of posts) {
    const parent = post.parentId === null ? undefined : byId.get(post.parentId);
    const sign = answerSign(post, newVoices);
    let speaker: Speaker;
    let why: string;
    if (!parent || newVoices.has(post.id)) {
      speaker = fresh();
      why = parent ? sign! : 'opens the thread';
    } else if (sign === null) {
      speaker = find(speakerOf.get(parent.id)!);
      why = `goes on from ${parent.id} with no sign of another voice`;
    } else {
      const parentSpeaker = speakerOf.get(parent.id)!;
      const grandparent = parent.parentId === null ? undefined : speakerOf.get(parent.parentId);
      const previous = grandparent !== undefined && grandparent !== parentSpeaker ? grandparent : lastAnswererOf.get(parentSpeaker);
      speaker = previous !== undefined && previous !== parentSpeaker ? find(previous) : fresh();
      why = `${sign}, so not ${parentSpeaker}`;
      lastAnswererOf.set(parentSpeaker, speaker.label);
    }
    speakerOf.set(post.id, speaker.label);
    speaker.postIds.push(post.id);
    speaker.evidence.push(`${post.id}: ${why}`);
  }
  const message = `Pasted text names no authors: ${speakers.length} speaker${speakers.length === 1 ? '' : 's'} inferred from the replies (`
    + speakers.map((s) => `${s.label}: ${s.postIds.join(', ')}`).join('; ') + ').';
  return { speakerOf, speakers, diagnostics: [diagnostic('map', 'info', message)] };
}
