// Simple Machines Forum 2.x: each post a `.post_wrapper` whose `.inner` div has id="msg_123", the writer
// in `.poster h4`, the date in the "« Reply #1 on: January 15, 2024, 10:30:00 AM »" line. Quotes are
// <blockquote class="bbc_standard_quote"> (bbc_alternate_quote when nested); their header "Quote from: X
// on …" links to the quoted message (…msg122#msg122): inside as <cite> in 2.1, just before it in 2.0.
import type { ForumEngine } from './engine.js';

const QUOTED_MESSAGE = /msg=?(\d+)/;
const QUOTED_AUTHOR = /^Quote from:\s*(.+?)\s+on\s/;

export const smf: ForumEngine = {
  name: 'smf',
  post: '.post_wrapper',
  postId: [{ selector: '.inner[id^=msg_]', attr: 'id', pattern: /^msg_(\d+)$/ }],
  anchor: (id) => `msg${id}`,
  body: '.inner[id^=msg_]',
  author: [{ selector: '.poster h4 a' }, { selector: '.poster h4' }],
  date: [{ selector: '.keyinfo .smalltext, .postinfo .smalltext' }],
  quote: 'blockquote.bbc_standard_quote, blockquote.bbc_alternate_quote',
  quoteHeader: 'cite',
  quotedPostId: [
    { selector: 'cite a', attr: 'href', pattern: QUOTED_MESSAGE },
    { before: '.quoteheader', selector: 'a', attr: 'href', pattern: QUOTED_MESSAGE },
  ],
  quotedAuthor: [{ selector: 'cite', pattern: QUOTED_AUTHOR }, { before: '.quoteheader', pattern: QUOTED_AUTHOR }],
  chrome: '.quoteheader, .quotefooter, .codeheader',
  previousPage: '.pagelinks a.nav_page:first-child:not(.current)',
  nextPage: '.pagelinks strong + a.navPages, .pagelinks .current_page + a.nav_page',
};
