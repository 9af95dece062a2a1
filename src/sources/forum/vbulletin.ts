// vBulletin 3 and its descendant Something Awful: each post a <table class="post" id="post123">, the
// writer in <dt class="author">, the date as the text of <td class="postdate"> (after its "#" and "?"
// links), quotes as <div class="bbc-block"><h4><a class="quote_link" href="…#post123">X posted:</a></h4>
// <blockquote>…</blockquote></div>. Code boxes share the bbc-block class but are not quotes.
// vBulletin 3.8's own default skin: each post a <table class="tborder" id="post123">, the words in
// <div id="post_message_123">, the writer in <a class="bigusername">, the date the text of the first
// <td class="thead">; a quote is the template's <div style="margin:20px; margin-top:5px"> holding a
// "Quote:" caption and a table whose "Originally Posted by <strong>X</strong>" line links to the post.
// Code boxes share that <div> but hold a <pre> instead of the table; their "Code:" caption is chrome.
import type { ForumEngine } from './engine.js';

export const vbulletin: ForumEngine = {
  name: 'vbulletin',
  post: 'table.post[id^=post], div.post[id^=post_], li.postcontainer[id^=post_], table.tborder[id^=post]',
  postId: [{ attr: 'id', pattern: /^post_?(\d+)$/ }],
  anchor: (id) => `post${id}`,
  body: 'td.postbody, .postcontent, [id^=post_message_]',
  author: [{ selector: 'dt.author' }, { selector: '.username' }, { selector: '.bigusername' }],
  date: [{ selector: 'td.postdate' }, { selector: '.postdate .date' }, { selector: 'td.thead' }],
  quote: '.bbc-block:not(.code), .bbcode_quote, div[style^="margin:20px"]:has(> table)',
  quoteHeader: 'h4, .bbcode_postedby, div[style^="margin:20px"] > div.smallfont, div[style^="margin:20px"] td > div:not([style])',
  quotedPostId: [
    { selector: 'a.quote_link', attr: 'href', pattern: /#post(\d+)/ },
    { selector: '.bbcode_postedby a[href]', attr: 'href', pattern: /[#?&]p(?:ost)?=?(\d+)/ },
    // Old Something Awful quotes broke their own markup and left the id in the header text: `Name" post="123 posted:`.
    { selector: 'h4', pattern: /post="(\d+)/ },
    { selector: 'td > div:not([style]) a[href*="showthread.php?p="]', attr: 'href', pattern: /[?&]p=(\d+)/ },
  ],
  quotedAuthor: [
    { selector: 'h4, .bbcode_postedby', pattern: /^(.+?)(?:" post="\d+)?\s+(?:posted|wrote):?$/ },
    { selector: 'td > div:not([style]) > strong' },
  ],
  chrome: '.bbc-block.code > h4, .bbc-block.code > h5, p.editedby, .signature, div[style^="margin:20px"] > div.smallfont',
  previousPage: 'a[title="Previous page"], a[title^="Prev Page"]',
  nextPage: 'a[title="Next page"], a[title^="Next Page"]',
};
