#!/usr/bin/env node
// The coverage gate end to end: dist/coverage-gate/index.js spawned as the runner spawns it, on a
// git repository of N tracked files (default 100,000), a merged lcov report covering all of them
// (--shards 2: two shard files the gate merges itself), and a pull request whose diff adds D executable lines (default 5,000).
//   node tests/bench/gate-bench.mjs [--files 100000] [--diff-lines 5000] [--shards 1] [--runs 3]
// Prints the setup, then the wall time of each run and the median (goal: under 2 s).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, d) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const FILES = arg('--files', 100_000);
const DIFF_LINES = arg('--diff-lines', 5_000);
const RUNS = arg('--runs', 3);
const SHARDS = arg('--shards', 1);
const LINES_PER_FILE = 40;

const ws = mkdtempSync(join(tmpdir(), 'gate-bench-'));
const git = (...a) =>
  execFileSync('git', a, {
    cwd: ws,
    stdio: 'pipe',
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
    },
  });
const pathOf = (i) => `src/m${String(i % 1000).padStart(3, '0')}/f${i}.js`;
const body = (extra = 0) => Array.from({ length: LINES_PER_FILE + extra }, (_, l) => `x${l};`).join('\n') + '\n';

const t0 = Date.now();
git('init', '-q', '-b', 'main');
for (let d = 0; d < 1000; d++) mkdirSync(join(ws, 'src', `m${String(d).padStart(3, '0')}`), { recursive: true });
for (let i = 0; i < FILES; i++) writeFileSync(join(ws, pathOf(i)), body());
git('add', '-A');
git('commit', '-q', '-m', 'base');
const base = git('rev-parse', 'HEAD').toString().trim();
// The change: append lines to enough files to add DIFF_LINES executable lines.
const perFile = 50;
const changed = Math.ceil(DIFF_LINES / perFile);
for (let i = 0; i < changed; i++) writeFileSync(join(ws, pathOf(i)), body(perFile));
git('add', '-A');
git('commit', '-q', '-m', 'change');
const head = git('rev-parse', 'HEAD').toString().trim();
// Two shards: even files covered in one, odd in the other; the changed files' new lines half covered.
mkdirSync(join(ws, 'coverage'));
for (let shard = 0; shard < SHARDS; shard++) {
  const out = [];
  for (let i = 0; i < FILES; i++) {
    const n = i < changed ? LINES_PER_FILE + perFile : LINES_PER_FILE;
    out.push(`SF:${pathOf(i)}`);
    // old lines: covered by one shard or the other; new lines: every other one untested
    for (let l = 1; l <= n; l++) out.push(`DA:${l},${l > LINES_PER_FILE ? l % 2 : (i + l + shard) % 3 === 0 ? 0 : 1}`);
    out.push(`LF:${n}`, 'end_of_record');
  }
  writeFileSync(join(ws, 'coverage', `shard${shard}.info`), out.join('\n') + '\n');
}
const setupS = (Date.now() - t0) / 1000;
const reportMB = (SHARDS * readFileSync(join(ws, 'coverage/shard0.info')).length) / 1024 / 1024;

const runnerRoot = mkdtempSync(join(tmpdir(), 'gate-bench-runner-'));
const f = (n) => join(runnerRoot, n);
const eventPath = f('event.json');
writeFileSync(
  eventPath,
  JSON.stringify({
    number: 1,
    pull_request: {
      number: 1,
      base: { sha: base, ref: 'main', repo: { full_name: 'o/r' } },
      head: { sha: head, ref: 'x', repo: { full_name: 'o/r', fork: false } },
    },
    repository: { full_name: 'o/r', default_branch: 'main' },
  }),
);
mkdirSync(f('temp'));
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_WORKSPACE: ws,
  GITHUB_SHA: head,
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_API_URL: 'http://127.0.0.1:9',
  RUNNER_TEMP: f('temp'),
  GITHUB_OUTPUT: f('output'),
  GITHUB_STEP_SUMMARY: f('summary'),
  GITHUB_STATE: f('state'),
  INPUT_FILES: 'coverage/*.info',
  'INPUT_MIN-DIFF-COVERAGE': '50',
  'INPUT_MAX-DECREASE': 'off',
  INPUT_BASELINE: 'none',
  INPUT_COMMENT: 'never',
  INPUT_ANNOTATE: 'true',
  INPUT_FAIL: 'true',
  INPUT_FETCH: 'false',
  'INPUT_WORKING-DIRECTORY': '.',
  INPUT_METRIC: 'lines',
  'INPUT_MIN-CHANGED-LINES': '0',
  'INPUT_COMMENT-ID': 'coverage',
  'INPUT_BASELINE-BRANCH': 'quality-baselines',
};
console.log(
  `setup ${setupS.toFixed(1)} s: ${FILES} tracked files, ${SHARDS} lcov report(s) (${reportMB.toFixed(0)} MB), diff of ${changed} files adding ${changed * perFile} lines; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const times = [];
let last;
for (let r = 0; r < RUNS; r++) {
  for (const n of ['output', 'summary', 'state']) writeFileSync(f(n), '');
  const t = process.hrtime.bigint();
  const prof = process.argv.includes('--prof') ? ['--cpu-prof', '--cpu-prof-dir', '/tmp/gate-prof'] : [];
  last = spawnSync(process.execPath, [...prof, join(ROOT, 'dist/coverage-gate/index.js')], {
    cwd: ws,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  times.push(s);
  console.log(`run ${r + 1}: ${s.toFixed(2)} s (exit ${last.status})`);
}
for (const m of last.stdout.matchAll(/::debug::coverage-gate timing: (.*)/g)) console.log(`  ${m[1]}`);
const out = readFileSync(f('output'), 'utf8');
const cov = /diff-coverage<<(\S+)\n([^\n]*)/.exec(out)?.[2];
times.sort((a, b) => a - b);
console.log(
  `median ${times[Math.floor(times.length / 2)].toFixed(2)} s (goal < 2 s); diff-coverage ${cov}; summary ${readFileSync(f('summary')).length} bytes`,
);
if (last.status !== 0 && !/Coverage gate failed/.test(last.stdout))
  console.log(last.stdout.slice(-2000), last.stderr.slice(-2000));
rmSync(ws, { recursive: true, force: true });
rmSync(runnerRoot, { recursive: true, force: true });
