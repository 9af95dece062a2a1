// A made-up Hacker News thread (the Algolia items API's JSON shape) of any size, for the web benchmark
// and the server's load tests: varied sentences with agreement, concession and disagreement cues,
// replies nested like a real thread (most replies to recent comments, some deep chains).
import { random } from './random.mjs';

const OPENERS = [
  'I agree with this, and', 'That makes sense, though', 'I disagree:', "I don't think that's right, because",
  'Fair point, but', 'Good question.', 'In my experience', 'The data suggests', 'Maybe,', 'Exactly.',
];
const CLAIMS = [
  'remote teams ship faster when the work is written down', 'most benchmarks measure the wrong thing',
  'caching hides the real latency problem', 'the study had a tiny sample', 'type systems catch a class of bugs tests miss',
  'the cost is mostly in coordination, not code', 'open source maintainers are underpaid', 'this scales worse than it looks',
  'the original post ignores the security angle', 'you can measure it with a simple A/B test',
];
const NAMES = ['ada', 'brian', 'chen', 'dana', 'eli', 'fatima', 'gus', 'hana', 'ivan', 'jo', 'kofi', 'lena', 'mo', 'nia', 'omar', 'pia'];

/** The thread as an Algolia item: { id, type: 'story', title, children: [comments…] }. */
export function generateHnThread(comments, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const story = { id: 1, type: 'story', author: 'op', title: `A generated thread of ${comments} comments`, text: `<p>${pick(CLAIMS)}.</p>`, story_id: 1, created_at_i: 1700000000, points: 100, children: [] };
  const nodes = [story];
  for (let i = 0; i < comments; i++) {
    // Replies favour recent comments (a conversation) but a share go to the story or anywhere earlier.
    const r = next();
    const parent = r < 0.08 ? story : r < 0.6 ? nodes[Math.max(0, nodes.length - 1 - Math.floor(next() * 12))] : nodes[Math.floor(next() * nodes.length)];
    const id = i + 2;
    const text = `<p>${pick(OPENERS)} ${pick(CLAIMS)}. ${next() < 0.5 ? `Also, ${pick(CLAIMS)} (comment ${id}).` : `See comment ${id}.`}</p>`;
    const comment = { id, type: 'comment', author: pick(NAMES), text, parent_id: parent.id, story_id: 1, created_at_i: 1700000000 + i * 60, points: null, children: [] };
    parent.children.push(comment);
    nodes.push(comment);
  }
  return story;
}
