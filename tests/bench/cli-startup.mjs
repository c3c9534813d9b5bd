#!/usr/bin/env node
// Startup time of the CLI bundle: `node dist/cli/index.js --version`, spawned N times.
//   node tests/bench/cli-startup.mjs [--runs 30]
// Prints min / median / p95 wall time, and plain `node -e 0` for reference (Node's own start).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
function time(args) {
  const ms = [];
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'pipe' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i >= 3) ms.push(performance.now() - t); // 3 warm-up runs
  }
  ms.sort((a, b) => a - b);
  return { min: ms[0], median: ms[Math.floor(ms.length / 2)], p95: ms[Math.floor(ms.length * 0.95)] };
}
const rows = [
  ['node -e 0', time(['-e', '0'])],
  ['quality --version', time(['dist/cli/index.js', '--version'])],
  ['quality --help', time(['dist/cli/index.js', '--help'])],
  // Loads only the command's module and its engine (lazy per command).
  ['quality check --help', time(['dist/cli/index.js', 'check', '--help'])],
  ['quality matrix --help', time(['dist/cli/index.js', 'matrix', '--help'])],
];
console.log(`CLI startup, ${runs} runs each, Node ${process.version}`);
console.log('command'.padEnd(22), 'min ms'.padStart(8), 'median'.padStart(8), 'p95'.padStart(8));
for (const [name, t] of rows)
  console.log(name.padEnd(22), ...[t.min, t.median, t.p95].map((v) => v.toFixed(1).padStart(8)));
