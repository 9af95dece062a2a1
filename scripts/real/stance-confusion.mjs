// The stance confusion matrix of eval.mjs: gold rows × read columns over the four stance labels, so the cells
// that hold the errors (agreeing replies read neutral, counter-claims read neutral, answers read as disagreeing)
// can be read off per set and pooled.
export const STANCES = ['agree', 'neutral', 'disagree', 'mixed'];

/** Gold × read counts over the four stance labels, from rows with `gold` and `predicted`. */
export function confusion(pairRows) {
  const cells = Object.fromEntries(STANCES.map((gold) => [gold, Object.fromEntries(STANCES.map((read) => [read, 0]))]));
  for (const row of pairRows) cells[row.gold][row.predicted]++;
  return cells;
}
/** Prints the matrix, one gold label a row, with row totals. */
export function printConfusion(cells, indent) {
  console.log(`${indent}gold ↓ read →  ${STANCES.map((s) => s.padStart(9)).join('')}   total`);
  for (const gold of STANCES) {
    const counts = STANCES.map((read) => cells[gold][read]);
    console.log(`${indent}${gold.padEnd(14)} ${counts.map((n) => String(n).padStart(9)).join('')}   ${String(counts.reduce((a, b) => a + b, 0)).padStart(5)}`);
  }
}

