/**
 * `quality cache-key`: print the keys cache-deps would use, computed by the same code.
 *
 *   quality cache-key [DIR] [--package-manager npm,pip] [--key-prefix deps]
 *                     [--matrix JSON] [--os Linux] [--arch X64] [--json]
 *
 * OS and arch default to RUNNER_OS / RUNNER_ARCH, else this machine's. Exit codes: 0 keys
 * printed (also when no package manager is found), 2 usage or configuration error.
 */
import { resolve } from 'node:path';
import { isConfigurationError } from '@quality/kit/errors';
import { matrixPart } from './key.js';
import { currentPlatform, escapeLogText, parseManagers, planCaches } from './plan.js';

export interface CacheKeyIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const USAGE = `usage: quality cache-key [DIR] [--package-manager LIST] [--key-prefix PREFIX] [--matrix JSON] [--os OS] [--arch ARCH] [--json]
`;

const VALUE_FLAGS = ['--package-manager', '--key-prefix', '--matrix', '--os', '--arch'] as const;

export async function cacheKeyCommand(argv: string[], io: CacheKeyIO): Promise<number> {
  const flags = new Map<string, string>();
  let json = false;
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      io.stdout(USAGE);
      return 0;
    }
    if (a === '--json') {
      json = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) {
        io.stderr(`quality cache-key: ${name} needs a value\n${USAGE}`);
        return 2;
      }
      flags.set(name, value);
      continue;
    }
    if (a.startsWith('-') || dir !== undefined) {
      io.stderr(`quality cache-key: unexpected argument '${a}'\n${USAGE}`);
      return 2;
    }
    dir = a;
  }
  try {
    const root = resolve(io.cwd, dir ?? '.');
    const managers = parseManagers(
      (flags.get('--package-manager') ?? '').split(',').filter((s) => s.trim()),
      '--package-manager',
    );
    let matrix = '';
    const m = flags.get('--matrix');
    if (m !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(m);
      } catch (e) {
        io.stderr(`quality cache-key: --matrix is not valid JSON (${e instanceof Error ? e.message : String(e)})\n`);
        return 2;
      }
      matrix = matrixPart(parsed);
    }
    const plan = await planCaches({
      root,
      managers,
      prefix: flags.get('--key-prefix') ?? 'deps',
      matrix,
      runnerOs: flags.get('--os') ?? io.env.RUNNER_OS ?? process.platform,
      runnerArch: flags.get('--arch') ?? io.env.RUNNER_ARCH ?? process.arch,
      platform: currentPlatform(io.env),
    });
    if (json) {
      io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    for (const w of plan.warnings) io.stderr(`warning: ${escapeLogText(w)}\n`);
    if (plan.entries.length === 0) {
      io.stdout(`No package manager found in ${escapeLogText(root)}.\n`);
      return 0;
    }
    for (const e of plan.entries) {
      io.stdout(`${e.manager}: ${e.key}\n`);
      // File and folder names come from the repository: escaped (the CLI may run in a workflow step).
      io.stdout(`  files (${plan.listing}): ${escapeLogText(e.files.length ? e.files.join(', ') : '(none)')}\n`);
      io.stdout(`  paths: ${escapeLogText(e.paths.join(', '))}\n`);
      io.stdout(`  digest: ${e.digest}\n`);
    }
    return 0;
  } catch (e) {
    if (isConfigurationError(e)) {
      io.stderr(`quality cache-key: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
