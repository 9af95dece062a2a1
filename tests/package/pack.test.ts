// What `npm pack` ships works once installed: the tarball (packed from the built dist/, as npm test builds
// first) is unpacked where npm would put it, its bin linked as npm links it, and its dependencies taken
// from this checkout's node_modules (no registry here). Then `threadmap analyze` runs, the library API
// answers, and a TypeScript caller type-checks against the shipped declarations.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapDocument } from '../../src/model.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const THREAD = 'Remote work is more productive for most teams.\n\nI disagree; the studies are weak.\n\nFair point, though the survey data is strong.\n';
const run = (file: string, args: string[], cwd: string) => execFileSync(file, args, { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });

describe('the packed package', () => {
  const dir = tempDir('threadmap-pack-');
  const project = join(dir, 'project');
  const installed = join(project, 'node_modules', 'threadmap');
  let files: string[];

  beforeAll(() => {
    const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as [{ filename: string; files: { path: string }[] }];
    files = packed.files.map((file) => file.path);
    mkdirSync(installed, { recursive: true });
    run('tar', ['-xzf', join(dir, packed.filename), '-C', installed, '--strip-components=1'], dir);
    for (const dependency of readdirSync(join(ROOT, 'node_modules'))) {
      if (dependency !== '.bin') symlinkSync(join(ROOT, 'node_modules', dependency), join(project, 'node_modules', dependency));
    }
    mkdirSync(join(project, 'node_modules', '.bin'));
    symlinkSync('../threadmap/bin/threadmap.js', join(project, 'node_modules', '.bin', 'threadmap'));
    writeFileSync(join(project, 'thread.txt'), THREAD);
    writeFileSync(join(project, 'package.json'), '{"name": "uses-threadmap", "private": true, "type": "module"}');
  }, 180_000);

  it('holds the compiled code, its declarations, the page bundle, views and lexicons, and no sources or tests', () => {
    for (const needed of ['bin/threadmap.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/worker/task.js', 'public/dist/app.js', 'views/home.eta', 'data/lexicons/claim.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /^(src|tests|bench)\//.test(file) || file.endsWith('.map'))).toEqual([]);
  });

  it('runs `threadmap analyze` from the installed bin', () => {
    const doc = JSON.parse(run(join(project, 'node_modules', '.bin', 'threadmap'), ['analyze', 'thread.txt', '-f', 'json'], project)) as MapDocument;
    expect(doc.schema).toBe('threadmap/1');
    expect(doc.stats.posts).toBe(3);
    expect(doc.posts.map((post) => post.parentId)).toEqual([null, 'p1', 'p2']);
  }, 120_000);

  it('answers `import { analyze, tag } from "threadmap"`', () => {
    writeFileSync(join(project, 'use.mjs'), `import { analyze, tag } from 'threadmap';
const doc = await analyze({ text: ${JSON.stringify(THREAD)} });
console.log(JSON.stringify({ posts: doc.stats.posts, tags: tag('I disagree; the data is weak.', 'Remote work is better.') }));`);
    const out = JSON.parse(run(process.execPath, ['use.mjs'], project)) as { posts: number; tags: { tags: string[]; stance: { label: string } } };
    expect(out.posts).toBe(3);
    expect(out.tags.tags).toContain('disagreement');
    expect(out.tags.stance.label).toBe('disagree');
  }, 120_000);

  it('type-checks a TypeScript caller against the shipped declarations', () => {
    writeFileSync(join(project, 'use.ts'), `import { analyze, tag, type MapDocument, type TagName } from 'threadmap';
const doc: Promise<MapDocument> = analyze('https://news.ycombinator.com/item?id=1');
const tags: TagName[] = tag('Fair point.').tags;
void doc; void tags;`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] }));
    expect(run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], project)).toBe('');
  }, 120_000);
});
