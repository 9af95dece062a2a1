// eval.mjs --errors: the sentences not fully right, grouped by their error (tags missed, tags extra), biggest class
// first, so the largest classes of mistakes show before any single sentence does.

/** A sentence's error class: the tags it should have and lacks, and those it has and must not ("" when fully right). */
export function errorClass(row) {
  const missed = row.must.filter((t) => !row.predicted.includes(t));
  const extra = row.predicted.filter((t) => !row.must.includes(t) && !row.unsure.includes(t));
  return [...missed.map((t) => `-${t}`), ...extra.map((t) => `+${t}`)].join(' ');
}

/** Prints each error class with its count and up to `cap` of its sentences (with their parent when asked). */
export function printErrorClasses(rows, { cap, parent }) {
  const classes = new Map();
  for (const row of rows) {
    const key = errorClass(row);
    if (!key) continue;
    if (!classes.has(key)) classes.set(key, []);
    classes.get(key).push(row);
  }
  const wrong = [...classes.values()].reduce((n, list) => n + list.length, 0);
  console.log(`\nnot fully right, by error (-missed +extra): ${wrong} of ${rows.length}`);
  for (const [key, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${String(list.length).padStart(4)}  ${key}`);
    for (const r of list.slice(0, cap)) {
      console.log(`          ${r.text.slice(0, 150)}  [${r.cues.join(' | ').slice(0, 110)}]`);
      if (parent) console.log(`            parent: ${r.parentText}`);
    }
  }
}
