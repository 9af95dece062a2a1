// Every site adapter, most specific first; the generic forum reader must stay last.
// A new forum: write src/sources/<site>.ts exporting a SourceAdapter, add it here, add tests/sources/<site>.test.ts.
import type { SourceAdapter } from '../model.js';
import { discourseAdapter } from './discourse.js';
import { disqusAdapter } from './disqus.js';
import { forumHtmlAdapter } from './forum-html.js';
import { githubAdapter } from './github.js';
import { hackernewsAdapter } from './hackernews.js';
import { lemmyAdapter } from './lemmy.js';
import { lesswrongAdapter } from './lesswrong.js';
import { lobstersAdapter } from './lobsters.js';
import { mastodonAdapter } from './mastodon.js';
import { redditAdapter } from './reddit.js';
import { stackExchangeAdapter } from './stackexchange.js';

export const ADAPTERS: readonly SourceAdapter[] = [
  lesswrongAdapter,
  hackernewsAdapter,
  redditAdapter,
  discourseAdapter,
  stackExchangeAdapter,
  githubAdapter,
  lemmyAdapter,
  lobstersAdapter,
  mastodonAdapter,
  disqusAdapter,
  forumHtmlAdapter, // last: any forum-like page
];
