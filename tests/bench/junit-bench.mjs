#!/usr/bin/env node
// JUnit parsing benchmark: a generated JUnit XML file of about N MB (default 50) read the way
// `quality test --report` reads it (packages/testing's readReports: kit's streaming JUnitReader,
// locations from stack traces, the bounded collector), in a cold child process so its peak RSS
// is its own. Goal: at least 100 MB/s, under 150 MB RSS.
//
//   node tests/bench/junit-bench.mjs [--size-mb N] [--runs R]
//
// The file is shaped like jest-junit output of a large suite: suites of 50 test cases with a
// file attribute, 2% failing with a 15-frame V8 stack trace, 3% skipped, 2% of names with an entity.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const sizeMb = opt('--size-mb', 50);
const runs = opt('--runs', 3);

const tmp = mkdtempSync(join(tmpdir(), 'quality-junit-bench-'));
try {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      join(ROOT, 'packages/testing/src/index.ts'),
      '-o',
      join(tmp, 'bundle'),
      '-q',
      '-t',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  appendFileSync(join(tmp, 'bundle/index.js'), '\nexport default __webpack_exports__;\n');

  // ------------------------------------------------------------ generate
  const file = join(tmp, 'junit.xml');
  const out = createWriteStream(file);
  const target = sizeMb * 1024 * 1024;
  let bytes = 0;
  let cases = 0;
  const write = async (s) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  const frames = Array.from(
    { length: 14 },
    (_, i) => `    at fn${i} (/home/runner/work/app/app/node_modules/jest-circus/build/x${i}.js:${100 + i}:17)`,
  ).join('\n');
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="0" failures="0" errors="0" time="1">\n',
  );
  for (let s = 0; bytes < target; s++) {
    const path = `src/module${s % 500}/feature${s}.test.ts`;
    let suite = `  <testsuite name="feature ${s}" errors="0" failures="0" skipped="0" timestamp="2026-12-03T18:00:00" time="1.5" tests="50">\n`;
    for (let c = 0; c < 50; c++, cases++) {
      const name = `feature ${s} behaves correctly in case ${c}${c === 9 ? ' &amp; more' : ''}`;
      suite += `    <testcase classname="${name}" name="${name}" time="0.0${c % 10}3" file="${path}">`;
      if (cases % 50 === 7) {
        suite += `\n      <failure>Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: ${c}\nReceived: ${c + 1}\n    at Object.toBe (/home/runner/work/app/app/${path}:${10 + c}:23)\n${frames}</failure>\n    `;
      } else if (cases % 33 === 5) suite += '\n      <skipped/>\n    ';
      suite += '</testcase>\n';
    }
    await write(`${suite}  </testsuite>\n`);
  }
  await write('</testsuites>\n');
  out.end();
  await once(out, 'finish');
  const size = statSync(file).size;

  // ------------------------------------------------------------ parse, each run in a cold process
  const child = join(tmp, 'child.mjs');
  writeFileSync(
    child,
    `import m from ${JSON.stringify(join(tmp, 'bundle/index.js'))};
const c0 = process.cpuUsage();
const t0 = performance.now();
const r = await m.readReports([{ path: process.argv[2], display: 'junit.xml' }], { root: '/home/runner/work/app/app', projectDir: '/home/runner/work/app/app' });
const ms = performance.now() - t0;
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, rss: process.resourceUsage().maxRSS * 1024, tests: r.tests, failures: r.failures.length, files: r.timings.length }));
`,
  );
  const results = [];
  for (let i = 0; i < runs; i++) {
    const p = spawnSync(process.execPath, [child, file], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(p.stderr);
    results.push(JSON.parse(p.stdout));
  }
  results.sort((a, b) => a.ms - b.ms);
  const best = results[0];
  const mb = size / 1024 / 1024;
  const maxRss = Math.max(...results.map((r) => r.rss)) / 1024 / 1024;
  console.log(
    `JUnit file: ${mb.toFixed(1)} MB, ${cases} test cases (${best.tests.failed} failed, ${best.tests.skipped} skipped), ${best.files} files`,
  );
  console.log(
    `readReports: best ${best.ms.toFixed(0)} ms = ${(mb / (best.ms / 1000)).toFixed(0)} MB/s (goal >= 100), median ${results[results.length >> 1].ms.toFixed(0)} ms; peak RSS ${maxRss.toFixed(0)} MB (goal < 150), process start and module load excluded from the time, included in RSS`,
  );
  const cpu = results.map((r) => r.cpuMs).sort((a, b) => a - b);
  console.log(
    `CPU time (user + system, what the parse costs when the machine is shared): best ${cpu[0].toFixed(0)} ms = ${(mb / (cpu[0] / 1000)).toFixed(0)} MB/s, median ${cpu[cpu.length >> 1].toFixed(0)} ms = ${(mb / (cpu[cpu.length >> 1] / 1000)).toFixed(0)} MB/s`,
  );
  console.log(`(1-minute load average: ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
} finally {
  if (!args.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
  else console.log(tmp);
}
