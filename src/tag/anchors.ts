// Where a pattern cue can start: the literal beginnings of its first word ("increase" for
// "\b(?:increase[sd]?|reduce[sd]?)"), so a sentence runs only the patterns whose first word it has,
// instead of every pattern scanning every sentence. A pattern we cannot read this way (no leading \b or ^,
// an optional or classed first word) is simply always run: the anchors only ever skip work, never matches.

/** Literal prefixes one of which begins the word where any match starts, or null when unknown. */
export function patternAnchors(source: string): string[] | null {
  // "\ba…|\bb…": every top-level branch must be anchored, and the anchors are all of theirs.
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  const anchors: string[] = [];
  for (const branch of branches) {
    const found = branchAnchors(branch);
    if (found === null) return null;
    anchors.push(...found);
  }
  return anchors;
}

/** The pattern split at its top-level "|", or null if its brackets do not balance. */
function splitTopLevel(source: string): string[] | null {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') { index++; continue; }
    if (char === '[') { index = source.indexOf(']', index); if (index < 0) return null; continue; }
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) { branches.push(source.slice(start, index)); start = index + 1; }
  }
  branches.push(source.slice(start));
  return depth === 0 ? branches : null;
}

function branchAnchors(source: string): string[] | null {
  const body = source.startsWith('^') ? source.slice(1) : source.startsWith('\\b') ? source.slice(2) : null;
  if (body === null) return null;
  const alternatives = body.startsWith('(?:') ? topLevelAlternatives(body.slice(3)) : [body];
  if (alternatives === null) return null;
  const prefixes = alternatives.map(literalPrefix);
  return prefixes.every((prefix) => prefix.length > 0) ? prefixes : null;
}

/** The alternatives of a group whose body starts at `source` (just after "(?:"); null if unbalanced or optional. */
function topLevelAlternatives(source: string): string[] | null {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') { index++; continue; }
    if (char === '[') { index = source.indexOf(']', index); if (index < 0) return null; continue; }
    if (char === '(') depth++;
    else if (char === '|' && depth === 0) { alternatives.push(source.slice(start, index)); start = index + 1; }
    else if (char === ')') {
      if (depth > 0) { depth--; continue; }
      // A group that may match nothing ("(?:a|b)?", "(?:…)*") gives no anchor.
      if (['?', '*'].includes(source[index + 1] ?? '') || source.startsWith('{0', index + 1)) return null;
      alternatives.push(source.slice(start, index));
      return alternatives;
    }
  }
  return null;
}

/** The letters an alternative must start with: up to the first character that is not a plain required letter. */
function literalPrefix(alternative: string): string {
  let prefix = '';
  for (let index = 0; index < alternative.length; index++) {
    const char = alternative[index]!;
    if (!/[a-z0-9']/.test(char)) break;
    if (['?', '*', '{'].includes(alternative[index + 1] ?? '')) break;
    prefix += char;
  }
  return prefix;
}
