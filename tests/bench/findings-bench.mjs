#!/usr/bin/env node
// Two figures for the lint and format steps (issue 13):
// 1. 10,000 findings ranked into annotations (planFindingAnnotations) and rendered into the job
//    summary (renderFindingsSummary), in process: goal under 200 ms.
// 2. The lint step's own overhead beyond the tool's run: `node dist/cli/index.js lint --github`
//    (as actions/lint runs it) on a copy of the Go sample with go vet, wall time minus the tool's
//    own duration (printed by the command), median of N runs: goal under 300 ms.
//
//   node tests/bench/findings-bench.mjs [--runs 7] [--findings 10000]
// Needs dist/cli (npm run build) and Go. Generated files go to the temp folder and are removed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const arg = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const runs = arg('--runs', 7);
const count = arg('--findings', 10_000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const tmp = mkdtempSync(join(tmpdir(), 'quality-findings-bench-'));
const entryDir = join(repo, 'tests/bench/out');
try {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // ---------------------------------------------------------------- 1. render
  mkdirSync(entryDir, { recursive: true });
  const entry = join(entryDir, 'findings-entry.ts');
  writeFileSync(entry, "export { planFindingAnnotations, renderFindingsSummary } from '@quality/kit/findings';\n");
  execFileSync(
    process.execPath,
    [join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', join(tmp, 'bundle'), '-q', '-t'],
    {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  // A re-exporting entry keeps its named exports in the ESM bundle.
  const k = await import(pathToFileURL(join(tmp, 'bundle/index.js')).href);
  const sev = ['error', 'warning', 'notice'];
  const findings = Array.from({ length: count }, (_, i) => ({
    tool: ['eslint', 'tsc', 'ruff'][i % 3],
    rule: `rule-${i % 97}`,
    severity: sev[i % 7 === 0 ? 0 : i % 3 === 0 ? 2 : 1],
    path: `src/module-${i % 400}/file-${i % 1300}.ts`,
    line: 1 + (i % 900),
    column: 1 + (i % 80),
    message: `Finding number ${i}: something about \`code\` <here> & there | with a pipe`,
  }));
  const changed = new Map([...Array(200)].map((_, i) => [`src/module-${i}/file-${i}.ts`, new Set([1, 2, 3, 50, 100])]));
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs + 2; i++) {
    const t0 = performance.now();
    const plan = k.planFindingAnnotations(findings, { changed });
    const md = k.renderFindingsSummary(findings, { title: 'Lint', plan });
    const t = performance.now() - t0;
    bytes = Buffer.byteLength(md);
    if (i >= 2) times.push(t); // two warm-up rounds
  }
  console.log(
    `render: ${count} findings -> annotations + summary (${(bytes / 1024).toFixed(0)} KiB): median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (goal < 200 ms)`,
  );

  // ---------------------------------------------------------------- 2. step overhead
  const ws = join(tmp, 'ws');
  mkdirSync(ws);
  for (const e of readdirSync(join(repo, 'tests/fixtures/lint/go')))
    cpSync(join(repo, 'tests/fixtures/lint/go', e), join(ws, e), { recursive: true });
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'b',
    GIT_AUTHOR_EMAIL: 'b@x',
    GIT_COMMITTER_NAME: 'b',
    GIT_COMMITTER_EMAIL: 'b@x',
  };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: ws, env: gitEnv });
  execFileSync('git', ['add', '-A'], { cwd: ws, env: gitEnv });
  execFileSync('git', ['commit', '-q', '-m', 'x'], { cwd: ws, env: gitEnv });
  const overhead = [];
  const walls = [];
  for (let i = 0; i < runs + 1; i++) {
    const out = join(tmp, `out-${i}`);
    writeFileSync(out, '');
    const summary = join(tmp, `summary-${i}`);
    writeFileSync(summary, '');
    const env = {
      ...process.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKSPACE: ws,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
      'INPUT_WORKING-DIRECTORY': '.',
      INPUT_TOOLS: 'go-vet',
      'INPUT_FAIL-LEVEL': 'none',
    };
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(repo, 'dist/cli/index.js'), 'lint', '--github'], {
      cwd: ws,
      env,
      encoding: 'utf8',
    });
    const wall = performance.now() - t0;
    const m = /go-vet \S+: 1 finding \((\d+) ms\)/.exec(r.stdout);
    if (r.status !== 0 || !m) throw new Error(`lint --github failed (${r.status}): ${r.stdout}\n${r.stderr}`);
    if (i === 0) continue; // warm-up (Go's build cache)
    walls.push(wall);
    overhead.push(wall - Number(m[1]));
  }
  console.log(
    `lint step: wall median ${median(walls).toFixed(0)} ms, own overhead beyond go vet's run median ${median(overhead).toFixed(0)} ms, max ${Math.max(...overhead).toFixed(0)} ms (goal < 300 ms; node start-up included)`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(join(entryDir, 'findings-entry.ts'), { force: true });
}
