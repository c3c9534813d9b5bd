#!/usr/bin/env node
// Benchmark of packages/matrix: shard balance (LPT vs. a split by file count, as `jest --shard`
// does), planning time for 10,000 test files, and project detection on a generated monorepo of
// 1,000 projects. Self-contained: bundles the TypeScript engine with ncc into a temp dir.
//
//   node tests/bench/matrix-bench.mjs [--trials 30] [--json]
//
// Timing sets: true durations are lognormal (median 5 s, sigma 1.0, so a few files take
// minutes); the history the planner sees is each duration times a uniform factor in
// [0.75, 1.25] (25% noise), and 10% of the files are new (no history: planShards groups them
// on a few shards with a reserve).
// Makespan = the slowest shard's TRUE total; ideal = true total / N. Seeded, so repeatable.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const trials =
  Number(args[args.indexOf('--trials') + 1]) > 0 && args.includes('--trials')
    ? Number(args[args.indexOf('--trials') + 1])
    : 30;
const asJson = args.includes('--json');
// --history-only: just the one-sample vs timing-history comparison (cheap: no disk walk).
const historyOnly = args.includes('--history-only');

const tmp = mkdtempSync(join(tmpdir(), 'matrix-bench-'));
try {
  // ncc bundles a library without re-exporting it; expose the entry's exports.
  execFileSync(
    process.execPath,
    [
      join(repo, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(repo, 'packages/matrix/src/index.ts'),
      '-o',
      join(tmp, 'bundle'),
      '-q',
      '-t',
    ],
    {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  appendFileSync(join(tmp, 'bundle/index.js'), '\nexport default __webpack_exports__;\n');
  const { default: m } = await import(pathToFileURL(join(tmp, 'bundle/index.js')).href);
  const results = { balance: [], planning: {}, detection: {}, history: [] };

  // ------------------------------------------------------------ balance
  function rng(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function timingSet(seed, files) {
    const r = rng(seed);
    const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    const out = [];
    for (let i = 0; i < files; i++) {
      const path = `src/m${Math.floor(r() * 50)}/f${i}-${Math.floor(r() * 1e6).toString(36)}.test.ts`;
      const actual = 5 * Math.exp(1.0 * normal());
      const isNew = r() < 0.1;
      const history = isNew ? undefined : actual * (0.75 + 0.5 * r());
      out.push({ path, actual, history });
    }
    return out;
  }
  const makespan = (groups, actualOf) => Math.max(...groups.map((g) => g.reduce((s, p) => s + actualOf.get(p), 0)));
  const stats = (xs) => ({ mean: xs.reduce((s, x) => s + x, 0) / xs.length, max: Math.max(...xs) });

  // ------------------------------------------------------------ one sample vs timing history
  // What the planner sees of a file: its last run only, or the median of its last 5 runs
  // (mergeTimingHistory + historyRecords, the code actions/matrix saves and reads). Every run's
  // sample is the true duration times a uniform factor in [0.75, 1.25]; with outliers, 10% of
  // samples are also 2-4x slower (a busy runner, a cold cache). Same sets, same new files.
  for (const outliers of [0, 0.1]) {
    for (const [files, n] of [
      [300, 8],
      [1000, 16],
      [3000, 16],
    ]) {
      const one = [];
      const hist = [];
      for (let t = 0; t < trials; t++) {
        const set = timingSet(7000 * files + n + t, files);
        const r = rng(99 + t);
        const sample = (actual) => actual * (0.75 + 0.5 * r()) * (r() < outliers ? 2 + 2 * r() : 1);
        const actualOf = new Map(set.map((f) => [f.path, f.actual]));
        const ideal = set.reduce((s, f) => s + f.actual, 0) / n;
        let h;
        const runs = [];
        for (let k = 0; k < 5; k++) {
          const recs = set
            .filter((f) => f.history !== undefined)
            .map((f) => ({ path: f.path, seconds: sample(f.actual) }));
          runs.push(recs);
          h = m.mergeTimingHistory(h, recs, 5);
        }
        const last = new Map(runs[4].map((x) => [x.path, x.seconds]));
        const med = new Map(m.historyRecords(h).map((x) => [x.path, x.seconds]));
        const ratio = (w) =>
          makespan(
            m
              .planShards(
                set.map((f) => (w.has(f.path) ? { path: f.path, seconds: w.get(f.path) } : { path: f.path })),
                n,
              )
              .shards.map((s) => s.files),
            actualOf,
          ) / ideal;
        one.push(ratio(last));
        hist.push(ratio(med));
      }
      results.history.push({ outliers, files, shards: n, oneSample: stats(one), median5: stats(hist) });
    }
  }

  for (const files of historyOnly ? [] : [300, 1000, 3000]) {
    for (const n of [8, 16]) {
      const lpt = [];
      const count = [];
      const perfect = [];
      const knownFiles = [];
      const exactKnown = [];
      for (let t = 0; t < trials; t++) {
        const set = timingSet(1000 * files + 10 * n + t, files);
        const actualOf = new Map(set.map((f) => [f.path, f.actual]));
        const ideal = set.reduce((s, f) => s + f.actual, 0) / n;
        const ratio = (units) =>
          makespan(
            m.planShards(units, n).shards.map((s) => s.files),
            actualOf,
          ) / ideal;
        lpt.push(
          ratio(set.map((f) => (f.history === undefined ? { path: f.path } : { path: f.path, seconds: f.history }))),
        );
        count.push(
          makespan(
            m.splitByCount(
              set.map((f) => f.path),
              n,
            ),
            actualOf,
          ) / ideal,
        );
        // References that split the error: exact timings for every file, and noisy history with no new file.
        perfect.push(ratio(set.map((f) => ({ path: f.path, seconds: f.actual }))));
        knownFiles.push(ratio(set.map((f) => ({ path: f.path, seconds: f.history ?? f.actual }))));
        // Exact timings for every known file, new files still unknown: what the new files alone cost.
        exactKnown.push(
          ratio(set.map((f) => (f.history === undefined ? { path: f.path } : { path: f.path, seconds: f.actual }))),
        );
      }
      results.balance.push({
        files,
        shards: n,
        lpt: stats(lpt),
        count: stats(count),
        lptExact: stats(perfect),
        lptNoNewFiles: stats(knownFiles),
        lptExactKnownNewUnknown: stats(exactKnown),
      });
    }
  }

  // ------------------------------------------------------------ planning 10,000 files
  if (!historyOnly) {
    const set = timingSet(42, 10_000);
    const units = set.map((f) => f.path);
    const records = set
      .filter((f) => f.history !== undefined)
      .map((f) => ({ path: `/home/runner/work/repo/repo/pkg/${f.path}`, seconds: f.history }));
    const times = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const idx = m.matchTimings(records, units, 'pkg');
      m.planShards(
        units.map((p) => (idx.seconds.has(p) ? { path: p, seconds: idx.seconds.get(p) } : { path: p })),
        16,
      );
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.planning = {
      files: 10_000,
      shards: 16,
      minMs: times[0],
      medianMs: times[7],
      maxMs: times[times.length - 1],
      includes: 'matching 9,000 timing records to files + LPT',
    };
  }

  // ------------------------------------------------------------ detection on 1,000 projects
  if (!historyOnly) {
    const root = join(tmp, 'monorepo');
    const write = (p, text) => {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), text);
    };
    write('package.json', '{"private":true,"workspaces":["packages/*"],"packageManager":"pnpm@9.1.0"}');
    write('pnpm-lock.yaml', '');
    write('.nvmrc', 'lts/*\n');
    for (let i = 0; i < 1000; i++) {
      const kind = i % 3;
      const dir = kind === 0 ? `packages/p${i}` : kind === 1 ? `services/s${i}` : `go/m${i}`;
      if (kind === 0) {
        write(`${dir}/package.json`, JSON.stringify({ name: `p${i}`, engines: { node: '>=20' } }));
        write(`${dir}/src/index.ts`, '');
        write(`${dir}/src/index.test.ts`, '');
        write(`${dir}/node_modules/dep/package.json`, '{}');
      } else if (kind === 1) {
        write(`${dir}/pyproject.toml`, `[project]\nname = "s${i}"\nrequires-python = ">=3.11"\n\n[tool.uv]\n`);
        write(`${dir}/tests/test_a.py`, '');
      } else {
        write(`${dir}/go.mod`, `module example.com/m${i}\n\ngo 1.25\n`);
        write(`${dir}/a_test.go`, '');
        write(`${dir}/internal/x/x.go`, '');
      }
    }
    const times = [];
    let count = 0;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      count = m.detectProjects(m.diskReader(root)).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.detection = { projects: count, minMs: times[0], medianMs: times[2], maxMs: times[4] };
  }

  const f = (x) => x.toFixed(3);
  if (asJson) {
    console.log(JSON.stringify(results, null, 2));
  } else if (historyOnly) {
    printHistory();
  } else {
    printHistory();
    console.log(
      `Shard makespan / ideal (true total / N); ${trials} seeded timing sets per row; lognormal sigma 1.0, 25% noise, 10% new files`,
    );
    console.log(
      'files  shards | LPT mean  LPT worst | count mean  count worst | LPT exact-timings  LPT no-new-files  LPT exact-known+new (means)',
    );
    for (const b of results.balance) {
      console.log(
        `${String(b.files).padStart(5)}  ${String(b.shards).padStart(6)} | ${f(b.lpt.mean).padStart(8)}  ${f(b.lpt.max).padStart(9)} | ${f(b.count.mean).padStart(10)}  ${f(b.count.max).padStart(11)} | ${f(b.lptExact.mean).padStart(17)}  ${f(b.lptNoNewFiles.mean).padStart(16)}  ${f(b.lptExactKnownNewUnknown.mean).padStart(26)}`,
      );
    }
    const load = (await import('node:os')).loadavg()[0].toFixed(1);
    console.log(
      `\nPlanning ${results.planning.files} files into ${results.planning.shards} shards (${results.planning.includes}): min ${results.planning.minMs.toFixed(1)} ms, median ${results.planning.medianMs.toFixed(1)} ms, max ${results.planning.maxMs.toFixed(1)} ms (goal < 100 ms)`,
    );
    console.log(
      `Detection of ${results.detection.projects} projects (fresh reader, disk walk + version files): min ${results.detection.minMs.toFixed(0)} ms, median ${results.detection.medianMs.toFixed(0)} ms, max ${results.detection.maxMs.toFixed(0)} ms (goal < 1000 ms)`,
    );
    console.log(`(1-minute load average during the run: ${load} on ${(await import('node:os')).cpus().length} CPUs)`);
  }
  function printHistory() {
    console.log(
      `Shard makespan / ideal: one sample (the last run) vs the median of 5 runs; ${trials} seeded sets per row`,
    );
    console.log('outliers  files  shards | one-sample mean  worst | median-of-5 mean  worst');
    for (const h of results.history) {
      console.log(
        `${`${h.outliers * 100}%`.padStart(8)}  ${String(h.files).padStart(5)}  ${String(h.shards).padStart(6)} | ${f(h.oneSample.mean).padStart(15)}  ${f(h.oneSample.max).padStart(5)} | ${f(h.median5.mean).padStart(16)}  ${f(h.median5.max).padStart(5)}`,
      );
    }
    console.log('');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
