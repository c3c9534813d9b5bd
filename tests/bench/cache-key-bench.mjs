#!/usr/bin/env node
// Cache-key computation on a large tree, side by side with @actions/glob's hashFiles.
//
//   node tests/bench/cache-key-bench.mjs [--files 100000] [--runs 5] [--keep]
//
// Generates a git repository with `--files` files in all: tracked sources and 12 tracked
// package-lock.json files in sub-folders, plus an ignored, populated node_modules (most of the
// files, with package.json / package-lock.json files of its own, as real installs have).
// Then times, on the same tree and the same pattern (`**/package-lock.json`):
//   ours:      gitListFiles (git ls-files with pathspecs) + digestFiles (packages/cache/src/digest.ts)
//   hashFiles: @actions/glob hashFiles('**/package-lock.json'), what `${{ hashFiles() }}` runs
// and checks that our digest equals an independent reference computation over exactly the
// tracked lockfiles (plain `git ls-files` filtered by basename in JS, sha256 per file, the
// documented construction). hashFiles builds a different digest (sha256 over the per-file
// sha256 digests, in its walk order) over every match, node_modules included, so only its
// time and its file count are compared.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const total = opt('--files', 100_000);
const runs = opt('--runs', 5);

// digest.ts imports only node: modules: transpile it as is, so the bench runs the shipped code.
const work = mkdtempSync(join(tmpdir(), 'quality-cache-bench-'));
const src = readFileSync(join(root, 'packages/cache/src/digest.ts'), 'utf8');
const js = ts.transpileModule(src, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
writeFileSync(join(work, 'digest.mjs'), js);
const { gitListFiles, digestFiles } = await import(pathToFileURL(join(work, 'digest.mjs')).href);
const { hashFiles } = await import('@actions/glob');

// ---- the tree
const tree = join(work, 'repo');
const write = (rel, content) => {
  const p = join(tree, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
};
const lockfiles = 12;
const tracked = Math.round(total * 0.1);
const inModules = total - tracked - lockfiles - 1;
let t0 = Date.now();
write('.gitignore', 'node_modules/\n');
for (let i = 0; i < lockfiles; i++)
  write(`packages/p${i}/package-lock.json`, JSON.stringify({ name: `p${i}`, lockfileVersion: 3, i }) + '\n');
for (let i = 0; i < tracked; i++) write(`src/d${i % 100}/f${i}.ts`, `export const v${i} = ${i};\n`);
for (let i = 0; i < inModules; i++) {
  const pkg = `node_modules/pkg${Math.floor(i / 20)}`;
  const k = i % 20;
  write(
    k === 0 ? `${pkg}/package.json` : k === 1 ? `${pkg}/package-lock.json` : `${pkg}/lib/f${k}.js`,
    `module.exports = ${i};\n`,
  );
}
const git = (...a) =>
  execFileSync('git', a, {
    cwd: tree,
    stdio: 'pipe',
    maxBuffer: 1 << 28,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
    },
  }).toString();
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'bench');
const countFiles = Number(
  execFileSync('sh', ['-c', 'find . -path ./.git -prune -o -type f -print | wc -l'], { cwd: tree }).toString().trim(),
);
console.log(
  `tree: ${countFiles} files (${tracked + lockfiles + 1} tracked, ${inModules} in node_modules), generated in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);

// ---- reference digest over exactly the tracked lockfiles
const trackedLocks = git('ls-files', '-z')
  .split('\0')
  .filter((f) => f.split('/').pop() === 'package-lock.json' && !f.split('/').includes('node_modules'))
  .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
const ref = createHash('sha256');
for (const f of trackedLocks)
  ref.update(
    `${f}\0${createHash('sha256')
      .update(readFileSync(join(tree, f)))
      .digest('hex')}\n`,
  );
const reference = ref.digest('hex');

// ---- timings
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = [];
let digest;
let files;
for (let r = 0; r < runs; r++) {
  t0 = process.hrtime.bigint();
  files = await gitListFiles(tree, ['package-lock.json']);
  digest = (await digestFiles(tree, files)).digest;
  ours.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const theirs = [];
let theirDigest;
const hfRuns = Math.max(1, Math.min(runs, 3));
// The runner resolves hashFiles patterns from GITHUB_WORKSPACE: run it from the tree. Its
// per-file ::debug:: lines are dropped from this output (not from the timing).
const cwd = process.cwd();
process.chdir(tree);
const write0 = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => (String(chunk).startsWith('::debug::') ? true : write0(chunk, ...rest));
for (let r = 0; r < hfRuns; r++) {
  t0 = process.hrtime.bigint();
  theirDigest = await hashFiles('**/package-lock.json', tree);
  theirs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
// how many files hashFiles hashed: the same pattern through its globber
const { create } = await import('@actions/glob');
const hfMatched = (await (await create('**/package-lock.json')).glob()).length;
process.stdout.write = write0;
process.chdir(cwd);

const m1 = median(ours);
const m2 = median(theirs);
console.log(
  `ours      (git ls-files + digest): median ${m1.toFixed(1)} ms over ${runs} runs, ${files.length} files, digest ${digest}`,
);
console.log(
  `hashFiles (@actions/glob)       : median ${m2.toFixed(1)} ms over ${hfRuns} runs, ${hfMatched} files (node_modules included), digest ${theirDigest}`,
);
console.log(`speed-up: ${(m2 / m1).toFixed(0)}x`);
console.log(`reference digest over the ${trackedLocks.length} tracked lockfiles: ${reference}`);
const same = digest === reference && JSON.stringify(files) === JSON.stringify(trackedLocks);
console.log(`same digest and file list as the reference: ${same ? 'yes' : 'NO'}`);
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
process.exitCode = same ? 0 : 1;
