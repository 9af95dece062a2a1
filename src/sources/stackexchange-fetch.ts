// Reading a question through the Stack Exchange API: the question, its answers (page by page while
// `has_more`), the comments on the question and on the answers (100 answer ids a call). The API asks
// clients to wait `backoff` seconds before calling again; every call after the first counts against
// ctx.maxRequests, and what the limit cut off is said on the diagnostics.
import { ThreadmapError } from '../errors.js';
import type { Diagnostic, RawThread, ReadContext } from '../model.js';
import { field } from './content.js';
import { readStackExchangeApi } from './stackexchange-api.js';
import { warning } from './util/diagnostics.js';
import { arrayOf, finiteNumber, idText, text } from './util/json.js';

export const API_ROOT = 'https://api.stackexchange.com/2.3';
const PAGE_SIZE = 100;
/** Most ids one `/answers/{ids}/comments` call takes. */
const IDS_PER_CALL = 100;

export type Wait = (ms: number) => Promise<void>;

export interface QuestionRef {
  /** The API's `site` parameter: the site's domain ("stackoverflow.com", "math.stackexchange.com"). */
  site: string;
  questionId: string | null;
  /** Set for /a/<id> links, whose question is looked up first. */
  answerId: string | null;
}

interface Session {
  ctx: ReadContext;
  wait: Wait;
  site: string;
  followUps: number;
  backoffMs: number;
  diagnostics: Diagnostic[];
}

async function apiGet(session: Session, path: string, params: Record<string, string> = {}): Promise<unknown> {
  if (session.backoffMs > 0) await session.wait(session.backoffMs);
  const query = new URLSearchParams({ site: session.site, filter: 'withbody', ...params });
  const url = `${API_ROOT}${path}?${query}`;
  const response = await session.ctx.http.request(url);
  let body: unknown;
  try { body = JSON.parse(response.body); } catch { body = undefined; }
  const refusal = text(field(body, 'error_message'));
  if (response.status >= 400 || refusal) {
    const why = refusal ? `: ${refusal}` : '';
    throw new ThreadmapError('fetch-failed', `The Stack Exchange API answered HTTP ${response.status} for ${path} on ${session.site}${why}.`);
  }
  if (body === undefined) throw new ThreadmapError('fetch-failed', `The Stack Exchange API did not answer JSON for ${url}.`);
  session.backoffMs = (finiteNumber(field(body, 'backoff')) ?? 0) * 1000;
  return body;
}

/** Every page of one listing, while `has_more` and the request limit allow. */
async function apiPages(session: Session, path: string, params: Record<string, string>, what: string): Promise<unknown[]> {
  const pages: unknown[] = [];
  for (let page = 1; ; page++) {
    if (session.followUps >= session.ctx.maxRequests) {
      session.diagnostics.push(warning(`Some ${what} were not read: the request limit (${session.ctx.maxRequests}) was reached.`, path));
      return pages;
    }
    session.followUps++;
    const body = await apiGet(session, path, { ...params, page: String(page), pagesize: String(PAGE_SIZE) });
    pages.push(body);
    session.ctx.onProgress?.({ stage: 'fetch', done: session.followUps, total: session.ctx.maxRequests, message: what });
    if (field(body, 'has_more') !== true) return pages;
  }
}

const itemIds = (pages: unknown[], key: string) =>
  pages.flatMap((page) => arrayOf(field(page, 'items'))).map((item) => idText(field(item, key))).filter((id): id is string => id !== null);

async function questionIdOf(session: Session, ref: QuestionRef): Promise<string> {
  if (ref.questionId !== null) return ref.questionId;
  const answer = await apiGet(session, `/answers/${ref.answerId}`);
  const id = idText(field(answer, 'items', 0, 'question_id'));
  if (id === null) throw new ThreadmapError('not-a-thread', `Answer ${ref.answerId} was not found on ${ref.site}: it may be deleted.`);
  return id;
}

export async function fetchQuestion(ref: QuestionRef, ctx: ReadContext, wait: Wait, url: string): Promise<RawThread> {
  const session: Session = { ctx, wait, site: ref.site, followUps: 0, backoffMs: 0, diagnostics: [] };
  const questionId = await questionIdOf(session, ref);
  const question = await apiGet(session, `/questions/${questionId}`);
  if (arrayOf(field(question, 'items')).length === 0) {
    throw new ThreadmapError('not-a-thread', `Question ${questionId} was not found on ${ref.site}: it may be deleted, or the URL is wrong.`);
  }
  const answers = await apiPages(session, `/questions/${questionId}/answers`, { sort: 'votes', order: 'desc' }, 'answers');
  const questionComments = await apiPages(session, `/questions/${questionId}/comments`, { sort: 'creation', order: 'asc' }, 'comments on the question');
  const answerComments: unknown[] = [];
  const answerIds = itemIds(answers, 'answer_id');
  for (let i = 0; i < answerIds.length; i += IDS_PER_CALL) {
    const ids = answerIds.slice(i, i + IDS_PER_CALL).join(';');
    answerComments.push(...await apiPages(session, `/answers/${ids}/comments`, { sort: 'creation', order: 'asc' }, 'comments on answers'));
  }
  // The page's order: the question, its comments, then the answers.
  return readStackExchangeApi([question, ...questionComments, ...answers, ...answerComments], url, session.diagnostics);
}
