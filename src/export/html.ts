// One self-contained HTML file with the interactive tree: the page's bundled script and stylesheet
// inlined, the document embedded as JSON, nothing fetched (it works from a file:// URL with no server).
// Its CSP allows exactly the inlined script and style by hash, so no scraped text can ever run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import type { MapDocument } from '../model.js';
import { mapTitle } from '../layout/title.js';

// src/export and dist/export are both two levels below the package root.
const ROOT = new URL('../../', import.meta.url);

function bundled(name: string): string {
  const file = new URL(`public/dist/${name}`, ROOT);
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`The page bundle ${fileURLToPath(file)} is missing; run "npm run build" first.`, { cause });
  }
}

/** JSON safe inside <script type="application/json">: no "<" can close the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Script text safe inside <script>: "</script" in a string or regex literal written as "<\/script". */
export function scriptForInline(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function renderHtml(doc: MapDocument): string {
  const script = scriptForInline(bundled('app.js'));
  const css = bundled('app.css').replace(/<\//g, '<\\/');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const heading = mapTitle(doc) ?? doc.source.url ?? 'Pasted thread';
  const views = new Eta({ views: fileURLToPath(new URL('views/', ROOT)), autoEscape: true, autoTrim: false });
  return views.render('standalone', {
    title: `${heading} · Threadmap`,
    heading,
    sourceUrl: /^https?:\/\//i.test(doc.source.url ?? '') ? doc.source.url : null,
    csp,
    css,
    script,
    dataJson: jsonForScript(doc),
  });
}
