// XenForo 2 (and 1): each post an <article class="message" data-author="X" data-content="post-123">,
// the words in `.message-body .bbWrapper`, quotes as <blockquote class="bbCodeBlock--quote"
// data-quote="X" data-source="post: 123"> with a "X said:" title and a "Click to expand..." link.
import type { ForumEngine } from './engine.js';

export const xenforo: ForumEngine = {
  name: 'xenforo',
  post: 'article.message--post, li.message[id^=post-]',
  postId: [{ attr: 'data-content', pattern: /^post-(\d+)$/ }, { attr: 'id', pattern: /(?:^|-)post-(\d+)$/ }],
  anchor: (id) => `post-${id}`,
  body: '.message-body .bbWrapper, .messageText',
  author: [{ attr: 'data-author' }, { selector: '.message-name .username, .username' }],
  date: [{ selector: '.message-attribution time[datetime], time.u-dt', attr: 'datetime' }, { selector: '.DateTime', attr: 'title' }],
  quote: 'blockquote.bbCodeBlock--quote, .bbCodeQuote',
  quoteHeader: '.bbCodeBlock-title, .attribution',
  quotedPostId: [{ attr: 'data-source', pattern: /post:\s*(\d+)/ }, { selector: 'a[href*="/goto/post"]', attr: 'href', pattern: /id=(\d+)/ }],
  quotedAuthor: [{ attr: 'data-quote' }, { attr: 'data-author' }],
  chrome: '.bbCodeBlock-expandLink, .quoteExpand, .bbCodeBlock--code > .bbCodeBlock-title',
  previousPage: 'a.pageNav-jump--prev, a.PageNavPrev',
  nextPage: 'a.pageNav-jump--next, a.PageNavNext',
};
