#!/usr/bin/env node
// Bundle every action entry and the CLI with @vercel/ncc.
//
//   node scripts/build.mjs              build into dist/
//   node scripts/build.mjs --check      build into a temporary folder and fail when dist/ differs
//   node scripts/build.mjs --fixtures   build the test-only fixture actions into build/fixtures/
//   node scripts/build.mjs --only NAME  build one bundle (faster while working on it)
//
// Entries: actions/<name>/main.ts -> dist/<name>/index.js, actions/<name>/post.ts ->
// dist/<name>/post.js, packages/cli/src/main.ts -> dist/cli/index.js. Each output folder also
// gets a package.json ({"type":"module"}) so Node runs the bundle as ESM, and licenses.txt.
// A second entry (post.ts) is bundled into its own sub-folder (dist/<name>/post/index.js, with a
// one-line dist/<name>/post.js importing it): each build numbers its lazily loaded chunks from
// the module ids, so two entries in one folder would overwrite each other's chunk files.
// Every .js file is written ASCII-only (other characters as \u escapes, see asciiOnly): V8 reads
// and compiles a source with any other character as UTF-16, about twice as slow at every start.
// A character outside ASCII in the text of a tagged template (String.raw`...`) stops the build
// with the bundle, line and what to do: an escape there would change what the tag reads.
// And each ES module factory is a parenthesised function, not an arrow (see eagerFactories): V8
// on Node 20 then compiles it once at load instead of pre-parsing it and parsing it again.
// Last, esbuild drops comments and whitespace, nothing else (the parenthesised factories stay): V8
// scans less at every start, about 8 million instructions fewer for the gate. Names stay: shorter
// local names saved 4 million more but broke @actions/cache, which compares an error's name with
// its class's `.name` (and esbuild's keepNames gave the saving back); terser's full minify cost
// more than it saved on Node 24.
// Type checking is `npm run typecheck`'s job; ncc only transpiles, with the tsconfig.json files in
// actions/, packages/cli/ and tests/fixtures/actions/ (ESNext modules: see the comment there).
import ncc from '@vercel/ncc';
import { transformSync } from 'esbuild';
import { asciiOnly } from './ascii-only.mjs';
import { eagerFactories } from './eager-factories.mjs';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const fixtures = args.includes('--fixtures');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

/** @returns {{name: string, files: {entry: string, out: string}[]}[]} */
function bundles() {
  if (fixtures) {
    const dir = join(root, 'tests/fixtures/actions');
    return readdirSync(dir)
      .filter((n) => existsSync(join(dir, n, 'main.ts')))
      .map((name) => ({ name, files: entryFiles(join(dir, name)) }));
  }
  const list = [{ name: 'cli', files: [{ entry: join(root, 'packages/cli/src/main.ts'), out: 'index.js' }] }];
  const actions = join(root, 'actions');
  if (existsSync(actions)) {
    for (const name of readdirSync(actions).sort()) {
      if (existsSync(join(actions, name, 'main.ts'))) list.push({ name, files: entryFiles(join(actions, name)) });
    }
  }
  return list;
}

function entryFiles(dir) {
  const files = [{ entry: join(dir, 'main.ts'), out: 'index.js' }];
  if (existsSync(join(dir, 'post.ts'))) files.push({ entry: join(dir, 'post.ts'), out: 'post.js' });
  return files;
}

/** A bundle's text as written: eager module factories, ASCII only (`name` in messages), minified. */
function finish(code, name) {
  const eager = eagerFactories(code);
  if (eager.count === 0 && /__nccwpck_require__\) => \{/.test(code))
    console.warn(
      'build: no module factory took the eager form: has the bundle format changed? (scripts/eager-factories.mjs)',
    );
  const ascii = asciiOnly(eager.code, name);
  const { code: small } = transformSync(ascii, {
    format: 'esm',
    charset: 'ascii',
    minifyWhitespace: true,
    legalComments: 'none',
    target: 'node20',
  });
  return small;
}

async function build(outRoot) {
  const started = Date.now();
  // A bundle's name in messages: relative to the repository (dist/cli/index.js), or to the
  // temporary folder of --check.
  const shown = (p) => (relative(root, p).startsWith('..') ? relative(outRoot, p) : relative(root, p));
  for (const b of bundles()) {
    if (only && b.name !== only) continue;
    const outDir = join(outRoot, b.name);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const licenses = new Map();
    for (const [i, f] of b.files.entries()) {
      // The first entry at the top of the folder, any other in a sub-folder named after it.
      const dir = i === 0 ? outDir : join(outDir, f.out.replace(/\.js$/, ''));
      const file = i === 0 ? f.out : 'index.js';
      if (i > 0) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(outDir, f.out), `import './${relative(outDir, join(dir, file))}';\n`);
      }
      const { code, assets } = await ncc(f.entry, {
        cache: false,
        esm: true,
        filterAssetBase: root,
        license: 'licenses.txt',
        minify: false,
        quiet: true,
        sourceMap: false,
        target: 'es2022',
        transpileOnly: true,
      });
      writeFileSync(join(dir, file), finish(code, shown(join(dir, file))));
      for (const [name, asset] of Object.entries(assets)) {
        if (name === 'licenses.txt') licenses.set(f.out, String(asset.source));
        else if (name !== 'package.json') {
          mkdirSync(dirname(join(dir, name)), { recursive: true });
          const source = name.endsWith('.js') ? finish(String(asset.source), shown(join(dir, name))) : asset.source;
          writeFileSync(join(dir, name), source, { mode: asset.permissions });
        }
      }
    }
    // One licenses file for the folder: each distinct notice text once.
    writeFileSync(join(outDir, 'licenses.txt'), [...new Set(licenses.values())].join('\n'));
    writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
    const size = b.files.map(
      (f, i) => statSync(i === 0 ? join(outDir, f.out) : join(outDir, f.out.replace(/\.js$/, ''), 'index.js')).size,
    );
    console.log(
      `${relative(root, outDir).padEnd(28)} ${b.files.map((f, i) => `${f.out} ${(size[i] / 1024).toFixed(0)} kB`).join(', ')}`,
    );
  }
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

const digest = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

if (check) {
  const tmp = mkdtempSync(join(tmpdir(), 'quality-dist-'));
  try {
    await build(tmp);
    const want = listFiles(tmp).sort();
    const have = listFiles(join(root, 'dist')).sort();
    const problems = [];
    for (const f of want) {
      if (!have.includes(f)) problems.push(`missing: dist/${f}`);
      else if (digest(join(tmp, f)) !== digest(join(root, 'dist', f))) problems.push(`stale:   dist/${f}`);
    }
    for (const f of have) if (!want.includes(f)) problems.push(`extra:   dist/${f}`);
    if (problems.length) {
      console.error(
        `dist/ does not match the sources:\n  ${problems.join('\n  ')}\nRun 'npm run build' and commit dist/.`,
      );
      process.exitCode = 1;
    } else {
      console.log('dist/ matches the sources.');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  await build(join(root, fixtures ? 'build/fixtures' : 'dist'));
}
