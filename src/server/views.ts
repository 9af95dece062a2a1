// Server-rendered pages (views/*.eta). Eta escapes every `<%= %>` value; scraped text never reaches a
// template unescaped, and the pages carry no inline script (the CSP forbids it).
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';

/** The package root: src/server and dist/server are both two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VIEWS_DIR = fileURLToPath(new URL('../../views/', import.meta.url));

export interface Views {
  render(name: string, data: object): string;
}

export function createViews(dir = VIEWS_DIR): Views {
  const eta = new Eta({ views: dir, cache: true, autoEscape: true, autoTrim: false });
  return { render: (name, data) => eta.render(name, data) };
}
