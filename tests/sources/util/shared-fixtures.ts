// Every saved file in ../shared/fixtures, by site folder: adapters must not claim another site's files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { SourceContent } from '../../../src/model.js';
import { toSourceContent } from '../../../src/sources/content.js';

export const SHARED_FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url);

/** [folder/file, content] for each shared fixture outside `ownFolder` (none when the folder is absent). */
export function otherSitesFiles(ownFolder: string): [string, SourceContent][] {
  if (!existsSync(SHARED_FIXTURES)) return [];
  return readdirSync(SHARED_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== ownFolder)
    .flatMap((dir) => readdirSync(new URL(`${dir.name}/`, SHARED_FIXTURES)).map((file) => `${dir.name}/${file}`))
    .map((name) => [name, toSourceContent(readFileSync(new URL(name, SHARED_FIXTURES), 'utf8'))]);
}
