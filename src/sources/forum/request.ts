// One page of a forum or archive through ctx.http: an error sentence when the site says no.
import { ThreadmapError } from '../../errors.js';
import type { ReadContext, SourceContent } from '../../model.js';
import { toSourceContent } from '../content.js';

export async function requestPage(ctx: ReadContext, url: string): Promise<SourceContent> {
  const response = await ctx.http.request(url);
  if (response.status >= 400) {
    throw new ThreadmapError('fetch-failed', `${new URL(url).host} answered HTTP ${response.status} for ${url}.`);
  }
  return toSourceContent(response.body, response.url, response.contentType);
}
