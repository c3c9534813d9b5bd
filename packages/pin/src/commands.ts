/**
 * Entry points for the CLI's `quality pin` and `quality upgrade`: plain values in, the result
 * and the text to print out. File names and refs come from the repository, so they are shown
 * with control characters escaped (a line of output can never start a workflow command).
 */
import { listActionFiles } from './files.js';
import { pin, shown, type PinResult } from './pin.js';
import { upgrade, type UpgradeResult } from './upgrade.js';

export interface CommandInput {
  /** Repository root: default files are listed from here and relative FILES resolve against it. */
  root: string;
  /** Files to edit; empty or absent: every workflow and action.yml under root. */
  files?: readonly string[];
  serverUrl: string;
  /** Report only, write nothing; the exit code is 1 when something would change. */
  check?: boolean;
}

export interface CommandOutput<R> {
  result: R;
  text: string;
  exitCode: number;
}

const filesOf = (input: CommandInput) => (input.files?.length ? [...input.files] : listActionFiles(input.root));

function tailLines(r: { skipped: PinResult['skipped']; warnings: string[] }): string[] {
  return [
    ...r.warnings.map((w) => `warning: ${shown(w)}`),
    ...r.skipped.map((s) => `skipped ${shown(s.file)}:${s.line}: ${shown(s.uses)}: ${shown(s.reason)}`),
  ];
}

export async function pinCommand(input: CommandInput): Promise<CommandOutput<PinResult>> {
  const files = filesOf(input);
  const result = await pin(files, { serverUrl: input.serverUrl, root: input.root, write: !input.check });
  const lines = result.changes.map(
    (c) => `${shown(c.file)}:${c.line}: ${shown(c.action)}@${shown(c.ref)} -> ${c.sha} # ${shown(c.ref)}`,
  );
  lines.push(...tailLines(result));
  const verb = input.check ? 'would pin' : 'pinned';
  lines.push(
    `${files.length} file(s): ${verb} ${result.changes.length} reference(s) in ${result.files.length} file(s); ${result.pinned} already pinned.`,
  );
  return { result, text: `${lines.join('\n')}\n`, exitCode: input.check && result.changes.length ? 1 : 0 };
}

export async function upgradeCommand(input: CommandInput & { major?: boolean }): Promise<CommandOutput<UpgradeResult>> {
  const files = filesOf(input);
  const result = await upgrade(files, {
    serverUrl: input.serverUrl,
    root: input.root,
    write: !input.check,
    major: input.major ?? false,
  });
  const lines = result.upgrades.map(
    (u) =>
      `${shown(u.file)}:${u.line}: ${shown(u.action)} ${shown(u.from)} -> ${shown(u.to)}  changes: ${shown(u.compareUrl)}`,
  );
  lines.push(...tailLines(result));
  const verb = input.check ? 'would upgrade' : 'upgraded';
  lines.push(
    `${files.length} file(s): ${verb} ${result.upgrades.length} reference(s) in ${result.files.length} file(s); ${result.upToDate} up to date.`,
  );
  return { result, text: `${lines.join('\n')}\n`, exitCode: input.check && result.upgrades.length ? 1 : 0 };
}
