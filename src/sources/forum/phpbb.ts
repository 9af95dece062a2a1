// phpBB 3 (prosilver): each post a <div class="post" id="p123">, the words in `.postbody .content`, the
// writer in the profile column (or "by <strong>X</strong>" in 3.0), quotes as <blockquote><cite>X wrote:
// <a href="./viewtopic.php?p=120#p120" data-post-id="120">↑</a></cite>…</blockquote> (3.2+ carry the id).
import type { ForumEngine } from './engine.js';

export const phpbb: ForumEngine = {
  name: 'phpbb',
  post: 'div.post[id^=p]',
  postId: [{ attr: 'id', pattern: /^p(\d+)$/ }],
  anchor: (id) => `p${id}`,
  body: '.postbody .content',
  author: [
    { selector: '.postprofile .username, .postprofile .username-coloured' },
    { selector: 'p.author .username, p.author .username-coloured, p.author strong' },
  ],
  date: [{ selector: 'p.author time', attr: 'datetime' }, { selector: 'p.author' }],
  quote: 'blockquote',
  quoteHeader: 'cite',
  quotedPostId: [
    { selector: 'cite a[data-post-id]', attr: 'data-post-id' },
    { selector: 'cite a[href*="#p"]', attr: 'href', pattern: /#p(\d+)/ },
  ],
  quotedAuthor: [{ selector: 'cite', pattern: /^(.+?)\s+wrote\b/ }],
  // "Code: Select all" above code boxes.
  chrome: '.codebox > p, .codebox > header',
  previousPage: '.pagination .previous a',
  nextPage: '.pagination .next a',
};
