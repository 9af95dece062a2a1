// Where a forum page says its thread goes on, and whether it is the thread's first page. The engine's own
// "Next"/"Previous" links first, then rel=next/prev (in the head or on a link), and failing those a
// page-number link one past this page (?page=N, &pagenumber=N) that keeps the rest of this page's query,
// so a link to page 3 of another thread is never taken for ours.
import type { CheerioAPI } from 'cheerio';

const PREVIOUS = 'link[rel=prev], a[rel=prev]';
const NEXT = 'link[rel=next], a[rel=next]';
const PAGE_PARAMS = ['page', 'pagenumber'];

function absolute(href: string | undefined, pageUrl: string): URL | null {
  if (!href || !URL.canParse(href, pageUrl)) return null;
  const url = new URL(href, pageUrl);
  url.hash = '';
  return url;
}

const pageNumber = (url: URL, param: string) => Number(url.searchParams.get(param) ?? 1);

/** Same path and query as `here` but for the page number, which is one more. */
function isPageAfter(candidate: URL | null, here: URL, param: string): boolean {
  if (!candidate || candidate.pathname !== here.pathname || pageNumber(candidate, param) !== pageNumber(here, param) + 1) return false;
  return [...here.searchParams].every(([key, value]) => key === param || candidate.searchParams.get(key) === value);
}

function numberedNext($: CheerioAPI, pageUrl: string): URL | null {
  const here = new URL(pageUrl);
  const links = $('a[href]').toArray().map((a) => absolute(a.attribs.href, pageUrl));
  for (const param of PAGE_PARAMS) {
    const next = links.find((link) => isPageAfter(link, here, param));
    if (next) return next;
  }
  return null;
}

export function nextPageUrl($: CheerioAPI, engineNext: string, pageUrl: string | null): string | null {
  if (!pageUrl || !URL.canParse(pageUrl)) return null;
  const linked = $(`${engineNext}, ${NEXT}`).toArray().map((el) => absolute($(el).attr('href'), pageUrl)).find(Boolean);
  return (linked ?? numberedNext($, pageUrl))?.href ?? null;
}

export function hasPreviousPage($: CheerioAPI, enginePrevious: string, pageUrl: string | null): boolean {
  if ($(`${PREVIOUS}, ${enginePrevious}`).length > 0) return true;
  const here = pageUrl && URL.canParse(pageUrl) ? new URL(pageUrl) : null;
  return here !== null && PAGE_PARAMS.some((param) => pageNumber(here, param) > 1);
}
