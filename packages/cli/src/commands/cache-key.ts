/**
 * `quality cache-key [DIR]`: print the keys cache-deps would use, computed by the same code.
 * OS and arch default to RUNNER_OS / RUNNER_ARCH, else this machine's. No package manager
 * found is not an error (exit 0, said in words); a missing DIR is.
 */
import { escapeLine } from '@quality/kit/escape';
import { currentPlatform, matrixPart, parseManagers, planCaches } from '@quality/cache';
import { CONFIG_OPTION, configHelp, existingDir, parse } from '../args.js';
import { configured } from '../config.js';
import type { CommandRun } from '../registry.js';

const HELP = `Usage: quality cache-key [DIR] [options]

Print the dependency cache keys the cache-deps action would use for the project in DIR (default:
the current directory): the package managers found, their store paths, the lockfiles and digest
that make the key. Computed by the same code as the action.

Options:
  --package-manager LIST  only these managers, comma separated (default: every one detected)
  --key-prefix PREFIX     the key's prefix (default deps)
  --matrix JSON           the job's matrix values, as the action's matrix input (toJSON(matrix))
  --os OS                 runner OS in the key (default: RUNNER_OS, else this machine's)
  --arch ARCH             runner architecture in the key (default: RUNNER_ARCH, else this machine's)
  --json                  print the whole plan as JSON
${configHelp(24)}
  -h, --help              show this help

package-manager and key-prefix not given are read from the cache section of .github/quality.yml.
Exit codes: 0 keys printed (also when no package manager is found), 2 a usage or configuration error.
`;

const OPTIONS = {
  ...CONFIG_OPTION,
  'package-manager': { type: 'string' },
  'key-prefix': { type: 'string' },
  matrix: { type: 'string' },
  os: { type: 'string' },
  arch: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const cacheKeyCommand: CommandRun = async (argv, io) => {
  const { values, positionals, inputs: flags } = parse(argv, OPTIONS, 1);
  if (values.help) {
    await io.stdout(HELP);
    return 0;
  }
  const root = existingDir(io.cwd, positionals[0], 'DIR');
  const inputs = await configured(flags, 'cache', root, io);
  const managers = parseManagers(inputs.list('--package-manager'), '--package-manager');
  const m = inputs.json('--matrix');
  const matrix = m === undefined ? '' : matrixPart(m);
  const plan = await planCaches({
    root,
    managers,
    prefix: inputs.string('--key-prefix', 'deps'),
    matrix,
    runnerOs: inputs.string('--os', io.env.RUNNER_OS ?? process.platform),
    runnerArch: inputs.string('--arch', io.env.RUNNER_ARCH ?? process.arch),
    platform: currentPlatform(io.env),
  });
  if (values.json) {
    await io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    return 0;
  }
  // File and folder names come from the repository: escaped, as the CLI may run in a workflow step.
  for (const w of plan.warnings) io.stderr(`warning: ${escapeLine(w)}\n`);
  if (plan.entries.length === 0) {
    await io.stdout(`No package manager found in ${escapeLine(root)}.\n`);
    return 0;
  }
  for (const e of plan.entries) {
    await io.stdout(
      `${e.manager}: ${e.key}\n` +
        `  files (${plan.listing}): ${escapeLine(e.files.length ? e.files.join(', ') : '(none)')}\n` +
        `  paths: ${escapeLine(e.paths.join(', '))}\n` +
        `  digest: ${e.digest}\n`,
    );
  }
  return 0;
};
