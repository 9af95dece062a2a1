// The argument sections of the Markdown summary: main claims with what they drew, open and resolved
// clashes (each sentence against the sentence it disputes), concessions who → whom with what was granted,
// and the per-participant ledger, capped so a 341-person thread stays readable.
import type { ArgumentMap, Clash, MapDocument, TargetRef } from '../model.js';
import { excerpt } from '../map/summary.js';
import { mdText } from './markdown-text.js';

/** Rows of the participant ledger shown; the JSON export holds them all. */
export const LEDGER_ROWS = 15;
const QUOTE_CHARS = 200;

type Lines = string[];

function sentenceAt(doc: MapDocument, ref: TargetRef): string | null {
  if (ref.sentence === null) return null;
  const text = doc.posts.find((p) => p.id === ref.postId)?.sentences[ref.sentence]?.text;
  return text ? mdText(excerpt(text, QUOTE_CHARS)) : null;
}

const name = (author: string | null, postId: string) => (author ? mdText(author) : mdText(postId));
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : /(s|sh|ch)$/.test(noun) ? 'es' : 's'}`;

export function mainClaimLines(doc: MapDocument, argument: ArgumentMap): Lines {
  const open = new Set(argument.clashes.filter((c) => !c.resolved).map((c) => c.id));
  return argument.claims.map((claim, i) => {
    const drew = [
      claim.clashes.length ? `${counted(claim.clashes.length, 'clash')} (${claim.clashes.filter((id) => open.has(id)).length} open)` : '',
      claim.concessions.length ? counted(claim.concessions.length, 'concession') : '',
      claim.supports.length ? counted(claim.supports.length, 'support') : '',
      claim.restatedBy.length ? `restated ${claim.restatedBy.length}×` : '',
    ].filter(Boolean).join(', ');
    return `${i + 1}. ${mdText(claim.text)} (${name(claim.author, claim.postId)}, ${mdText(claim.postId)})${drew ? ` · ${drew}` : ''}`;
  });
}

export function clashLines(doc: MapDocument, clashes: readonly Clash[]): Lines {
  return clashes.map((clash) => {
    const target = sentenceAt(doc, clash.to);
    const settled = clash.resolvedBy ? ` · granted in ${mdText(clash.resolvedBy.postId)}: “${sentenceAt(doc, { ...clash.resolvedBy, author: null })}”` : '';
    return `- **${name(clash.from.author, clash.from.postId)}** (${mdText(clash.from.postId)}) vs **${name(clash.to.author, clash.to.postId)}** `
      + `(${mdText(clash.to.postId)}): “${sentenceAt(doc, clash.from)}”${target ? ` ← disputes “${target}”` : ''}${settled}`;
  });
}

export function concessionLines(doc: MapDocument, argument: ArgumentMap): Lines {
  return argument.concessions.map((grant) => {
    const granted = sentenceAt(doc, grant.to);
    return `- **${name(grant.from.author, grant.from.postId)}** → **${name(grant.to.author, grant.to.postId)}** `
      + `(${mdText(grant.from.postId)} → ${mdText(grant.to.postId)}): “${mdText(excerpt(grant.text, QUOTE_CHARS))}”${granted ? ` · granting “${granted}”` : ''}`;
  });
}

export function ledgerLines(argument: ArgumentMap): Lines {
  const rows = argument.ledger.slice(0, LEDGER_ROWS).map((e) =>
    `| ${e.author ? mdText(e.author) : 'anonymous'} | ${e.posts} | ${e.claims} | ${e.clashesStarted} | ${e.clashesReceived} | ${e.concessionsMade} | ${e.concessionsReceived} |`);
  const more = argument.ledger.length - rows.length;
  return [
    '| Participant | Posts | Claims | Clashes started | Clashes received | Concessions made | Concessions received |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...(more > 0 ? ['', `_…and ${counted(more, 'more participant')} (all in the JSON export)._`] : []),
  ];
}
