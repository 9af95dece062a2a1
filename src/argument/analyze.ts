// The argument stage: after tagging, before the summary. Speakers (pasted text) → clashes → grants
// (concessions, supports) → which clashes a grant resolves → main claims → the ledger.
import type { ArgumentMap, Diagnostic, Post, SourceKind } from '../model.js';
import { findClashes } from './clashes.js';
import { findGrants } from './concessions.js';
import { rankClaims } from './claims.js';
import { buildLedger } from './ledger.js';
import { resolveClashes } from './resolve.js';
import { inferSpeakers } from './speakers.js';
import { argumentThread } from './thread.js';

export interface ArgumentResult { argument: ArgumentMap; diagnostics: Diagnostic[] }

export interface ArgumentOptions {
  /** Pasted text: no authors, so speakers are inferred from the replies. */
  pasted?: boolean;
  /** Posts reconstruction started because someone new spoke (pasted text). */
  newVoices?: ReadonlySet<string>;
  /** The source's kind: whether its posts stand in the order written (see flatThread). */
  kind?: SourceKind;
}

export function analyzeArgument(posts: readonly Post[], options: ArgumentOptions = {}): ArgumentResult {
  const { speakerOf, speakers, diagnostics } = options.pasted
    ? inferSpeakers(posts, options.newVoices)
    : { speakerOf: new Map<string, string>(), speakers: [], diagnostics: [] };
  const thread = argumentThread(posts, speakerOf, options.kind);
  const clashes = findClashes(thread);
  const grants = findGrants(thread, clashes);
  const { concessions } = grants;
  // "Indeed, …" in a reply that clashes with the same post is emphasis, not agreement.
  const clashPairs = new Set(clashes.map((c) => `${c.from.postId}>${c.to.postId}`));
  const supports = grants.supports.filter((s) => !clashPairs.has(`${s.from.postId}>${s.to.postId}`));
  resolveClashes(thread, clashes, [...concessions, ...supports]);
  const claims = rankClaims(thread, clashes, concessions, supports, !options.pasted);
  const ledger = buildLedger(thread, clashes, concessions);
  return {
    argument: { clashes, claims, concessions, supports, ...(speakers.length ? { speakers } : {}), ledger },
    diagnostics,
  };
}
