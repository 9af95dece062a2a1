// The real threads the tagger is measured on, read through Threadmap's own pipeline, and the sentence
// references the labelled sets use. Labels are kept in the repo, the sentences stay in ../shared: a
// reference is (file, post id, sentence hash), and a sentence is found again by its hash, in its post first,
// then anywhere in its thread (post ids of pasted text can change when reconstruction improves).
// The pipeline comes in as `{ analyze, splitSentences }`: scripts pass the built dist/, tests the sources.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

export const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const PROJECT = new URL('../../', import.meta.url).pathname;
/** A reference's file: under ../shared, or the project's own saved real threads (tests/fixtures/sources/…). */
const threadPath = (file, root) => (file.startsWith('tests/') ? join(PROJECT, file) : join(root, file));

/** Every file under ../shared/fixtures and ../shared/seeds that is a thread (not the per-user LW dump). */
export function realThreadFiles(root = SHARED) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|html|txt)$/.test(name) && !/NOT_A_THREAD|README/.test(name)) found.push(relative(root, path));
    }
  };
  for (const top of ['fixtures', 'seeds']) if (existsSync(join(root, top))) walk(join(root, top));
  return found;
}

/** A thread's short name (its file's name without the extension), for packets and reference files. */
export const threadName = (file) => basename(file).replace(/\.[a-z]+$/, '');

export const sentenceHash = (text) => createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);

/** A thread as the pipeline reads it: its posts, each with its sentences (hash, and the tags the map gave
 * them: the splitter and the tagger see the same sentences in the same order), and the post's stance. */
export async function readThread(file, { analyze, splitSentences }, root = SHARED) {
  const doc = await analyze({ text: readFileSync(threadPath(file, root), 'utf8') });
  const posts = doc.posts.map((post) => ({
    id: post.id, parentId: post.parentId, author: post.author, placeholder: Boolean(post.placeholder), text: post.text,
    title: post.title ?? null, stance: post.stance, quotes: (post.quotes ?? []).map((quote) => quote.text),
    sentences: splitSentences(post.text).map((text, i) => ({ text, hash: sentenceHash(text), tagged: post.sentences[i] ?? null })),
  }));
  return { file, title: doc.source.title, kind: doc.source.kind, posts, byId: new Map(posts.map((p) => [p.id, p])), argument: doc.argument };
}

/** The sentence a reference names, with its post and that post's parent, or null when it is gone. */
export function resolveSentence(thread, ref) {
  const inPost = (post) => post && post.sentences.find((s) => s.hash === ref.hash);
  let post = thread.byId.get(ref.postId);
  let sentence = inPost(post);
  if (!sentence) {
    post = thread.posts.find((p) => inPost(p));
    sentence = inPost(post);
  }
  if (!sentence) return null;
  return { post, sentence, parent: post.parentId ? thread.byId.get(post.parentId) ?? null : null };
}

/** A post a pair names, by id, else by the hash of its first sentence. */
export function resolvePost(thread, id, firstHash) {
  const post = thread.byId.get(id);
  if (post && post.sentences[0]?.hash === firstHash) return post;
  return thread.posts.find((p) => p.sentences[0]?.hash === firstHash) ?? null;
}

/** Seeded, repeatable randomness (mulberry32, the benchmarks' own): the same seed draws the same sample everywhere. */
export { random as seededRandom } from '../../bench/random.mjs';

export function shuffled(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
