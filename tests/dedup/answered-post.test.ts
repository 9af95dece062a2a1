// Whom a new voice answers: the claim it names, else the post whose words it shares most, among the
// posts just before the one it was pasted into.
import { describe, expect, it } from 'vitest';
import { AnsweredPostIndex, WINDOW } from '../../src/dedup/answered-post.js';

/** Posts of one paragraph each, known by their paragraph index. */
function indexOf(paragraphs: string[]): AnsweredPostIndex<number> {
  return new AnsweredPostIndex(paragraphs.map((_, i) => i), (post) => [post], (p) => paragraphs[p]!);
}

describe('the post a new voice answers', () => {
  const exchange = [
    'Reading the policy carefully, I think database executives at the cloud provider could exfiltrate model weights.',
    'I am describing an attack vector: anyone with physical access to the systems can exfiltrate weights once an executive signs off, given physical access to the racks and the systems.',
    'That was a footnote to the post above.',
  ];

  it('goes to the post that says the claim it names, not the one sharing the most words', () => {
    const voice = [...exchange, 'The assumption that datacenter executives could exfiltrate data conflates physical access with system access to the racks.'];
    expect(indexOf(voice).answered([3], 2)).toBe(0);
  });

  it('answers a claim where it was first made when a later post says it again', () => {
    const posts = ['Executives could exfiltrate the weights.', 'Again: executives could exfiltrate the weights, as I said.', 'A footnote.',
      'The claim that executives could exfiltrate anything is wrong.'];
    expect(indexOf(posts).answered([3], 2)).toBe(0);
  });

  it('does not take a claim said only in an aside in parentheses', () => {
    const posts = ['Audits matter (executives could exfiltrate weights, some say) for trust in vendors.', 'My point: executives could exfiltrate weights.', 'A footnote.',
      'The idea that executives could exfiltrate weights ignores how vendors audit their racks.'];
    expect(indexOf(posts).answered([3], 2)).toBe(1);
  });

  it('with no claim named, answers the post it shares most words with', () => {
    const voice = [...exchange, 'Physical access to the racks does not grant access to the systems.'];
    expect(indexOf(voice).answered([3], 2)).toBe(1);
  });

  it(`reads only the ${WINDOW} posts before the one it was pasted into`, () => {
    const posts = ['Nitro hardware enclaves block operator access.', ...Array.from({ length: WINDOW + 1 }, (_, i) => `Unrelated note number ${i}.`),
      'Nitro hardware enclaves block operator access, as said.'];
    expect(indexOf(posts).answered([posts.length - 1], posts.length - 2)).toBeNull();
    expect(indexOf(posts.slice(1)).answered([posts.length - 2], posts.length - 3)).toBeNull();
    const near = [posts[0]!, ...posts.slice(2)];
    expect(indexOf(near).answered([near.length - 1], near.length - 2)).toBe(0);
  });
});
