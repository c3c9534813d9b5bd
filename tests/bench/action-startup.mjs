#!/usr/bin/env node
// Each action's own time on a small change: dist/<action>/index.js spawned as the runner spawns
// it (every input at its action.yml default, as the runner passes them), against `node -e 0`,
// interleaved in one run so that both see the same machine. The gate runs on a pull request of
// 8 files and 29 changed lines with an lcov report; matrix and cache-deps on the same small
// npm project. cache-deps has no cache service here (restore reports it unavailable): it measures
// the entry, the key and the summary, not a download.
//   node tests/bench/action-startup.mjs [--runs 21] [--keep] [--node PATH]
// --node: run the entries (and node -e 0) with another Node binary, e.g. the Node 24 the runner
// uses for `using: node24` actions (`npm install --prefix /tmp/n24 node@24`).
// Prints the median wall time of each and its own time: the median, over the rounds, of its wall
// time minus node -e 0's in the same round (paired: the machine's speed drifts between rounds;
// each round starts with a different entry). Where /usr/bin/time exists, also the CPU time (user
// + system, git children included) and its own part: on a busy machine wall times swell with the
// load, CPU times much less.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, d) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const RUNS = arg('--runs', 21);
// --keep: leave the workspace and write run-<entry>.sh there, to profile one entry (--cpu-prof).
const KEEP = process.argv.includes('--keep');
const NODE = process.argv.includes('--node')
  ? resolve(process.argv[process.argv.indexOf('--node') + 1])
  : process.execPath;

const ws = mkdtempSync(join(tmpdir(), 'quality-startup-bench-'));
const runnerRoot = mkdtempSync(join(tmpdir(), 'quality-startup-runner-'));
try {
  const git = (...a) =>
    execFileSync('git', a, {
      cwd: ws,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'b',
        GIT_AUTHOR_EMAIL: 'b@x',
        GIT_COMMITTER_NAME: 'b',
        GIT_COMMITTER_EMAIL: 'b@x',
      },
    });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(ws, 'src'));
  const body = (n, extra = 0) =>
    Array.from({ length: n + extra }, (_, l) => `export const v${l} = ${l};`).join('\n') + '\n';
  writeFileSync(
    join(ws, 'package.json'),
    JSON.stringify({ name: 'small', version: '1.0.0', engines: { node: '20' }, scripts: { test: 'jest' } }),
  );
  writeFileSync(
    join(ws, 'package-lock.json'),
    JSON.stringify({ name: 'small', lockfileVersion: 3, requires: true, packages: {} }),
  );
  for (let i = 0; i < 8; i++) writeFileSync(join(ws, 'src', `f${i}.js`), body(30));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD').toString().trim();
  // 29 changed lines over the 8 files: 4 each in five files, 3 in three.
  for (let i = 0; i < 8; i++) writeFileSync(join(ws, 'src', `f${i}.js`), body(30, i < 5 ? 4 : 3));
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  const head = git('rev-parse', 'HEAD').toString().trim();
  mkdirSync(join(ws, 'coverage'));
  const lcov = [];
  for (let i = 0; i < 8; i++) {
    const n = 30 + (i < 5 ? 4 : 3);
    lcov.push(`SF:src/f${i}.js`);
    for (let l = 1; l <= n; l++) lcov.push(`DA:${l},${l % 3 === 0 ? 0 : 1}`);
    lcov.push(`LF:${n}`, 'end_of_record');
  }
  writeFileSync(join(ws, 'coverage', 'lcov.info'), lcov.join('\n') + '\n');

  const f = (n) => join(runnerRoot, n);
  writeFileSync(
    f('event.json'),
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
  const runnerEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: f('event.json'),
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: head,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: f('temp'),
    GITHUB_OUTPUT: f('output'),
    GITHUB_STEP_SUMMARY: f('summary'),
    GITHUB_STATE: f('state'),
  };
  /** Every input at its action.yml default, as the runner passes them. */
  const defaults = (name) => {
    const inputs = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')).inputs ?? {};
    return Object.fromEntries(
      Object.entries(inputs).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        String(v?.default ?? '').replace(/\$\{\{[^}]*\}\}/g, ''),
      ]),
    );
  };
  const entries = [
    ['node -e 0', ['-e', '0'], {}],
    [
      'coverage-gate',
      [join(ROOT, 'dist/coverage-gate/index.js')],
      { ...defaults('coverage-gate'), INPUT_COMMENT: 'never', INPUT_BASELINE: 'none' },
    ],
    ['matrix', [join(ROOT, 'dist/matrix/index.js')], defaults('matrix')],
    ['cache-deps', [join(ROOT, 'dist/cache-deps/index.js')], defaults('cache-deps')],
  ];
  const times = new Map(entries.map(([n]) => [n, []]));
  const TIME = '/usr/bin/time';
  const withTime = existsSync(TIME);
  const cpu = new Map(entries.map(([n]) => [n, []]));
  const status = new Map();
  let gatePhases = '';
  for (let r = 0; r < RUNS; r++) {
    for (const [name, args, inputs] of entries.map((_, i) => entries[(i + r) % entries.length])) {
      for (const n of ['output', 'summary', 'state']) writeFileSync(f(n), '');
      const t = process.hrtime.bigint();
      const [cmd, argv] = withTime ? [TIME, ['-f', '%U %S', '-o', f('time'), NODE, ...args]] : [NODE, args];
      const res = spawnSync(cmd, argv, { cwd: ws, env: { ...runnerEnv, ...inputs }, encoding: 'utf8' });
      times.get(name).push(Number(process.hrtime.bigint() - t) / 1e6);
      if (withTime) {
        const [user, sys] = readFileSync(f('time'), 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
        cpu.get(name).push((user + sys) * 1000);
      }
      if (name === 'coverage-gate')
        gatePhases = [...res.stdout.matchAll(/::debug::coverage-gate timing: (.*)/g)]
          .map((m) => `  ${m[1]}`)
          .join('\n');
      status.set(
        name,
        res.status === 0
          ? 'exit 0'
          : `exit ${res.status}: ${(res.stdout + res.stderr).split('\n').filter((l) => /::error|Error/.test(l))[0] ?? ''}`,
      );
    }
  }
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const own = (series, name) => median(series.get(name).map((t, r) => t - series.get('node -e 0')[r]));
  console.log(
    `${RUNS} interleaved runs each; node ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  for (const [name] of entries) {
    const m = median(times.get(name));
    const c = withTime ? median(cpu.get(name)) : 0;
    const cpuText = withTime
      ? `   cpu ${c.toFixed(0).padStart(4)} ms${name === 'node -e 0' ? '' : ` (own ${own(cpu, name).toFixed(0).padStart(4)} ms)`}`
      : '';
    console.log(
      `${name.padEnd(14)} median ${m.toFixed(0).padStart(4)} ms${name === 'node -e 0' ? cpuText : `   own ${own(times, name).toFixed(0).padStart(4)} ms (goal ≤ 60)${cpuText}   ${status.get(name)}`}`,
    );
  }
  if (gatePhases) console.log(`coverage-gate phases (last run):\n${gatePhases}`);
  if (KEEP) {
    for (const [name, args, inputs] of entries.slice(1)) {
      const vars = Object.entries({ ...runnerEnv, ...inputs }).map(
        ([k, v]) => `${JSON.stringify(k)}=${JSON.stringify(v)}`,
      );
      writeFileSync(
        f(`run-${name}.sh`),
        `#!/bin/sh\ncd ${JSON.stringify(ws)} && exec env -i ${vars.join(' ')} ${JSON.stringify(NODE)} "$@" ${args.map((a) => JSON.stringify(a)).join(' ')}\n`,
        { mode: 0o755 },
      );
    }
    console.log(`kept: workspace ${ws}, runner files and run-<entry>.sh in ${runnerRoot}`);
  }
} finally {
  if (!KEEP) {
    rmSync(ws, { recursive: true, force: true });
    rmSync(runnerRoot, { recursive: true, force: true });
  }
}
