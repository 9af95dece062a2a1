// The first tests of every site (STYLE.md): this URL selects this adapter, this saved content is detected
// as its format with all the other adapters present, and no other site's saved file is claimed.
import { expect, it } from 'vitest';
import type { SourceAdapter } from '../../../src/model.js';
import { toSourceContent } from '../../../src/sources/content.js';
import { adapterForContent, adapterForUrl } from '../../../src/sources/dispatch.js';
import { otherSitesFiles } from './shared-fixtures.js';

export interface AdapterChoice {
  /** Thread URLs the adapter must be chosen for. */
  urls: string[];
  /** URLs on or near the site that are not threads. */
  notUrls: string[];
  /** [label, saved text] of this site's formats; an empty text (shared fixtures absent) is skipped. */
  saved: [string, string][];
  /** This site's folder in ../shared/fixtures. */
  folder: string;
}

export function itChoosesAdapter(adapter: SourceAdapter, choice: AdapterChoice): void {
  for (const url of choice.urls) {
    it(`selects it for ${url}`, () => expect(adapterForUrl(new URL(url))?.name).toBe(adapter.name));
  }
  for (const url of choice.notUrls) {
    it(`leaves ${url} to others`, () => expect(adapterForUrl(new URL(url))?.name).not.toBe(adapter.name));
  }
  for (const [label, text] of choice.saved) {
    it.skipIf(!text)(`detects ${label} among all adapters`, () => expect(adapterForContent(toSourceContent(text))?.name).toBe(adapter.name));
  }
  for (const [name, content] of otherSitesFiles(choice.folder)) {
    it(`does not claim ${name}`, () => expect(adapter.detect(content)).toBe(false));
  }
}
