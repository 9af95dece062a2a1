// A synthetic pasted thread for benchmarks: deterministic, argument-shaped, with repeats and quoting replies.
import { random } from './random.mjs';

// Argument-shaped openers (so the tagger has cues to find) over a 9,000-word made-up vocabulary (so
// distinct paragraphs share no shingles by chance, as distinct real comments don't).
const OPENERS = ['I think', 'It seems likely that', 'My guess is that', 'The data shows that', 'I disagree:', 'That makes sense, though',
  'According to the 2019 study,', 'Does anyone know whether', 'Honestly,', 'To be fair,', 'In my experience', 'I agree that'];
const SYLLABLES = 'ba be bi bo du ka ke ki ko lu ma me mi mo nu pa pe pi po ru sa se si so tu va ve vi vo zu'.split(' ');
const VOCABULARY = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.slice(0, 10).map((c) => a + b + c)));

function sentence(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = Array.from({ length: 8 + Math.floor(rand() * 8) }, () => pick(VOCABULARY));
  return `${pick(OPENERS)} ${words.join(' ')} by about ${Math.floor(rand() * 90) + 5}%.`;
}

export function syntheticThread(paragraphs, seed = 42) {
  const rand = random(seed);
  const fresh = [];
  const lines = [];
  const newParagraph = () => {
    const text = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');
    fresh.push(text);
    return text;
  };
  while (lines.length < paragraphs) {
    const r = rand();
    const earlier = fresh.length ? fresh[Math.floor(rand() * fresh.length)] : null;
    if (earlier && r < 0.2) lines.push(earlier, `Ok, but ${newParagraph()}`);        // a quoting reply
    else if (earlier && r < 0.3) lines.push(earlier);                                 // a repeat
    else lines.push(newParagraph());
  }
  return lines.slice(0, paragraphs).join('\n');
}

/**
 * An exchange pasted twice, as the seed exchange is: the first copy runs each two-paragraph post straight
 * into the next one's text; the second copy sets a short reply between them, which shows a post ended there
 * (the new-voice split of src/dedup/voices.ts). Blocks of 20 posts, each block copied twice in turn.
 */
export function syntheticRepeatedExchange(paragraphs, seed = 42) {
  const rand = random(seed);
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand)).join(' ');
  const lines = [];
  while (lines.length < paragraphs) {
    const posts = Array.from({ length: 20 }, () => [paragraph(), paragraph()]);
    lines.push(...posts.flat());
    for (const post of posts) lines.push(...post, `Thanks, ${paragraph()}`);
  }
  return lines.slice(0, paragraphs).join('\n');
}
