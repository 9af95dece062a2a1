// Hostile inputs of about `bytes` each: the shapes that once made a stage quadratic (a run of spaces
// in one line, `<html` repeated, runs of `!` and `?!`, nested <div>s) and deep JSON nesting. Shared by
// tests/hostile (a generous bound in the suite) and bench/hostile.mjs (exact timings).

const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

/** @type {Record<string, (bytes: number) => string>} */
export const HOSTILE_SHAPES = {
  'spaces in one line': (bytes) => `word${' '.repeat(bytes)}end.`,
  '<html repeated': (bytes) => repeat('<html', bytes),
  'a run of !': (bytes) => `Really${'!'.repeat(bytes)} ok.`,
  'a run of "?! "': (bytes) => `Really${repeat('?! ', bytes)} ok.`,
  'a run of ?!': (bytes) => `Really${repeat('?!', bytes)} ok.`,
  'nested <div>s': (bytes) => `<html><body>${repeat('<div>', bytes / 2)}hi${repeat('</div>', bytes / 2)}</body></html>`,
  'deep JSON arrays': (bytes) => `${'['.repeat(bytes / 2)}${']'.repeat(bytes / 2)}`,
  'deep JSON objects': (bytes) => `${repeat('{"a":', bytes)}1${'}'.repeat(Math.floor(bytes / 5))}`,
  'deep Hacker News replies': (bytes) => {
    const depth = Math.floor(bytes / 40);
    return `{"id":0,"story_id":0,"created_at_i":1,"text":"Root.","children":[${'{"id":1,"text":"Yes.","children":['.repeat(depth)}${']}'.repeat(depth)}]}`;
  },
  'one 1 MB word': (bytes) => 'a'.repeat(bytes),
};
