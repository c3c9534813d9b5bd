#!/usr/bin/env node
// Complete package-lock.json with the optional per-platform packages the registry here does not
// serve. Some dependencies (jest 30's unrs-resolver) list a native binary for every platform as
// optionalDependencies; npm records each one in the lockfile with its `os`/`cpu`/`libc` and
// skips those that do not match the machine. The registry this project's machines and CI reach
// serves only the Linux builds, so `npm install` writes a lock without the others, and `npm ci`
// then refuses it ("Missing: @unrs/resolver-binding-darwin-arm64@ from lock file").
//
// This adds the missing entries exactly as npm writes them for a foreign platform (version,
// optional, os/cpu/libc derived from the package name; no resolved URL, as
// omit-lockfile-registry-resolved has it), so `npm ci` accepts the lock and, on Linux, installs
// only the Linux binary as before. Run it after `npm install` changes the lock:
//   node scripts/lock-platforms.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'ppc64', 'riscv64', 's390x', 'loong64', 'wasm32', 'mips64el'];

/** os/cpu/libc from a platform package name such as resolver-binding-linux-arm-musleabihf. */
export function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os || !cpu) return undefined;
  const libcPart = parts[parts.indexOf(cpu) + 1] ?? '';
  const libc =
    os === 'linux'
      ? libcPart.startsWith('musl')
        ? 'musl'
        : libcPart.startsWith('gnu')
          ? 'glibc'
          : undefined
      : undefined;
  return { os, cpu, libc };
}

const check = process.argv.includes('--check');
const file = new URL('../package-lock.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const lock = JSON.parse(text);
const added = [];
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    // npm resolves a dependency next to its parent first, then up to the top level.
    const parentDir = key === '' ? '' : `${key}/`;
    if (lock.packages[`${parentDir}node_modules/${dep}`] || lock.packages[`node_modules/${dep}`]) continue;
    const p = platformOf(dep);
    if (!p || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) {
      console.error(
        `lock-platforms: ${dep}@${spec} (optional dependency of ${key || 'the root'}) is missing and not a recognisable platform package; left alone`,
      );
      continue;
    }
    const entry = { version: spec };
    if (pkg.dev) entry.dev = true;
    entry.optional = true;
    entry.os = [p.os];
    entry.cpu = [p.cpu];
    if (p.libc) entry.libc = [p.libc];
    lock.packages[`node_modules/${dep}`] = entry;
    added.push(`${dep}@${spec}`);
  }
}
if (check) {
  if (added.length) {
    console.error(
      `package-lock.json lacks ${added.length} optional platform package(s): run node scripts/lock-platforms.mjs`,
    );
    process.exitCode = 1;
  }
} else if (added.length) {
  // npm keeps packages sorted by key
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
  );
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(`lock-platforms: added ${added.length}: ${added.join(', ')}`);
} else {
  console.log('lock-platforms: nothing to add');
}
